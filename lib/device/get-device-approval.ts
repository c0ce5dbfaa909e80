import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { can, type Role } from "@/lib/auth/permissions";
import { assertPerson, tokenRoleOptions } from "@/lib/auth/rules";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";
import { formatUserCode, normalizeUserCode } from "./device-codes";
import { findPendingDevice } from "./find-pending-device";
import { userCodeSchema } from "./schemas";
import { parseInput } from "@/lib/validation";

export type DeviceApproval = {
  userCode: string;
  clientName: string;
  requestedAt: Date;
  expiresAt: Date;
  /** The workspaces the person may let the CLI act in (where they may create tokens), with the role ceilings offered. */
  workspaces: { slug: string; displayName: string; personal: boolean; role: Role; roleOptions: Role[] }[];
};

/** Codes a person may look up per 10 minutes: with 20^8 codes alive 10 minutes each, guessing one is hopeless. */
export const DEVICE_LOOKUPS_PER_10_MINUTES = 30;

/**
 * The approval page's view of a code the signed-in person typed (never through a token): which machine asks, until
 * when, and what they may grant. Rate-limited per person.
 */
export async function getDeviceApproval(caller: Caller, typed: unknown): Promise<DeviceApproval> {
  assertPerson(caller, "interactive", "Approve a CLI login in the browser, signed in.");
  const code = parseInput(userCodeSchema, typed);
  const db = await getDb();
  await consumeRateLimit(db, `device-lookup:${caller.userId}`, DEVICE_LOOKUPS_PER_10_MINUTES, 600, "Too many codes tried. Wait a few minutes and try again.");
  const row = await findPendingDevice(db, code);
  const memberships = await listMyWorkspaces(caller.userId);
  return {
    userCode: formatUserCode(normalizeUserCode(code)!),
    clientName: row.clientName,
    requestedAt: row.createdAt,
    expiresAt: row.expiresAt,
    workspaces: memberships
      .filter((m) => can(m.role, "tokens:create"))
      .map((m) => ({ slug: m.workspace.slug, displayName: m.workspace.displayName, personal: m.workspace.personal, role: m.role, roleOptions: tokenRoleOptions(m.role) })),
  };
}
