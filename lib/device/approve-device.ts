import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { deviceAuthorizations } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertPerson, assertTokenRole } from "@/lib/auth/rules";
import { AppError } from "@/lib/errors";
import { personalWorkspaceId } from "@/lib/tokens/personal-workspace-id";
import { parseInput } from "@/lib/validation";
import { findPendingDevice } from "./find-pending-device";
import { approveDeviceSchema } from "./schemas";

/**
 * The signed-in person approves a CLI login (never through a token): in one workspace, with tokens:create there and a
 * role ceiling no higher than their own role (the token is a workspace token), or for all their workspaces
 * (`workspace: null`, a personal access token, which anyone may create). The token is created when the CLI collects it.
 */
export async function approveDevice(caller: Caller, input: unknown): Promise<{ clientName: string; workspace: string | null }> {
  const data = parseInput(approveDeviceSchema, input);
  assertPerson(caller, "interactive", "Approve a CLI login in the browser, signed in.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    let workspaceId: string | null = null;
    let workspaceName: string | null = null;
    if (data.workspace !== null) {
      const { workspace, role: actorRole } = await authorize(tx, caller, data.workspace, "tokens:create", { lock: true });
      if (!data.role) throw new AppError("VALIDATION", "Choose the role the CLI may act with.", { role: ["Choose a role."] });
      assertTokenRole(actorRole, data.role);
      workspaceId = workspace.id;
      workspaceName = workspace.displayName;
    } else if (data.role) {
      throw new AppError("VALIDATION", "A login for all your workspaces acts with your own role in each; it takes no role.", { role: ["Leave the role empty."] });
    }
    const row = await findPendingDevice(tx, data.userCode, { lock: true });
    await tx
      .update(deviceAuthorizations)
      .set({ status: "approved", userId: caller.userId, decidedAt: sql`now()`, workspaceId, role: data.role, expiresInDays: data.expiresInDays })
      .where(eq(deviceAuthorizations.id, row.id));
    const logIn = workspaceId ?? (await personalWorkspaceId(tx, caller.userId));
    if (logIn) {
      await recordActivity(tx, {
        workspaceId: logIn,
        actor: callerActor(caller),
        action: "device.approved",
        target: { type: "device", id: row.id, label: row.clientName },
        metadata: { scope: workspaceId ? "workspace" : "all workspaces", role: data.role, expiresInDays: data.expiresInDays },
      });
    }
    return { clientName: row.clientName, workspace: workspaceName };
  });
}
