"use client";

import { usePathname } from "next/navigation";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { settingsTabAt } from "@/lib/workspaces/settings-tabs";
import { AccessNotice } from "./access-notice";
import { useSignedInUser } from "./signed-in-user";

/** "owners and managers" */
function rolesSentence(roles: Role[]): string {
  const names = roles.map((r) => `${ROLE_LABELS[r].toLowerCase()}s`);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "nobody");
}

/** The one explanation for a workspace page the member's role may not open: which page, which roles may, what to do. */
export function ForbiddenNotice() {
  const pathname = usePathname();
  const email = useSignedInUser()?.email ?? "";
  const slug = pathname.split("/")[2];
  const tab = settingsTabAt(pathname);
  return (
    <AccessNotice status="No access" title="This page is not for your role" email={email} back={{ href: `/w/${slug}`, label: "Back to the workspace" }}>
      {tab ? `Only ${rolesSentence(tab.roles)} can open ${tab.label}.` : "Your role in this workspace does not include this page."} If you need it,
      ask an owner of the workspace to change your role, or switch to an account that has it.
    </AccessNotice>
  );
}
