import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ssoConnections, ssoSignInAttempts, workspaces } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { SsoTestResult } from "./complete-sso-sign-in";
import { testAttemptIdSchema } from "./schemas";

/** The owner who ran a "Test connection" (only they): the claims the IdP sent and the workspace it was for. */
export async function getSsoTestResult(caller: Caller, attemptId: unknown) {
  const id = parseInput(testAttemptIdSchema, attemptId);
  const db = await getDb();
  const [row] = await db
    .select({ result: ssoSignInAttempts.result, at: ssoSignInAttempts.consumedAt, connection: ssoConnections.displayName, slug: workspaces.slug, workspace: workspaces.displayName })
    .from(ssoSignInAttempts)
    .innerJoin(ssoConnections, eq(ssoConnections.id, ssoSignInAttempts.connectionId))
    .innerJoin(workspaces, eq(workspaces.id, ssoConnections.workspaceId))
    .where(and(eq(ssoSignInAttempts.id, id), eq(ssoSignInAttempts.purpose, "test"), eq(ssoSignInAttempts.userId, caller.userId), isNotNull(ssoSignInAttempts.result)))
    .limit(1);
  if (!row) throw notFound("No such test.");
  return { ...row, result: row.result as SsoTestResult };
}
