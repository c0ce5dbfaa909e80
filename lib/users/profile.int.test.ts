import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { userAvatars, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { getAccountOverview } from "@/lib/account/get-account-overview";
import { listMembers } from "@/lib/members/list-members";
import { IMAGES, pngImage } from "@/lib/testing/images";
import { personalWorkspaceOf } from "@/lib/testing/invitations";
import { byUser, eventsOf, expectAppError, makeTeam, makeUser, makeWorkspaceWith, type TestUser } from "@/lib/testing/factories";
import { identityColor } from "@/lib/identity-color";
import { getAvatar } from "./get-avatar";
import { removeAvatar } from "./remove-avatar";
import { setAvatar } from "./set-avatar";
import { updateProfile } from "./update-profile";

afterAll(() => closeDb());

const upload = (bytes: Uint8Array<ArrayBuffer>, type = "image/png") => ({ file: new File([bytes], "picture", { type }) });
const tokenOf = (user: TestUser): Caller => ({ ...user.caller, kind: "token", tokenId: crypto.randomUUID(), workspaceId: null });

async function userRow(user: TestUser) {
  const db = await getDb();
  const [row] = await db.select({ name: users.name, avatarVersion: users.avatarVersion }).from(users).where(eq(users.id, user.id));
  const avatars = await db.select().from(userAvatars).where(eq(userAvatars.userId, user.id));
  return { ...row, avatars: avatars.length };
}

async function accountEvents(user: TestUser) {
  return (await eventsOf((await personalWorkspaceOf(user)).id)).filter((e) => e.action.startsWith("profile."));
}

describe("updateProfile", () => {
  it("sets and clears the display name, one profile.updated event each in the personal workspace; the same name again changes nothing", async () => {
    const user = await makeUser("Ada");
    expect(await updateProfile(user.caller, { displayName: "  Ada Lovelace  " })).toEqual({ displayName: "Ada Lovelace", changed: true });
    expect(await updateProfile(user.caller, { displayName: "Ada Lovelace" })).toEqual({ displayName: "Ada Lovelace", changed: false });
    expect(await updateProfile(user.caller, { displayName: "" })).toEqual({ displayName: null, changed: true });
    expect((await userRow(user)).name).toBeNull();
    const events = await accountEvents(user);
    expect(events.map((e) => [e.action, e.metadata])).toEqual([
      ["profile.updated", { from: "Ada", to: "Ada Lovelace" }],
      ["profile.updated", { from: "Ada Lovelace", to: null }],
    ]);
    expect(events[0]).toMatchObject({ ...byUser(user), targetId: user.id });
  });

  it("refuses a name over 64 characters and any token (only the person signed in), writing nothing", async () => {
    const user = await makeUser("Bob");
    const error = await expectAppError(updateProfile(user.caller, { displayName: "x".repeat(65) }), "VALIDATION");
    expect(error.fieldErrors?.displayName).toEqual(["Display name must be at most 64 characters."]);
    await expectAppError(updateProfile(user.caller, { displayName: 42 }), "VALIDATION");
    await expectAppError(updateProfile(tokenOf(user), { displayName: "Token" }), "FORBIDDEN");
    expect((await userRow(user)).name).toBe("Bob");
    expect(await accountEvents(user)).toEqual([]);
  });

  it("the members list shows the display name (else the email), the avatar's URL and a stable colour", async () => {
    const team = await makeTeam();
    await updateProfile(team.member.caller, { displayName: "Mia M." });
    await updateProfile(team.viewer.caller, { displayName: "" });
    await setAvatar(team.member.caller, upload(IMAGES.png));
    const { members } = await listMembers(team.owner.caller, team.slug, { pageSize: 10 });
    const member = members.find((m) => m.userId === team.member.id)!;
    const viewer = members.find((m) => m.userId === team.viewer.id)!;
    expect(member).toMatchObject({ displayName: "Mia M.", email: team.member.email, color: identityColor(team.member.id) });
    expect(member.avatarUrl).toMatch(new RegExp(`^/api/avatars/${team.member.id}\\?v=[0-9a-f]{16}$`));
    expect(viewer).toMatchObject({ displayName: team.viewer.email, avatarUrl: null });
  });
});

describe("setAvatar / removeAvatar / getAvatar", () => {
  it("uploads a PNG: stored with its sniffed type, versioned, served to the person and to anyone sharing a workspace", async () => {
    const team = await makeTeam();
    const image = pngImage(32);
    const { avatarUrl } = await setAvatar(team.member.caller, upload(image, "application/octet-stream"));
    const version = new URL(avatarUrl, "http://x").searchParams.get("v");
    expect((await userRow(team.member)).avatarVersion).toBe(version);
    for (const viewer of [team.member, team.owner, team.viewer]) {
      const stored = await getAvatar(viewer.caller, team.member.id, null);
      expect(stored).toMatchObject({ contentType: "image/png", version });
      expect(stored.bytes).toEqual(Buffer.from(image));
    }
    // The client's ETag is this version: no bytes are read (a 304).
    expect((await getAvatar(team.owner.caller, team.member.id, version)).bytes).toBeNull();
    expect((await accountEvents(team.member)).map((e) => [e.action, e.metadata])).toEqual([
      ["profile.avatar_changed", { contentType: "image/png", bytes: image.length }],
    ]);
  });

  it("nobody outside the person's workspaces can read it (NOT_FOUND, like an unknown id or no avatar)", async () => {
    const team = await makeTeam();
    await setAvatar(team.member.caller, upload(IMAGES.gif, "image/gif"));
    await expectAppError(getAvatar(team.outsider.caller, team.member.id, null), "NOT_FOUND");
    await expectAppError(getAvatar(team.owner.caller, "no-such-user", null), "NOT_FOUND");
    await expectAppError(getAvatar(team.owner.caller, team.viewer.id, null), "NOT_FOUND");
    await expectAppError(getAvatar(team.owner.caller, "x".repeat(101), null), "NOT_FOUND");
    // Sharing another workspace is enough.
    await makeWorkspaceWith(team.outsider, [[team.member, "viewer"]]);
    expect((await getAvatar(team.outsider.caller, team.member.id, null)).contentType).toBe("image/gif");
  });

  it("refuses a file over 512 KB, bytes that are no accepted image whatever the claimed type, SVG, no file, and any token: nothing written", async () => {
    const user = await makeUser("Eve");
    const tooBig = new Uint8Array(512 * 1024 + 1);
    tooBig.set(IMAGES.png);
    const cases: [unknown, string][] = [
      [upload(tooBig), "The image must be at most 512 KB."],
      [upload(new TextEncoder().encode("<?php echo 'hi'; ?>")), "Choose a PNG, JPEG, WebP or GIF image."],
      [upload(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), "image/svg+xml"), "Choose a PNG, JPEG, WebP or GIF image."],
      [upload(new Uint8Array()), "The file is empty."],
      [{ file: "data:image/png;base64,AAAA" }, "Choose an image file."],
      [{}, "Choose an image file."],
    ];
    for (const [input, message] of cases) {
      const error = await expectAppError(setAvatar(user.caller, input), "VALIDATION");
      expect(error.fieldErrors?.file).toEqual([message]);
    }
    await expectAppError(setAvatar(tokenOf(user), upload(IMAGES.png)), "FORBIDDEN");
    await expectAppError(removeAvatar(tokenOf(user)), "FORBIDDEN");
    expect(await userRow(user)).toMatchObject({ avatarVersion: null, avatars: 0 });
    expect(await accountEvents(user)).toEqual([]);
  });

  it("a new upload replaces the old one under a new version; removing it brings the initials back, once", async () => {
    const user = await makeUser("Rae");
    const first = await setAvatar(user.caller, upload(IMAGES.png));
    const second = await setAvatar(user.caller, upload(IMAGES.gif));
    expect(second.avatarUrl).not.toBe(first.avatarUrl);
    expect(await userRow(user)).toMatchObject({ avatars: 1 });
    expect((await getAvatar(user.caller, user.id, null)).contentType).toBe("image/gif");
    expect(await removeAvatar(user.caller)).toEqual({ removed: true });
    expect(await removeAvatar(user.caller)).toEqual({ removed: false });
    expect(await userRow(user)).toMatchObject({ avatarVersion: null, avatars: 0 });
    await expectAppError(getAvatar(user.caller, user.id, null), "NOT_FOUND");
    expect((await getAccountOverview(user.caller)).profile).toMatchObject({ avatarUrl: null, displayName: "Rae", email: user.email });
    expect((await accountEvents(user)).map((e) => e.action)).toEqual(["profile.avatar_changed", "profile.avatar_changed", "profile.avatar_removed"]);
  });
});
