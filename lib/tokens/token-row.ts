import { sql } from "drizzle-orm";
import { apiTokens, users, type Role } from "@/db/schema";

/** A token as the lists show it: never the secret, only its display prefix. */
export type TokenRow = {
  id: string;
  name: string;
  displayPrefix: string;
  role: Role | null;
  holderId: string;
  holderLabel: string;
  holderServiceAccount: boolean;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
};

export const tokenRowColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  displayPrefix: apiTokens.displayPrefix,
  role: apiTokens.role,
  holderId: apiTokens.userId,
  holderLabel: sql<string>`coalesce(${users.email}, ${users.name}, ${users.id})`,
  holderServiceAccount: users.serviceAccount,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
};

export function expiryDate(days: number | null, from = new Date()): Date | null {
  return days === null ? null : new Date(from.getTime() + days * 24 * 60 * 60 * 1000);
}
