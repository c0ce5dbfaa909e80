import type { Role } from "@/db/schema";
import type { WorkspaceSummary } from "@/lib/auth/load-membership";
import type { ActivityRow } from "@/lib/activity/list-activity";
import type { MemberRow } from "@/lib/members/list-members";
import type { ActivityEventJson, MemberJson, WorkspaceJson } from "./schemas";

export function workspaceJson(workspace: WorkspaceSummary, role: Role): WorkspaceJson {
  return {
    id: workspace.id,
    slug: workspace.slug,
    displayName: workspace.displayName,
    personal: workspace.personal,
    region: workspace.region,
    createdAt: workspace.createdAt.toISOString(),
    role,
  };
}

export function memberJson(m: MemberRow): MemberJson {
  return { id: m.userId, name: m.name, email: m.email, role: m.role, serviceAccount: m.serviceAccount, joinedAt: m.joinedAt.toISOString() };
}

export function activityEventJson(e: ActivityRow): ActivityEventJson {
  return { ...e, createdAt: e.createdAt.toISOString() };
}
