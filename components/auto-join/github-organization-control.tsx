"use client";

import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { FieldError, Input } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { setAutoJoinAction } from "@/lib/actions/auto-join-actions";

type Props = {
  slug: string;
  canManage: boolean;
  /** The linked (or once linked) organization, lower case. */
  organization: string | null;
  /** Auto-join through the organization is on and its link is not paused. */
  on: boolean;
  /** The link is paused (or there is none): linking needs proof of admin rights again. */
  linkNeedsProof: boolean;
};

/** The GitHub organization field and its one button: link as an admin, turn on, or turn off. */
export function GitHubOrganizationControl({ slug, canManage, organization, on, linkNeedsProof }: Props) {
  const [org, setOrg] = useState(organization ?? "");
  // A new organization, or a link that is paused: GitHub is asked whether you are one of its admins.
  const needsProof = linkNeedsProof || org.toLowerCase() !== organization;
  const { run, pending, firstError: error } = useAction(async () => {
    const result = await setAutoJoinAction(slug, { kind: "github", enabled: !on, githubOrganization: org || undefined });
    if (result.ok) toast.success(on ? "GitHub auto-join turned off." : needsProof ? `${org} linked: its members can join.` : "GitHub auto-join turned on.");
    return result;
  });

  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <Input id="github-org" value={org} onChange={(e) => setOrg(e.target.value)} placeholder="acme" className="max-w-xs" disabled={!canManage} />
        {canManage && (
          <Button variant="secondary" disabled={pending || (!org && !organization)} onClick={() => run()}>
            {on ? "Turn off" : needsProof ? "Link as an admin" : "Turn on"}
          </Button>
        )}
      </div>
      <FieldError>{error}</FieldError>
    </>
  );
}
