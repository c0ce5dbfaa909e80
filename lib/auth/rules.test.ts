import { describe, expect, it } from "vitest";
import { ROLES } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { assertCanAssignRole, assertCanManageMember, assertNotLastOwner, assertNotPersonal } from "./rules";

function code(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : "UNEXPECTED";
  }
}

describe("assertCanAssignRole", () => {
  it("lets an owner assign every role", () => {
    for (const role of ROLES) expect(code(() => assertCanAssignRole("owner", role))).toBeNull();
  });
  it("lets a manager assign manager, member and viewer but not owner", () => {
    expect(code(() => assertCanAssignRole("manager", "owner"))).toBe("FORBIDDEN");
    for (const role of ["manager", "member", "viewer"] as const) expect(code(() => assertCanAssignRole("manager", role))).toBeNull();
  });
  it("refuses members and viewers", () => {
    for (const actor of ["member", "viewer"] as const)
      for (const role of ROLES) expect(code(() => assertCanAssignRole(actor, role))).toBe("FORBIDDEN");
  });
});

describe("assertCanManageMember", () => {
  it("lets an owner manage anyone", () => {
    for (const target of ROLES) expect(code(() => assertCanManageMember("owner", target))).toBeNull();
  });
  it("lets a manager manage non-owners only", () => {
    expect(code(() => assertCanManageMember("manager", "owner"))).toBe("FORBIDDEN");
    for (const target of ["manager", "member", "viewer"] as const) expect(code(() => assertCanManageMember("manager", target))).toBeNull();
  });
  it("refuses members and viewers", () => {
    for (const actor of ["member", "viewer"] as const)
      for (const target of ROLES) expect(code(() => assertCanManageMember(actor, target))).toBe("FORBIDDEN");
  });
});

describe("assertNotLastOwner", () => {
  it("refuses to take away the only owner", () => {
    expect(code(() => assertNotLastOwner(1, "owner"))).toBe("LAST_OWNER");
    expect(code(() => assertNotLastOwner(0, "owner"))).toBe("LAST_OWNER");
  });
  it("allows it when another owner remains, or when the target is not an owner", () => {
    expect(code(() => assertNotLastOwner(2, "owner"))).toBeNull();
    expect(code(() => assertNotLastOwner(1, "manager"))).toBeNull();
  });
});

describe("assertNotPersonal", () => {
  it("refuses personal workspaces", () => {
    expect(code(() => assertNotPersonal({ personal: true }, "deleted"))).toBe("FORBIDDEN");
    expect(code(() => assertNotPersonal({ personal: false }, "deleted"))).toBeNull();
  });
});
