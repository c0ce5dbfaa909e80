"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";

/**
 * The activity page's filters: choosing an action or a date applies it at once (keeping the other filters, starting
 * again from the newest events); the target search applies with Enter or Apply.
 */
export function ActivityFilters({
  path,
  action,
  actor,
  actorLabel,
  from,
  to,
  q,
  actions,
}: {
  path: string;
  action?: string;
  actor?: string;
  actorLabel?: string;
  from?: string;
  to?: string;
  q?: string;
  actions: { value: string; label: string }[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // Controlled, and following the URL's action (back and forward navigation) without remounting, so focus stays put.
  const [selected, setSelected] = useState(action ?? "");
  const [shown, setShown] = useState(action);
  if (shown !== action) {
    setShown(action);
    setSelected(action ?? "");
  }
  function apply(form: HTMLFormElement) {
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value) query.set(name, value);
    const search = query.toString();
    startTransition(() => router.push(search ? `${path}?${search}` : path, { scroll: false }));
  }
  return (
    <form
      action={path}
      aria-label="Filter activity"
      aria-busy={pending || undefined}
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        apply(e.currentTarget);
      }}
    >
      <div className="space-y-1">
        <label htmlFor="action" className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">
          Action
        </label>
        <NativeSelect
          id="action"
          name="action"
          value={selected}
          className="h-10 min-w-56"
          onChange={(e) => {
            setSelected(e.currentTarget.value);
            if (e.currentTarget.form) apply(e.currentTarget.form);
          }}
        >
          <option value="">All actions</option>
          {actions.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="space-y-1">
        <label htmlFor="from" className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">
          From
        </label>
        <Input id="from" name="from" type="date" defaultValue={from} key={`from-${from}`} className="h-10 w-40" onChange={(e) => e.currentTarget.form && apply(e.currentTarget.form)} />
      </div>
      <div className="space-y-1">
        <label htmlFor="to" className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">
          To
        </label>
        <Input id="to" name="to" type="date" defaultValue={to} key={`to-${to}`} className="h-10 w-40" onChange={(e) => e.currentTarget.form && apply(e.currentTarget.form)} />
      </div>
      <div className="space-y-1">
        <label htmlFor="q" className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">
          Target
        </label>
        <Input id="q" name="q" type="search" defaultValue={q} key={`q-${q}`} placeholder="Search targets" className="h-10 w-48" />
      </div>
      <Button type="submit" variant="secondary" className="h-10">
        Apply
      </Button>
      {actor && <input type="hidden" name="actor" value={actor} />}
      {actor && actorLabel && <input type="hidden" name="actorLabel" value={actorLabel} />}
      {pending && (
        <span role="status" className="h-10 content-center text-sm text-zinc-600 dark:text-zinc-400">
          Loading…
        </span>
      )}
    </form>
  );
}
