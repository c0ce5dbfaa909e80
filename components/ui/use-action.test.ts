import { describe, expect, it } from "vitest";
import type { ActionFailure } from "@/lib/errors";
import { firstMessage, visibleFailure } from "./use-action";

const fields: ActionFailure = {
  ok: false,
  code: "VALIDATION",
  message: "Name is required.",
  fieldErrors: { name: ["Name is required."], role: ["Choose a role: owner, manager, member or viewer."] },
};
const formLevel: ActionFailure = { ok: false, code: "CONFLICT", message: "A token with this name already exists." };

describe("visibleFailure: field errors clear as the person corrects the field", () => {
  it("shows the failure as it is until something is edited", () => {
    expect(visibleFailure(fields, new Set())).toBe(fields);
    expect(visibleFailure(null, new Set(["name"]))).toBeNull();
  });

  it("drops a corrected field's error and words the failure by the first error left", () => {
    const shown = visibleFailure(fields, new Set(["name"]));
    expect(shown?.fieldErrors).toEqual({ role: ["Choose a role: owner, manager, member or viewer."] });
    expect(shown?.message).toBe("Choose a role: owner, manager, member or viewer.");
  });

  it("is gone once every named field was edited, and a form-level message once any field was", () => {
    expect(visibleFailure(fields, new Set(["name", "role"]))).toBeNull();
    expect(visibleFailure(formLevel, new Set())).toBe(formLevel);
    expect(visibleFailure(formLevel, new Set(["name"]))).toBeNull();
  });
});

describe("firstMessage: the one line a small control shows", () => {
  it("is the first field's first error, else the failure's message, else nothing", () => {
    expect(firstMessage(fields)).toBe("Name is required.");
    expect(firstMessage(visibleFailure(fields, new Set(["name"])))).toBe("Choose a role: owner, manager, member or viewer.");
    expect(firstMessage(formLevel)).toBe("A token with this name already exists.");
    expect(firstMessage(null)).toBeUndefined();
  });
});
