// Test setup for the invitations domain (real PostgreSQL): invitations read back from the local mailbox, rows, GitHub.
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import { getDb } from "@/db/client";
import { accounts, invitations, inviteLinks, mailboxMessages, memberships, workspaces, type Role } from "@/db/schema";
import { createSecretToken, hashSecret } from "@/lib/crypto/secret-token";
import { INVITATION_TOKEN_PREFIX } from "@/lib/invitations/config";
import { inviteMembers } from "@/lib/invitations/invite-members";
import { unique, type TestUser } from "./factories";

const INVITE_URL = /\/invite\/((?:inv|lnk)_[A-Za-z0-9_-]{43})/;

/** The emails the local mailbox holds for this address, oldest first. */
export async function mailTo(email: string) {
  const db = await getDb();
  return db.select().from(mailboxMessages).where(eq(mailboxMessages.to, email.toLowerCase())).orderBy(asc(mailboxMessages.createdAt));
}

export async function mailCount(emails: string[]): Promise<number> {
  const db = await getDb();
  const [{ n }] = await db
    .select({ n: count() })
    .from(mailboxMessages)
    .where(inArray(mailboxMessages.to, emails.map((e) => e.toLowerCase())));
  return n;
}

/** The raw token of the newest invitation email to this address, read from its text as the invitee would. */
export async function tokenFromMailbox(email: string): Promise<string> {
  const mails = await mailTo(email);
  expect(mails.length, `no email to ${email} in the mailbox`).toBeGreaterThan(0);
  const match = INVITE_URL.exec(mails[mails.length - 1].text);
  expect(match, "the invitation email carries no /invite/<token> link").not.toBeNull();
  return match![1];
}

/** The owner (or manager) invites one address through the domain function; returns the token from the mailbox. */
export async function invite(actor: TestUser, slug: string, email: string, role: Role = "member"): Promise<string> {
  await inviteMembers(actor.caller, slug, { emails: email, role });
  return tokenFromMailbox(email);
}

export async function invitationsOf(workspaceId: string) {
  const db = await getDb();
  return db.select().from(invitations).where(eq(invitations.workspaceId, workspaceId)).orderBy(asc(invitations.createdAt), asc(invitations.email));
}

export async function invitationFor(workspaceId: string, email: string) {
  const rows = (await invitationsOf(workspaceId)).filter((i) => i.email === email.toLowerCase());
  expect(rows, `expected one invitation row for ${email}`).toHaveLength(1);
  return rows[0];
}

/** Test setup: an invitation row inserted directly (no email, no event, no rate limit); returns its raw token. */
export async function insertInvitation(workspaceId: string, email: string, invitedBy: TestUser, patch: Partial<typeof invitations.$inferInsert> = {}) {
  const token = createSecretToken(INVITATION_TOKEN_PREFIX);
  const db = await getDb();
  const [row] = await db
    .insert(invitations)
    .values({ workspaceId, email, role: "member", tokenHash: hashSecret(token), invitedBy: invitedBy.id, expiresAt: new Date(Date.now() + 86400_000), ...patch })
    .returning();
  return { token, row };
}

export async function setInvitation(id: string, patch: Partial<typeof invitations.$inferInsert>) {
  const db = await getDb();
  await db.update(invitations).set(patch).where(eq(invitations.id, id));
}

export async function linkRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(inviteLinks).where(eq(inviteLinks.id, id));
  return row;
}

export async function setLink(id: string, patch: Partial<typeof inviteLinks.$inferInsert>) {
  const db = await getDb();
  await db.update(inviteLinks).set(patch).where(eq(inviteLinks.id, id));
}

export async function memberCount(workspaceId: string): Promise<number> {
  const db = await getDb();
  const [{ n }] = await db.select({ n: count() }).from(memberships).where(eq(memberships.workspaceId, workspaceId));
  return n;
}

/** The user's personal workspace (created at sign-up). */
export async function personalWorkspaceOf(user: TestUser) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(workspaces)
    .where(and(eq(workspaces.createdBy, user.id), eq(workspaces.personal, true)));
  return row;
}

/** A minute ago: for expiring invitations and links in place. */
export const aMinuteAgo = () => new Date(Date.now() - 60_000);

/** Test setup: the user signed in with GitHub (an Auth.js accounts row holding their OAuth access token). */
export async function signInWithGitHub(user: TestUser): Promise<string> {
  const accessToken = `gho_${unique()}`;
  const db = await getDb();
  await db.insert(accounts).values({
    userId: user.id,
    type: "oauth",
    provider: "github",
    providerAccountId: unique(),
    access_token: accessToken,
    token_type: "bearer",
    scope: "read:user,user:email,read:org",
  });
  return accessToken;
}

/** Rate-limit windows are fixed (aligned to the hour or day): wait out the last seconds of one so a test sits inside one window. */
export async function awayFromWindowEdge(windowSeconds: number, marginSeconds = 20): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < marginSeconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}
