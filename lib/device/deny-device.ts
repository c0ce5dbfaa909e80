import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { deviceAuthorizations } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { personalWorkspaceId } from "@/lib/tokens/personal-workspace-id";
import { parseInput } from "@/lib/validation";
import { findPendingDevice } from "./find-pending-device";
import { denyDeviceSchema } from "./schemas";

/** The signed-in person refuses a CLI login (never through a token): the CLI's next poll gets `access_denied`. */
export async function denyDevice(caller: Caller, input: unknown): Promise<{ clientName: string }> {
  const data = parseInput(denyDeviceSchema, input);
  assertPerson(caller, "interactive", "Deny a CLI login in the browser, signed in.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await findPendingDevice(tx, data.userCode, { lock: true });
    await tx.update(deviceAuthorizations).set({ status: "denied", userId: caller.userId, decidedAt: sql`now()` }).where(eq(deviceAuthorizations.id, row.id));
    const logIn = await personalWorkspaceId(tx, caller.userId);
    if (logIn) {
      await recordActivity(tx, {
        workspaceId: logIn,
        actor: callerActor(caller),
        action: "device.denied",
        target: { type: "device", id: row.id, label: row.clientName },
      });
    }
    return { clientName: row.clientName };
  });
}
