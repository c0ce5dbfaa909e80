import "server-only";
import { and, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, users, workspaces } from "@/db/schema";
import { lockActivityChains } from "@/lib/activity/lock-activity-chains";
import { recordActivity } from "@/lib/activity/record-activity";
import { membershipIsActive } from "@/lib/auth/membership-access";
import { SYSTEM_ACTOR } from "@/lib/domains/recheck-domain";
import { formatDateTime } from "@/lib/format-date";
import { appUrl } from "@/lib/mail/app-url";
import { sendNotice } from "@/lib/mail/send-notice";
import { NoticeEmail } from "@/lib/mail/templates/notice-email";

type Ended = { workspaceId: string; slug: string; workspaceName: string; userId: string; label: string; email: string | null; serviceAccount: boolean; accessUntil: Date };

/**
 * Internal (the periodic sweep, lib/startup.ts; no caller): records the end of every membership whose end date has
 * passed. Access already ended on the date (membershipGivesAccess is evaluated on every request): this writes
 * member.access_ended (actor: the system) and emails the member and the workspace's active owners and managers. One
 * UPDATE … RETURNING claims each membership, so processes sweeping at once never record one twice. Returns how many.
 */
export async function recordEndedMemberships(options: { limit?: number } = {}): Promise<number> {
  const db = await getDb();
  const { ended, managers } = await db.transaction(async (tx) => {
    const due = tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(isNotNull(memberships.accessUntil), lte(memberships.accessUntil, sql`now()`), isNull(memberships.accessEndRecordedAt)))
      .limit(options.limit ?? 200)
      .for("update", { skipLocked: true });
    const claimed = await tx
      .update(memberships)
      .set({ accessEndRecordedAt: sql`now()` })
      .where(and(inArray(memberships.id, due), isNull(memberships.accessEndRecordedAt)))
      .returning({ workspaceId: memberships.workspaceId, userId: memberships.userId, accessUntil: memberships.accessUntil });
    if (!claimed.length) return { ended: [] as Ended[], managers: [] as { workspaceId: string; email: string }[] };
    const people = await tx
      .select({ id: users.id, name: users.name, email: users.email, serviceAccount: users.serviceAccount })
      .from(users)
      .where(inArray(users.id, [...new Set(claimed.map((c) => c.userId))]));
    const spaces = await tx
      .select({ id: workspaces.id, slug: workspaces.slug, displayName: workspaces.displayName })
      .from(workspaces)
      .where(inArray(workspaces.id, [...new Set(claimed.map((c) => c.workspaceId))]));
    const ended = claimed.flatMap((c): Ended[] => {
      const person = people.find((p) => p.id === c.userId);
      const space = spaces.find((w) => w.id === c.workspaceId);
      if (!person || !space) return [];
      const label = person.email ?? person.name ?? person.id;
      return [{ workspaceId: space.id, slug: space.slug, workspaceName: space.displayName, userId: person.id, label, email: person.email, serviceAccount: person.serviceAccount, accessUntil: c.accessUntil as Date }];
    });
    await lockActivityChains(tx, ended.map((e) => e.workspaceId));
    for (const e of ended) {
      await recordActivity(tx, {
        workspaceId: e.workspaceId,
        actor: SYSTEM_ACTOR,
        action: "member.access_ended",
        target: { type: "user", id: e.userId, label: e.label },
        metadata: { accessUntil: e.accessUntil.toISOString(), ...(e.serviceAccount ? { serviceAccount: true } : {}) },
      });
    }
    // Who is told besides the member: the active owners and managers of those workspaces (people, with an address).
    const managers = await tx
      .select({ workspaceId: memberships.workspaceId, email: sql<string>`${users.email}` })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          inArray(memberships.workspaceId, spaces.map((w) => w.id)),
          inArray(memberships.role, ["owner", "manager"]),
          membershipIsActive,
          eq(users.serviceAccount, false),
          isNotNull(users.email),
        ),
      );
    return { ended, managers };
  });
  for (const e of ended) await notifyEnded(e, managers.filter((m) => m.workspaceId === e.workspaceId).map((m) => m.email));
  return ended.length;
}

/** The member is told their access ended; the workspace's owners and managers, whose it was (after the commit). */
async function notifyEnded(e: Ended, managers: string[]): Promise<void> {
  const name = e.workspaceName;
  const when = formatDateTime(e.accessUntil);
  if (e.email && !e.serviceAccount) {
    await sendNotice(
      {
        to: e.email,
        subject: `Your access to ${name} has ended`,
        body: NoticeEmail({
          preview: `Your membership of ${name} ended on ${when}`,
          paragraphs: [
            `Your membership of the workspace ${name} on Roster had an end date: ${when}. From then on you cannot open the workspace, and your API tokens for it are refused.`,
            "Ask an owner or manager of the workspace if you need access again.",
          ],
        }),
      },
      "member-access-ended",
    );
  }
  for (const to of managers) {
    await sendNotice(
      {
        to,
        subject: `${e.label}'s access to ${name} has ended`,
        body: NoticeEmail({
          preview: `${e.label}'s membership of ${name} reached its end date`,
          paragraphs: [
            `The membership of ${e.label} in the workspace ${name} reached its end date (${when}): they no longer have access. Their role and tokens are kept.`,
            "To give them access again, reactivate them on the members page.",
          ],
          action: { label: "Open the members page", url: appUrl(`/w/${e.slug}/settings/members`) },
        }),
      },
      "member-access-ended-managers",
    );
  }
}
