import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { workspaceLogos } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { getAccountOverview } from "@/lib/account/get-account-overview";
import { identityColor } from "@/lib/identity-color";
import { IMAGES, pngImage } from "@/lib/testing/images";
import { byUser, expectAppError, expectRefused, makeTeam, snapshot, withNewEvents } from "@/lib/testing/factories";
import { getLogo } from "./get-logo";
import { getWorkspaceUsage } from "./get-workspace-usage";
import { listWorkspaces } from "./list-workspaces";
import { removeLogo } from "./remove-logo";
import { setLogo } from "./set-logo";
import { toSwitcherWorkspace } from "./to-switcher-workspace";

afterAll(() => closeDb());

const upload = (bytes: Uint8Array<ArrayBuffer>, type = "image/png") => ({ file: new File([bytes], "logo", { type }) });

async function logoRows(workspaceId: string) {
  return (await getDb()).select().from(workspaceLogos).where(eq(workspaceLogos.workspaceId, workspaceId));
}

describe("setLogo / removeLogo", () => {
  it.each(["owner", "manager"] as const)("a %s uploads the logo: one workspace.logo_changed event, versioned URL, served to every member", async (who) => {
    const team = await makeTeam();
    const image = pngImage(48);
    const { result, events } = await withNewEvents(team.workspace.id, () => setLogo(team[who].caller, team.slug, upload(image)));
    expect(result.logoUrl).toMatch(new RegExp(`^/api/logos/${team.slug}\\?v=[0-9a-f]{16}$`));
    expect(events).toEqual([
      expect.objectContaining({
        ...byUser(team[who]),
        action: "workspace.logo_changed",
        targetId: team.workspace.id,
        metadata: { contentType: "image/png", bytes: image.length },
      }),
    ]);
    for (const member of [team.owner, team.manager, team.member, team.viewer]) {
      expect((await getLogo(member.caller, team.slug, null)).bytes).toEqual(Buffer.from(image));
    }
    const version = new URL(result.logoUrl, "http://x").searchParams.get("v");
    expect((await getLogo(team.viewer.caller, team.slug, version)).bytes).toBeNull();
    expect((await getWorkspaceUsage(team.member.caller, team.slug)).logo).toEqual({ logoUrl: result.logoUrl, color: identityColor(team.workspace.id) });
  });

  it.each(["member", "viewer"] as const)("a %s may not change or remove the logo (FORBIDDEN, nothing written)", async (who) => {
    const team = await makeTeam();
    await setLogo(team.owner.caller, team.slug, upload(IMAGES.png));
    const [before] = await logoRows(team.workspace.id);
    await expectRefused(team.workspace.id, () => setLogo(team[who].caller, team.slug, upload(IMAGES.gif, "image/gif")), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => removeLogo(team[who].caller, team.slug), "FORBIDDEN");
    expect(await logoRows(team.workspace.id)).toEqual([before]);
  });

  it("an outsider, an unknown slug, or a token of another workspace: NOT_FOUND, nothing written or read", async () => {
    const team = await makeTeam();
    await setLogo(team.owner.caller, team.slug, upload(IMAGES.png));
    await expectRefused(team.workspace.id, () => setLogo(team.outsider.caller, team.slug, upload(IMAGES.png)), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => removeLogo(team.outsider.caller, team.slug), "NOT_FOUND");
    await expectAppError(getLogo(team.outsider.caller, team.slug, null), "NOT_FOUND");
    await expectAppError(getLogo(team.owner.caller, "no-such-workspace", null), "NOT_FOUND");
    await expectAppError(getLogo(team.owner.caller, "../etc", null), "NOT_FOUND");
    const elsewhere: Caller = { ...team.owner.caller, kind: "token", tokenId: crypto.randomUUID(), workspaceId: crypto.randomUUID() };
    await expectAppError(getLogo(elsewhere, team.slug, null), "NOT_FOUND");
  });

  it("refuses a file over 512 KB and bytes that are no accepted image (a script named logo.png), nothing written", async () => {
    const team = await makeTeam();
    const tooBig = new Uint8Array(512 * 1024 + 1);
    tooBig.set(IMAGES.png);
    for (const input of [upload(tooBig), upload(new TextEncoder().encode("<script>alert(1)</script>")), { file: null }]) {
      await expectRefused(team.workspace.id, () => setLogo(team.owner.caller, team.slug, input), "VALIDATION");
    }
    expect(await logoRows(team.workspace.id)).toEqual([]);
  });

  it("removing it: one workspace.logo_removed event, the initials show again; removing none changes nothing", async () => {
    const team = await makeTeam();
    await setLogo(team.owner.caller, team.slug, upload(IMAGES.png));
    const { result, events } = await withNewEvents(team.workspace.id, () => removeLogo(team.manager.caller, team.slug));
    expect(result).toEqual({ removed: true });
    expect(events.map((e) => e.action)).toEqual(["workspace.logo_removed"]);
    expect(await logoRows(team.workspace.id)).toEqual([]);
    await expectAppError(getLogo(team.owner.caller, team.slug, null), "NOT_FOUND");
    const before = await snapshot(team.workspace.id);
    expect(await removeLogo(team.owner.caller, team.slug)).toEqual({ removed: false });
    expect(await snapshot(team.workspace.id)).toEqual(before);
  });

  it("the switcher's list and the account page carry each workspace's logo URL and colour", async () => {
    const team = await makeTeam();
    const { logoUrl } = await setLogo(team.owner.caller, team.slug, upload(IMAGES.png));
    const switcher = (await listWorkspaces(team.member.caller)).map(toSwitcherWorkspace);
    expect(switcher.find((w) => w.slug === team.slug)).toMatchObject({ logoUrl, color: identityColor(team.workspace.id), role: "member" });
    expect(switcher.find((w) => w.personal)).toMatchObject({ logoUrl: null });
    const { workspaces } = await getAccountOverview(team.member.caller);
    expect(workspaces.find((w) => w.slug === team.slug)).toMatchObject({ logoUrl, role: "member", leaveRefusal: null });
  });
});
