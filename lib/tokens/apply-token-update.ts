import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { apiTokens, type Role } from "@/db/schema";
import { assertTokenExpiryNotExtended, assertTokenRoleNotRaised } from "@/lib/auth/rules";
import { assertTokenNameFree } from "./assert-token-name-free";
import type { TokenRow } from "./token-row";

export type TokenChanges = { name?: string; role?: Role; expiresAt?: Date };

/** What changed, for the activity event: each field's value before and after. */
export type TokenDiff = { name?: { from: string; to: string }; role?: { from: Role; to: Role }; expiresAt?: { from: string | null; to: string } };

/**
 * The one way a token is narrowed, workspace or personal, inside the caller's transaction (which holds the scope's
 * lock and the token row): a free name, a role no higher than before or than the updater's (`updaterRole`, workspace
 * tokens only), an earlier expiry. Writes only what differs; returns the row as it is now and the diff (empty: nothing
 * was written).
 */
export async function applyTokenUpdate(tx: Tx, token: TokenRow & { workspaceId: string | null }, changes: TokenChanges, updaterRole?: Role) {
  const diff: TokenDiff = {};
  if (changes.name !== undefined && changes.name !== token.name) {
    await assertTokenNameFree(tx, { workspaceId: token.workspaceId, holderId: token.holderId }, changes.name, token.id);
    diff.name = { from: token.name, to: changes.name };
  }
  if (changes.role !== undefined && token.role !== null && updaterRole) {
    assertTokenRoleNotRaised(updaterRole, token.role, changes.role);
    if (changes.role !== token.role) diff.role = { from: token.role, to: changes.role };
  }
  if (changes.expiresAt !== undefined) {
    assertTokenExpiryNotExtended(token.expiresAt, changes.expiresAt);
    if (changes.expiresAt.getTime() !== token.expiresAt?.getTime()) {
      diff.expiresAt = { from: token.expiresAt?.toISOString() ?? null, to: changes.expiresAt.toISOString() };
    }
  }
  if (!diff.name && !diff.role && !diff.expiresAt) return { token, diff };
  const set = {
    name: diff.name?.to ?? token.name,
    role: diff.role?.to ?? token.role,
    expiresAt: diff.expiresAt ? changes.expiresAt! : token.expiresAt,
  };
  await tx.update(apiTokens).set(set).where(eq(apiTokens.id, token.id));
  return { token: { ...token, ...set }, diff };
}
