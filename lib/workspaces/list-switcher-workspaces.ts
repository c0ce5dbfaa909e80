import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { memberships, workspaces } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { membershipGivesAccess, membershipIsActiveAs } from "@/lib/auth/membership-access";
import { assertPerson, leaveWorkspaceRule } from "@/lib/auth/rules";
import { readReplica } from "@/lib/read-replica/read-replica";
import type { SwitcherWorkspace } from "./to-switcher-workspace";
import { workspaceIdentity } from "./workspace-identity";

/**
 * A person's workspaces for the switcher, personal first, each with their role, its logo or colour, and whether they may leave it (the
 * last owner may not: leaveWorkspaceRule). One statement, on a read replica when there is one; owners are counted only
 * where the person is one.
 */
export async function listSwitcherWorkspaces(caller: Caller): Promise<SwitcherWorkspace[]> {
  assertPerson(caller, "account", "A workspace token cannot list workspaces; use a personal access token.");
  const rows = await readReplica((db) => db
    .select({
      id: workspaces.id,
      logoVersion: workspaces.logoVersion,
      slug: workspaces.slug,
      displayName: workspaces.displayName,
      personal: workspaces.personal,
      role: memberships.role,
      owners: sql<number | string | null>`case when ${memberships.role} = 'owner' then
        (select count(*) from memberships o where o.workspace_id = ${memberships.workspaceId} and o.role = 'owner' and ${membershipIsActiveAs("o")}) end`,
    })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, caller.userId), membershipGivesAccess))
    .orderBy(desc(workspaces.personal), asc(workspaces.displayName), asc(workspaces.slug)));
  return rows.map(({ owners, id, logoVersion, ...w }) => ({
    ...w,
    ...workspaceIdentity({ id, slug: w.slug, logoVersion }),
    leave: leaveWorkspaceRule(w, w.role, owners === null ? undefined : Number(owners)),
  }));
}
