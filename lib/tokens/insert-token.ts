import "server-only";
import type { Tx } from "@/db/client";
import { apiTokens, type Role } from "@/db/schema";
import { assertTokenQuota } from "@/lib/quotas/assert-token-quota";
import { assertTokenNameFree } from "./assert-token-name-free";
import { generateToken } from "./token-format";
import type { TokenRow } from "./token-row";

export type CreatedToken = TokenRow & { token: string };

type NewToken = {
  /** Null for a personal access token. */
  workspaceId: string | null;
  /** The person or service account the token acts as. */
  holder: { userId: string; label: string; serviceAccount: boolean };
  name: string;
  /** The role ceiling of a workspace token; null for a personal access token. */
  role: Role | null;
  createdBy: string;
  /** Null: never expires. */
  expiresAt: Date | null;
};

/**
 * The one way a token is written, workspace or personal: within MAX_TOKENS (assertTokenQuota, whose lock the caller's
 * transaction then holds), with a new secret of which only the SHA-256 hash is stored. Returns the secret once.
 * A holder's live tokens in one scope have distinct names (assertTokenNameFree).
 */
export async function insertToken(tx: Tx, t: NewToken): Promise<CreatedToken> {
  await assertTokenQuota(tx, t.workspaceId === null ? { workspaceId: null, userId: t.holder.userId } : { workspaceId: t.workspaceId });
  // Serialized by the same lock as the quota (the workspace row, or the person's advisory lock).
  await assertTokenNameFree(tx, { workspaceId: t.workspaceId, holderId: t.holder.userId }, t.name);
  const secret = generateToken();
  const [row] = await tx
    .insert(apiTokens)
    .values({
      workspaceId: t.workspaceId,
      userId: t.holder.userId,
      name: t.name,
      role: t.role,
      tokenHash: secret.hash,
      displayPrefix: secret.displayPrefix,
      createdBy: t.createdBy,
      expiresAt: t.expiresAt,
    })
    .returning();
  return {
    id: row.id,
    name: row.name,
    displayPrefix: row.displayPrefix,
    role: t.role,
    holderId: t.holder.userId,
    holderLabel: t.holder.label,
    holderServiceAccount: t.holder.serviceAccount,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: null,
    token: secret.token,
  };
}
