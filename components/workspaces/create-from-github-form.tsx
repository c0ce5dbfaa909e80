"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, Label } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import { createWorkspaceFromGithubAction } from "@/lib/actions/workspace-actions";
import { slugify } from "@/lib/workspaces/slugify";

/**
 * "Create a workspace from a GitHub organization": the organizations the person administers on GitHub; the workspace
 * is named after the one chosen and starts linked to it, so its members can join.
 */
export function CreateFromGithubForm({ organizations, region }: { organizations: string[]; region: string }) {
  const router = useRouter();
  const [organization, setOrganization] = useState(organizations[0] ?? "");
  const { run, pending, firstError: error } = useAction(createWorkspaceFromGithubAction, { onSuccess: (data) => router.push(`/w/${data.slug}`) });
  if (organizations.length === 0) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">You are not an admin of any GitHub organization.</p>;
  }
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        run({ githubOrganization: organization, displayName: organization, slug: slugify(organization), region });
      }}
    >
      <div className="space-y-1.5">
        <Label htmlFor="github-organization">GitHub organization</Label>
        <NativeSelect id="github-organization" value={organization} onChange={(e) => setOrganization(e.target.value)} className="h-10 w-full" aria-describedby="github-organization-hint">
          {organizations.map((o) => (
            <option key={o} value={o}>{o}</option>
          ))}
        </NativeSelect>
        <p id="github-organization-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
          The workspace is named {organization} (slug {slugify(organization)}); members of the organization who sign in with GitHub can join it.
        </p>
      </div>
      <FieldError>{error}</FieldError>
      <Button type="submit" variant="secondary" pending={pending}>Create from {organization}</Button>
    </form>
  );
}
