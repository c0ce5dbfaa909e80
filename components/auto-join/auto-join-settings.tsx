"use client";

import { useOptimistic, useState } from "react";
import { toast } from "@/components/ui/toast";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/run-action";
import { setAutoJoinAction } from "@/lib/actions/auto-join-actions";

type Props = {
  slug: string;
  canManage: boolean;
  canManageDomains: boolean;
  githubEnabled: boolean;
  settings: {
    domains: string[];
    domainAutoJoin: boolean;
    domainAutoJoinMode: "join" | "request";
    githubOrganization: string | null;
    githubAutoJoin: boolean;
    githubLink: { linkedBy: string | null; paused: boolean } | null;
  };
};

/** Where the GitHub link stands: a badge (none before any link) and a sentence. */
function githubStatus({ githubOrganization: org, githubAutoJoin, githubLink }: Props["settings"]): { badge?: "Linked" | "Paused" | "Off"; text: string } {
  const joining = "Members of the organization who sign in with GitHub can join as members.";
  if (!org || !githubLink) return { text: `Only an admin of the organization on GitHub can link it. ${joining}` };
  if (!githubLink.linkedBy) return { badge: "Paused", text: `${org} was linked before Roster checked that the linker is one of its admins. An admin of ${org} links it again to resume.` };
  if (githubLink.paused) return { badge: "Paused", text: `${githubLink.linkedBy}, who linked ${org}, left the workspace. An admin of ${org} links it again to resume.` };
  return { badge: githubAutoJoin ? "Linked" : "Off", text: `Linked by ${githubLink.linkedBy}, an admin of ${org} on GitHub.${githubAutoJoin ? ` ${joining}` : " Auto-join is off."}` };
}

const BADGE_TONE = { Linked: "indigo", Paused: "amber", Off: "zinc" } as const;

export function AutoJoinSettings({ slug, canManage, canManageDomains, githubEnabled, settings }: Props) {
  const [org, setOrg] = useState(settings.githubOrganization ?? "");
  const status = githubStatus(settings);
  const on = settings.githubAutoJoin && settings.githubLink !== null && !settings.githubLink.paused;
  // A new organization, or a link that is paused: GitHub is asked whether you are one of its admins.
  const needsProof = !settings.githubLink || settings.githubLink.paused || org.toLowerCase() !== settings.githubOrganization;
  // The checkbox follows the click at once; it falls back to the saved setting if the change is refused.
  const [domainAutoJoin, setDomainAutoJoin] = useOptimistic(settings.domainAutoJoin);
  const [mode, setMode] = useOptimistic(settings.domainAutoJoinMode);

  // Each change runs inside the action's transition, so an optimistic checkbox update made in `change` holds until it settles.
  const { run, pending, failure } = useAction(async (change: () => Promise<ActionResult<unknown>>, success: string) => {
    const result = await change();
    if (result.ok) toast.success(success);
    return result;
  });
  const error = failure ? (failure.fieldErrors ? Object.values(failure.fieldErrors)[0]?.[0] : failure.message) : undefined;

  return (
    <div className="space-y-5">
      <div className="space-y-3">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            className="size-4"
            checked={domainAutoJoin}
            disabled={!canManage || pending}
            onChange={(e) => {
              const enabled = e.target.checked;
              run(() => {
                setDomainAutoJoin(enabled);
                return setAutoJoinAction(slug, { kind: "domain", enabled });
              }, enabled ? "Domain auto-join turned on." : "Domain auto-join turned off.");
            }}
          />
          Let people with a verified address on these domains join as members
        </label>
        <fieldset className="space-y-1.5 pl-6" disabled={!canManage || pending}>
          <legend className="sr-only">How people with an address on these domains get in</legend>
          {(
            [
              ["join", "Join at once", "They join as members on their own."],
              ["request", "Ask to join (request)", "They send a request; an owner or manager approves it with a role, or declines it."],
            ] as const
          ).map(([value, label, help]) => (
            <label key={value} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="domain-auto-join-mode"
                value={value}
                className="mt-0.5 size-4"
                checked={mode === value}
                onChange={() =>
                  run(() => {
                    setMode(value);
                    return setAutoJoinAction(slug, { kind: "domain", enabled: domainAutoJoin, mode: value });
                  }, value === "join" ? "Matching people now join at once." : "Matching people now ask to join.")
                }
              />
              <span>
                <span className="font-medium">{label}</span>
                <span className="block text-zinc-600 dark:text-zinc-400">{help}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <ul className="flex flex-wrap gap-2" aria-label="Verified domains">
          {settings.domains.map((d) => (
            <li key={d} className="rounded-full bg-zinc-100 px-3 py-1 text-sm dark:bg-zinc-800">{d}</li>
          ))}
          {settings.domains.length === 0 && <li className="text-sm text-zinc-600 dark:text-zinc-400">No verified domains yet.</li>}
        </ul>
        {canManageDomains && (
          <a href={`/w/${slug}/settings/domains`} className="inline-block text-sm font-medium underline">
            Manage domains
          </a>
        )}
      </div>
      {githubEnabled && (
        <div className="space-y-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
          <Label htmlFor="github-org">GitHub organization</Label>
          <div className="flex flex-wrap items-center gap-2">
            <Input id="github-org" value={org} onChange={(e) => setOrg(e.target.value)} placeholder="acme" className="max-w-xs" disabled={!canManage} />
            {canManage && (
              <Button
                variant="secondary"
                disabled={pending || (!org && !settings.githubOrganization)}
                onClick={() =>
                  run(
                    () => setAutoJoinAction(slug, { kind: "github", enabled: !on, githubOrganization: org || undefined }),
                    on ? "GitHub auto-join turned off." : needsProof ? `${org} linked: its members can join.` : "GitHub auto-join turned on.",
                  )
                }
              >
                {on ? "Turn off" : needsProof ? "Link as an admin" : "Turn on"}
              </Button>
            )}
          </div>
          <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="github-link-status">
            {status.badge && <Badge tone={BADGE_TONE[status.badge]} className="mr-1.5">{status.badge}</Badge>}
            <span data-testid="github-link-text">{status.text}</span>
          </p>
        </div>
      )}
      <FieldError>{error}</FieldError>
    </div>
  );
}
