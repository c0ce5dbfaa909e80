import { afterAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { eventsOf, makeTeam, type Team } from "@/lib/testing/factories";
import { mailTo } from "@/lib/testing/invitations";
import { recordEndedMemberships } from "./record-ended-memberships";
import { setMemberAccessUntil } from "./set-member-access-until";

afterAll(() => closeDb());

/** Test setup: moves a membership's end date into the past (time passing). */
async function endedAgo(team: Team, userId: string, ms: number) {
  const db = await getDb();
  await db
    .update(memberships)
    .set({ accessUntil: new Date(Date.now() - ms) })
    .where(and(eq(memberships.workspaceId, team.workspace.id), eq(memberships.userId, userId)));
}

async function recordedAt(team: Team, userId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ at: memberships.accessEndRecordedAt })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, team.workspace.id), eq(memberships.userId, userId)));
  return row.at;
}

describe("recordEndedMemberships", () => {
  it("records each passed end date once (the event by the system, the emails), even from two sweeps at once; a future date waits", async () => {
    const team = await makeTeam();
    await setMemberAccessUntil(team.owner.caller, team.slug, { userId: team.member.id, accessUntil: new Date(Date.now() + 3_600_000) });
    await setMemberAccessUntil(team.owner.caller, team.slug, { userId: team.viewer.id, accessUntil: new Date(Date.now() + 3_600_000) });
    await endedAgo(team, team.member.id, 60_000);

    const [a, b] = await Promise.all([recordEndedMemberships(), recordEndedMemberships()]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    const ended = (await eventsOf(team.workspace.id)).filter((e) => e.action === "member.access_ended");
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ actorType: "system", actorId: null, targetId: team.member.id });
    expect(await recordedAt(team, team.member.id)).toBeInstanceOf(Date);
    expect(await recordedAt(team, team.viewer.id)).toBeNull();

    expect((await mailTo(team.member.email)).map((m) => m.subject)).toContain("Your access to Acme has ended");
    for (const who of [team.owner, team.manager]) {
      expect((await mailTo(who.email)).map((m) => m.subject)).toContain(`${team.member.email}'s access to Acme has ended`);
    }
    expect((await mailTo(team.viewer.email)).map((m) => m.subject)).not.toContain(`${team.member.email}'s access to Acme has ended`);

    // Nothing more to record: a later sweep writes nothing for this workspace.
    await recordEndedMemberships();
    expect((await eventsOf(team.workspace.id)).filter((e) => e.action === "member.access_ended")).toHaveLength(1);
  });

  it("a new end date set after the end was recorded is recorded again when it passes", async () => {
    const team = await makeTeam();
    await setMemberAccessUntil(team.owner.caller, team.slug, { userId: team.viewer.id, accessUntil: new Date(Date.now() + 3_600_000) });
    await endedAgo(team, team.viewer.id, 1000);
    await recordEndedMemberships();
    await setMemberAccessUntil(team.owner.caller, team.slug, { userId: team.viewer.id, accessUntil: new Date(Date.now() + 3_600_000) });
    expect(await recordedAt(team, team.viewer.id)).toBeNull();
    await endedAgo(team, team.viewer.id, 1000);
    await recordEndedMemberships();
    expect((await eventsOf(team.workspace.id)).filter((e) => e.action === "member.access_ended")).toHaveLength(2);
  });
});
