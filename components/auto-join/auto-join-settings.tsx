import { Badge } from "@/components/ui/badge";
import { Label } from "@/components/ui/input";
import { DomainAutoJoinControls } from "./domain-auto-join-controls";
import { GitHubOrganizationControl } from "./github-organization-control";

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

/**
 * The Invitations page's auto-join: by verified domain (on or off, join at once or ask) and by GitHub organization.
 * Rendered on the server; the two sets of controls are client islands that save each change at once.
 */
export function AutoJoinSettings({ slug, canManage, canManageDomains, githubEnabled, settings }: Props) {
  const status = githubStatus(settings);
  const on = settings.githubAutoJoin && settings.githubLink !== null && !settings.githubLink.paused;
  return (
    <div className="space-y-5">
      <div className="space-y-3">
        <DomainAutoJoinControls slug={slug} canManage={canManage} enabled={settings.domainAutoJoin} mode={settings.domainAutoJoinMode} />
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
          <GitHubOrganizationControl
            slug={slug}
            canManage={canManage}
            organization={settings.githubOrganization}
            on={on}
            linkNeedsProof={!settings.githubLink || settings.githubLink.paused}
          />
          <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="github-link-status">
            {status.badge && <Badge tone={BADGE_TONE[status.badge]} className="mr-1.5">{status.badge}</Badge>}
            <span data-testid="github-link-text">{status.text}</span>
          </p>
        </div>
      )}
    </div>
  );
}
