import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { byUser, eventsOf, expectAppError, makeTeam, withNewEvents } from "@/lib/testing/factories";
import { authenticateToken } from "./authenticate-token";
import { createPersonalToken } from "./create-personal-token";
import { createToken } from "./create-token";
import { personalWorkspaceId } from "./personal-workspace-id";
import { revokeToken } from "./revoke-token";
import { updatePersonalToken } from "./update-personal-token";
import { updateToken } from "./update-token";

afterAll(() => closeDb());

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

async function tokenRow(id: string) {
  const [row] = await (await getDb()).select().from(apiTokens).where(eq(apiTokens.id, id));
  return row;
}

/** The call is refused with `code`, and neither the token nor the workspace's activity trail changed. */
async function expectUnchanged(tokenId: string, workspaceId: string, run: () => Promise<unknown>, code: Parameters<typeof expectAppError>[1]) {
  const [token, events] = [await tokenRow(tokenId), (await eventsOf(workspaceId)).length];
  const error = await expectAppError(run(), code);
  expect(await tokenRow(tokenId)).toEqual(token);
  expect((await eventsOf(workspaceId)).length).toBe(events);
  return error;
}

describe("updateToken", () => {
  it("the holder renames, lowers the role and brings the expiry forward: one token.updated event, effective at once", async () => {
    const team = await makeTeam();
    const t = await createToken(team.manager.caller, team.slug, { name: "deploy", expiresInDays: 90 });
    const expiresAt = inDays(10);
    const { result, events } = await withNewEvents(team.workspace.id, () =>
      updateToken(team.manager.caller, team.slug, { tokenId: t.id, name: "deploy (read only)", role: "viewer", expiresAt }),
    );
    expect(result).toMatchObject({ id: t.id, name: "deploy (read only)", role: "viewer", expiresAt: new Date(expiresAt), changed: true });
    expect(events).toEqual([
      expect.objectContaining({
        ...byUser(team.manager),
        action: "token.updated",
        targetType: "token",
        targetId: t.id,
        targetLabel: "deploy (read only)",
        metadata: expect.objectContaining({ from: "manager", to: "viewer", previousName: "deploy", expiresAt: new Date(expiresAt).toISOString() }),
      }),
    ]);
    const caller = await authenticateToken(`Bearer ${t.token}`);
    expect(caller).toMatchObject({ roleCeiling: "viewer", tokenName: "deploy (read only)", tokenExpiresAt: new Date(expiresAt) });
  });

  it("the same values again change nothing: changed false, no event", async () => {
    const team = await makeTeam();
    const t = await createToken(team.member.caller, team.slug, { name: "same", expiresInDays: null });
    const { result, events } = await withNewEvents(team.workspace.id, () =>
      updateToken(team.member.caller, team.slug, { tokenId: t.id, name: "same", role: "member" }),
    );
    expect(result.changed).toBe(false);
    expect(events).toEqual([]);
  });

  it("never raises the role or moves the expiry later: FORBIDDEN with a field error, nothing written", async () => {
    const team = await makeTeam();
    const t = await createToken(team.manager.caller, team.slug, { name: "ci", expiresInDays: 30, role: "member" });
    const raise = await expectUnchanged(
      t.id,
      team.workspace.id,
      () => updateToken(team.manager.caller, team.slug, { tokenId: t.id, role: "manager" }),
      "FORBIDDEN",
    );
    expect(raise.fieldErrors).toHaveProperty("role");
    const later = await expectUnchanged(
      t.id,
      team.workspace.id,
      () => updateToken(team.manager.caller, team.slug, { tokenId: t.id, expiresAt: inDays(60) }),
      "FORBIDDEN",
    );
    expect(later.fieldErrors).toHaveProperty("expiresAt");
    // A token that never expires may be given an expiry.
    const forever = await createToken(team.manager.caller, team.slug, { name: "forever", expiresInDays: null });
    const fiveYears = inDays(365 * 5);
    expect((await updateToken(team.manager.caller, team.slug, { tokenId: forever.id, expiresAt: fiveYears })).expiresAt).toEqual(new Date(fiveYears));
  });

  it("owners and managers update any token of the workspace, but never above their own role; members only their own", async () => {
    const team = await makeTeam();
    const owners = await createToken(team.owner.caller, team.slug, { name: "owner's", expiresInDays: 30 });
    const members = await createToken(team.member.caller, team.slug, { name: "member's", expiresInDays: 30 });
    await expectUnchanged(
      owners.id,
      team.workspace.id,
      () => updateToken(team.manager.caller, team.slug, { tokenId: owners.id, role: "owner" }),
      "FORBIDDEN",
    );
    expect((await updateToken(team.manager.caller, team.slug, { tokenId: owners.id, role: "manager" })).role).toBe("manager");
    expect((await updateToken(team.owner.caller, team.slug, { tokenId: members.id, name: "renamed by owner" })).name).toBe("renamed by owner");
    await expectUnchanged(
      owners.id,
      team.workspace.id,
      () => updateToken(team.member.caller, team.slug, { tokenId: owners.id, name: "mine now" }),
      "FORBIDDEN",
    );
    // Through a token: the same rules with the token's effective role.
    const viaToken = await authenticateToken(`Bearer ${members.token}`);
    await expectUnchanged(owners.id, team.workspace.id, () => updateToken(viaToken, team.slug, { tokenId: owners.id, role: "viewer" }), "FORBIDDEN");
    expect((await updateToken(viaToken, team.slug, { tokenId: members.id, role: "viewer" })).role).toBe("viewer");
  });

  it("NOT_FOUND for a revoked token, another workspace's token and a non-member; VALIDATION for bad input; CONFLICT for a taken name", async () => {
    const team = await makeTeam();
    const other = await makeTeam();
    const t = await createToken(team.member.caller, team.slug, { name: "a", expiresInDays: 30 });
    await createToken(team.member.caller, team.slug, { name: "Taken", expiresInDays: 30 });
    const foreign = await createToken(other.owner.caller, other.slug, { name: "theirs", expiresInDays: 30 });
    await expectUnchanged(
      foreign.id,
      other.workspace.id,
      () => updateToken(team.owner.caller, team.slug, { tokenId: foreign.id, name: "x" }),
      "NOT_FOUND",
    );
    await expectUnchanged(t.id, team.workspace.id, () => updateToken(team.outsider.caller, team.slug, { tokenId: t.id, name: "x" }), "NOT_FOUND");
    for (const input of [
      { tokenId: t.id },
      { tokenId: "nope", name: "x" },
      { tokenId: t.id, name: "" },
      { tokenId: t.id, role: "god" },
      { tokenId: t.id, expiresAt: "tomorrow" },
      { tokenId: t.id, expiresAt: inDays(-1) },
      { tokenId: t.id, expiresAt: null },
    ]) {
      await expectUnchanged(t.id, team.workspace.id, () => updateToken(team.member.caller, team.slug, input), "VALIDATION");
    }
    const taken = await expectUnchanged(
      t.id,
      team.workspace.id,
      () => updateToken(team.member.caller, team.slug, { tokenId: t.id, name: "taken" }),
      "CONFLICT",
    );
    expect(taken.fieldErrors).toHaveProperty("name");
    await revokeToken(team.member.caller, team.slug, { tokenId: t.id });
    await expectUnchanged(t.id, team.workspace.id, () => updateToken(team.member.caller, team.slug, { tokenId: t.id, name: "back" }), "NOT_FOUND");
  });

  it("two tokens renamed to the same name at once: one wins, the other is CONFLICT", async () => {
    const team = await makeTeam();
    const [a, b] = [
      await createToken(team.member.caller, team.slug, { name: "a", expiresInDays: 30 }),
      await createToken(team.member.caller, team.slug, { name: "b", expiresInDays: 30 }),
    ];
    const results = await Promise.allSettled([a, b].map((t) => updateToken(team.member.caller, team.slug, { tokenId: t.id, name: "same" })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
  });
});

describe("updatePersonalToken", () => {
  it("renames and brings the expiry forward, recorded as personal_token.updated in the personal workspace; never later", async () => {
    const team = await makeTeam();
    const pat = await createPersonalToken(team.member.caller, { name: "laptop", expiresInDays: 30 });
    const personal = (await personalWorkspaceId(await getDb(), team.member.id))!;
    const expiresAt = inDays(3);
    const { result, events } = await withNewEvents(personal, () =>
      updatePersonalToken(team.member.caller, { tokenId: pat.id, name: "old laptop", expiresAt }),
    );
    expect(result).toMatchObject({ name: "old laptop", expiresAt: new Date(expiresAt), role: null, changed: true });
    expect(events).toEqual([
      expect.objectContaining({
        ...byUser(team.member),
        action: "personal_token.updated",
        targetId: pat.id,
        metadata: expect.objectContaining({ previousName: "laptop" }),
      }),
    ]);
    await expectUnchanged(pat.id, personal, () => updatePersonalToken(team.member.caller, { tokenId: pat.id, expiresAt: inDays(20) }), "FORBIDDEN");
    // A personal access token has no role ceiling to change: role alone is nothing to update.
    await expectUnchanged(pat.id, personal, () => updatePersonalToken(team.member.caller, { tokenId: pat.id, role: "viewer" }), "VALIDATION");
  });

  it("only your own, and never through a workspace token", async () => {
    const team = await makeTeam();
    const pat = await createPersonalToken(team.member.caller, { name: "mine", expiresInDays: 30 });
    const personal = (await personalWorkspaceId(await getDb(), team.member.id))!;
    await expectUnchanged(pat.id, personal, () => updatePersonalToken(team.owner.caller, { tokenId: pat.id, name: "stolen" }), "NOT_FOUND");
    const workspaceToken = await authenticateToken(
      `Bearer ${(await createToken(team.member.caller, team.slug, { name: "ws", expiresInDays: 30 })).token}`,
    );
    await expectUnchanged(pat.id, personal, () => updatePersonalToken(workspaceToken, { tokenId: pat.id, name: "via ws" }), "FORBIDDEN");
    const viaPat = await authenticateToken(`Bearer ${pat.token}`);
    expect((await updatePersonalToken(viaPat, { tokenId: pat.id, name: "via itself" })).name).toBe("via itself");
  });
});
