import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { deviceAuthorizations } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { hashCode, normalizeUserCode } from "./device-codes";

export const unknownCode = () =>
  new AppError("NOT_FOUND", "That code is not valid, or it has expired or been used. Run roster login again for a new one.", {
    userCode: ["That code is not valid, or it has expired or been used."],
  });

/** The live, undecided authorization a person's typed code names (locked with `lock`), or NOT_FOUND. */
export async function findPendingDevice(db: DbOrTx, typed: string, options: { lock?: boolean } = {}) {
  const code = normalizeUserCode(typed);
  if (!code) throw unknownCode();
  const query = db
    .select()
    .from(deviceAuthorizations)
    .where(
      and(
        eq(deviceAuthorizations.userCodeHash, hashCode(code)),
        eq(deviceAuthorizations.status, "pending"),
        gt(deviceAuthorizations.expiresAt, sql`now()`),
      ),
    );
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw unknownCode();
  return row;
}
