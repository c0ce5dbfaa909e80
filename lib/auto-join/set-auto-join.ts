import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

export const setAutoJoinSchema = z.object({
  kind: z.enum(["domain", "github"], { error: "Choose domain or github." }),
  enabled: z.boolean({ error: "enabled must be true or false." }),
  githubOrganization: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, "Enter a GitHub organization name.")
    .optional(),
});

/** auto-join:manage (owner, manager): turns domain or GitHub-organization auto-join on or off (Modal: a manager can turn it off). */
export async function setAutoJoin(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(setAutoJoinSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "auto-join:manage", { lock: true });
    if (workspace.personal) throw new AppError("FORBIDDEN", "A personal workspace cannot be shared.");
    const organization = data.kind === "github" ? (data.githubOrganization ?? (await linkedOrganization(tx, workspace.id))) : undefined;
    if (data.kind === "github" && data.enabled && !organization) {
      throw new AppError("VALIDATION", "Enter the GitHub organization to link.", { githubOrganization: ["Enter the GitHub organization to link."] });
    }
    const patch =
      data.kind === "domain"
        ? { domainAutoJoin: data.enabled }
        : { githubAutoJoin: data.enabled, githubOrganization: organization?.toLowerCase() ?? null };
    await tx.update(workspaces).set(patch).where(eq(workspaces.id, workspace.id));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: data.enabled ? "auto_join.enabled" : "auto_join.disabled",
      target: { type: "workspace", id: workspace.id, label: workspace.slug },
      metadata: { kind: data.kind, ...(organization ? { githubOrganization: organization } : {}) },
    });
    return { kind: data.kind, enabled: data.enabled };
  });
}

async function linkedOrganization(tx: Tx, workspaceId: string): Promise<string | null> {
  const [row] = await tx.select({ organization: workspaces.githubOrganization }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return row?.organization ?? null;
}
