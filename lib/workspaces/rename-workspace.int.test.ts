import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import { byUser, expectAppError, expectRefused, makeTeam, snapshot, withNewEvents } from "@/lib/testing/factories";
import { renameWorkspace } from "./rename-workspace";

afterAll(() => closeDb());

describe("renameWorkspace", () => {
  it.each(["owner", "manager"] as const)("a %s renames: new display name, same slug, one workspace.renamed event", async (who) => {
    const team = await makeTeam();
    const { result, events } = await withNewEvents(team.workspace.id, () =>
      renameWorkspace(team[who].caller, team.slug, { displayName: "  Acme Labs  " }),
    );
    expect(result).toMatchObject({ id: team.workspace.id, slug: team.slug, displayName: "Acme Labs" });
    expect((await snapshot(team.workspace.id)).workspace).toMatchObject({ slug: team.slug, displayName: "Acme Labs" });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      ...byUser(team[who]),
      action: "workspace.renamed",
      targetType: "workspace",
      targetId: team.workspace.id,
      targetLabel: team.slug,
      metadata: { from: "Acme", to: "Acme Labs" },
    });
  });

  it("keeps HTML verbatim (escaping is the UI's job)", async () => {
    const team = await makeTeam();
    const name = `<img src=x onerror="alert(1)"> & Co`;
    await renameWorkspace(team.owner.caller, team.slug, { displayName: name });
    expect((await snapshot(team.workspace.id)).workspace?.displayName).toBe(name);
  });

  it("the same name changes nothing and writes no event", async () => {
    const team = await makeTeam();
    const { result, events } = await withNewEvents(team.workspace.id, () => renameWorkspace(team.owner.caller, team.slug, { displayName: "Acme" }));
    expect(result).toMatchObject({ displayName: "Acme" });
    expect(events).toHaveLength(0);
  });

  it.each(["member", "viewer"] as const)("a %s cannot rename: FORBIDDEN, nothing written", async (who) => {
    const team = await makeTeam();
    await expectRefused(team.workspace.id, () => renameWorkspace(team[who].caller, team.slug, { displayName: "Hacked" }), "FORBIDDEN");
  });

  it("a non-member gets NOT_FOUND, nothing written", async () => {
    const team = await makeTeam();
    await expectRefused(team.workspace.id, () => renameWorkspace(team.outsider.caller, team.slug, { displayName: "Hacked" }), "NOT_FOUND");
    await expectAppError(renameWorkspace(team.owner.caller, "no-such-workspace", { displayName: "Hacked" }), "NOT_FOUND");
  });

  it("an empty, blank, missing or oversized name is VALIDATION, nothing written", async () => {
    const team = await makeTeam();
    for (const input of [{ displayName: "" }, { displayName: "   " }, {}, { displayName: 42 }, { displayName: "x".repeat(65) }]) {
      const error = await expectRefused(team.workspace.id, () => renameWorkspace(team.owner.caller, team.slug, input), "VALIDATION");
      expect(error.fieldErrors?.displayName).toBeDefined();
    }
    await renameWorkspace(team.owner.caller, team.slug, { displayName: "x".repeat(64) });
    expect((await snapshot(team.workspace.id)).workspace?.displayName).toBe("x".repeat(64));
  });
});
