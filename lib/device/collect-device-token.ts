import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { deviceAuthorizations, users, workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, userCaller } from "@/lib/auth/caller";
import { lowerRole, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { insertToken, type CreatedToken } from "@/lib/tokens/insert-token";
import { personalWorkspaceId } from "@/lib/tokens/personal-workspace-id";
import { sendTokenCreatedEmail } from "@/lib/tokens/send-token-created-email";
import { expiryDate } from "@/lib/tokens/token-row";
import { parseInput } from "@/lib/validation";
import { hashCode } from "./device-codes";
import { deviceTokenRequestSchema } from "./schemas";

/** RFC 8628 §3.5 (and RFC 6749 §5.2 for a code that is unknown or used). */
export type DeviceTokenError = "authorization_pending" | "slow_down" | "access_denied" | "expired_token" | "invalid_grant";

export type DeviceTokenResult =
  | { ok: true; token: CreatedToken; workspace: { slug: string; displayName: string } | null }
  | { ok: false; error: DeviceTokenError; description: string; interval?: number };

/** Polls a client address may make per minute (a CLI polls every 5 s). */
export const DEVICE_POLLS_PER_MINUTE = 60;

const fail = (error: DeviceTokenError, description: string, interval?: number): DeviceTokenResult => ({ ok: false, error, description, interval });

/**
 * RFC 8628 §3.4-3.5, the CLI polling with its device code: pending, slow_down (polled faster than the interval, which
 * grows by 5 s), access_denied, expired_token; once approved, a new token named "CLI on <machine>" is created (a
 * workspace token, its role no higher than the approver's role now; or a personal access token), recorded in the
 * activity log, and returned once. The code is single-use: afterwards it is invalid_grant.
 */
export async function collectDeviceToken(input: unknown, client: { ip: string | null }): Promise<DeviceTokenResult> {
  const data = parseInput(deviceTokenRequestSchema, input);
  const db = await getDb();
  if (client.ip) await consumeRateLimit(db, `device-token:${client.ip}`, DEVICE_POLLS_PER_MINUTE, 60, "Too many polls from this address. Slow down.");
  const outcome: { result: DeviceTokenResult; mail?: Parameters<typeof sendTokenCreatedEmail>[0] } = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: deviceAuthorizations.id,
        status: deviceAuthorizations.status,
        clientName: deviceAuthorizations.clientName,
        pollInterval: deviceAuthorizations.pollInterval,
        expired: sql<boolean>`${deviceAuthorizations.expiresAt} <= now()`,
        tooSoon: sql<boolean>`coalesce(${deviceAuthorizations.lastPolledAt} > now() - make_interval(secs => ${deviceAuthorizations.pollInterval}), false)`,
        userId: deviceAuthorizations.userId,
        workspaceId: deviceAuthorizations.workspaceId,
        role: deviceAuthorizations.role,
        expiresInDays: deviceAuthorizations.expiresInDays,
      })
      .from(deviceAuthorizations)
      .where(eq(deviceAuthorizations.deviceCodeHash, hashCode(data.device_code)))
      .for("update");
    if (!row || row.status === "used") return { result: fail("invalid_grant", "This device code is unknown or was already used. Run roster login again.") };
    if (row.expired) return { result: fail("expired_token", "The code expired before it was approved. Run roster login again.") };
    if (row.status === "denied") return { result: fail("access_denied", "The login was denied in the browser.") };
    if (row.status === "pending") {
      const interval = row.tooSoon ? row.pollInterval + 5 : row.pollInterval;
      await tx.update(deviceAuthorizations).set({ lastPolledAt: sql`now()`, pollInterval: interval }).where(eq(deviceAuthorizations.id, row.id));
      return row.tooSoon
        ? { result: fail("slow_down", `Poll at most every ${interval} seconds.`, interval) }
        : { result: fail("authorization_pending", "Waiting for the code to be approved in the browser.", interval) };
    }
    try {
      return await issueToken(tx, { ...row, userId: row.userId! });
    } catch (error) {
      // The approver lost the right meanwhile (removed, demoted below tokens:create, the workspace gone) or is at the
      // token quota: the login ends, said plainly.
      if (!(error instanceof AppError) || !["FORBIDDEN", "NOT_FOUND", "QUOTA_EXCEEDED", "CONFLICT"].includes(error.code)) throw error;
      await tx.update(deviceAuthorizations).set({ status: "denied" }).where(eq(deviceAuthorizations.id, row.id));
      return { result: fail("access_denied", `The approved login can no longer be completed: ${error.message}`) };
    }
  });
  if (outcome.mail) await sendTokenCreatedEmail(outcome.mail);
  return outcome.result;
}

type Approved = { id: string; clientName: string; userId: string; workspaceId: string | null; role: Role | null; expiresInDays: number | null };

async function issueToken(tx: Tx, row: Approved) {
  const [approver] = await tx.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, row.userId));
  if (!approver) throw new AppError("NOT_FOUND", "The account that approved the login no longer exists.");
  const caller = userCaller({ id: approver.id, email: approver.email ?? "", name: approver.name });
  const holder = { userId: approver.id, label: caller.label, serviceAccount: false };
  let workspace: { id: string; slug: string; displayName: string } | null = null;
  let role: Role | null = null;
  if (row.workspaceId) {
    const [w] = await tx.select({ slug: workspaces.slug }).from(workspaces).where(eq(workspaces.id, row.workspaceId));
    if (!w) throw new AppError("NOT_FOUND", "The workspace no longer exists.");
    const authorized = await authorize(tx, caller, w.slug, "tokens:create", { lock: true });
    workspace = { id: authorized.workspace.id, slug: authorized.workspace.slug, displayName: authorized.workspace.displayName };
    role = lowerRole(row.role ?? authorized.role, authorized.role);
  }
  const token = await insertWithFreeName(tx, {
    workspaceId: workspace?.id ?? null,
    holder,
    name: `CLI on ${row.clientName.slice(0, 48)}`,
    role,
    createdBy: approver.id,
    expiresAt: expiryDate(row.expiresInDays),
  });
  await tx.update(deviceAuthorizations).set({ status: "used", tokenId: token.id }).where(eq(deviceAuthorizations.id, row.id));
  const logIn = workspace?.id ?? (await personalWorkspaceId(tx, approver.id));
  if (logIn) {
    await recordActivity(tx, {
      workspaceId: logIn,
      actor: callerActor(caller),
      action: workspace ? "token.created" : "personal_token.created",
      target: { type: "token", id: token.id, label: token.name },
      metadata: { role, holder: holder.label, holderId: holder.userId, prefix: token.displayPrefix, expiresAt: token.expiresAt?.toISOString() ?? null, via: "device", client: row.clientName },
    });
  }
  return {
    result: { ok: true as const, token, workspace: workspace ? { slug: workspace.slug, displayName: workspace.displayName } : null },
    mail: { to: approver.email, tokenName: token.name, displayPrefix: token.displayPrefix, workspaceName: workspace?.displayName ?? null, createdBy: caller.label, expiresAt: token.expiresAt },
  };
}

/** "CLI on laptop", or "CLI on laptop (2)" ... when the holder already has a live token of that name. */
async function insertWithFreeName(tx: Tx, t: Parameters<typeof insertToken>[1]): Promise<CreatedToken> {
  for (let n = 1; ; n++) {
    try {
      return await insertToken(tx, { ...t, name: n === 1 ? t.name : `${t.name} (${n})` });
    } catch (error) {
      if (n >= 20 || !(error instanceof AppError) || error.code !== "CONFLICT") throw error;
    }
  }
}
