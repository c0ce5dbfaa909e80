"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Check } from "@/components/ui/icons/check";
import { X } from "@/components/ui/icons/x";
import { slugify } from "@/lib/workspaces/slugify";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import { checkSlugAction, createWorkspaceAction } from "@/lib/actions/workspace-actions";

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

type Availability = { available: boolean; message?: string };

/**
 * Whether `slug` is free, asked once the typing pauses (the caller debounces): the answer for the slug shown, or
 * undefined while it is being asked. An answer that arrives for a slug no longer shown is dropped. (A hook of a few
 * lines rather than TanStack Query, which was about 10 KB of this page's compressed JavaScript.)
 */
function useSlugAvailability(slug: string): Availability | undefined {
  const [answer, setAnswer] = useState<{ slug: string; availability: Availability }>();
  useEffect(() => {
    if (!slug) return;
    let current = true;
    checkSlugAction(slug)
      .then((result) => (result.ok ? result.data : { available: false, message: result.message }))
      .catch(() => undefined)
      .then((availability) => {
        if (current && availability) setAnswer({ slug, availability });
      });
    return () => {
      current = false;
    };
  }, [slug]);
  return answer?.slug === slug ? answer.availability : undefined;
}

export function CreateWorkspaceForm({ regions }: { regions: string[] }) {
  const router = useRouter();
  const [displayName, setDisplayName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const [region, setRegion] = useState(regions[0] ?? "");
  const { run, pending, failure, reset } = useAction(createWorkspaceAction, { onSuccess: (data) => router.push(`/w/${data.slug}`) });
  const errors: Record<string, string[] | undefined> = failure?.fieldErrors ?? {};
  const formError = failure && !failure.fieldErrors ? failure.message : undefined;
  const effectiveSlug = slugEdited ? slug : slugify(displayName);
  const debouncedSlug = useDebounced(effectiveSlug, 250);

  const availability = useSlugAvailability(debouncedSlug);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    reset();
    run({ displayName, slug: effectiveSlug, region });
  }

  const status = debouncedSlug === effectiveSlug ? availability : undefined;

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <div className="space-y-1.5">
        <Label htmlFor="displayName">Display name</Label>
        <Input
          id="displayName"
          value={displayName}
          maxLength={64}
          onChange={(e) => setDisplayName(e.target.value)}
          placeholder="Acme Inc."
          aria-invalid={errors.displayName ? true : undefined}
          aria-describedby="displayName-error"
          autoFocus
        />
        <FieldError id="displayName-error">{errors.displayName?.[0]}</FieldError>
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="slug">Slug</Label>
        <div className="flex items-center rounded-lg focus-within:ring-2 focus-within:ring-zinc-500">
          <span className="flex h-10 items-center rounded-l-lg border border-r-0 border-zinc-300 bg-zinc-100 px-3 text-sm text-zinc-600 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-400">
            /w/
          </span>
          <Input
            id="slug"
            value={effectiveSlug}
            maxLength={40}
            onChange={(e) => {
              setSlugEdited(true);
              setSlug(e.target.value.toLowerCase());
            }}
            className="rounded-l-none focus-visible:ring-0"
            aria-invalid={errors.slug || status?.available === false ? true : undefined}
            aria-describedby="slug-help slug-error"
          />
        </div>
        <p id="slug-help" className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
          {effectiveSlug && status ? (
            status.available ? (
              <>
                <Check className="size-4 text-emerald-600" aria-hidden /> <span data-testid="slug-status">Available</span>
              </>
            ) : (
              <>
                <X className="size-4 text-red-600" aria-hidden /> <span data-testid="slug-status">{status.message}</span>
              </>
            )
          ) : (
            "3-40 lowercase letters, digits or hyphens. The slug cannot be changed later."
          )}
        </p>
        <FieldError id="slug-error">{errors.slug?.[0]}</FieldError>
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="region">Region</Label>
        <NativeSelect id="region" value={region} onChange={(e) => setRegion(e.target.value)} className="h-10 w-full">
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </NativeSelect>
        <FieldError>{errors.region?.[0]}</FieldError>
      </div>
      {formError && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {formError}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating…" : "Create workspace"}
      </Button>
    </form>
  );
}
