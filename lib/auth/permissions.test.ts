import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/db/schema";
import { can, lowerRole, PERMISSIONS, type Permission } from "./permissions";

// The expected matrix, written out cell by cell so a change to permissions.ts must be mirrored here.
const EXPECTED: Record<Permission, Role[]> = {
  "workspace:read": ["owner", "manager", "member", "viewer"],
  "workspace:update": ["owner", "manager"],
  "workspace:delete": ["owner"],
  "workspace:restore": ["owner"],
  "workspace:transfer-ownership": ["owner"],
  "members:read": ["owner", "manager", "member", "viewer"],
  "members:update-role": ["owner", "manager"],
  "members:remove": ["owner", "manager"],
  "members:suspend": ["owner", "manager"],
  "members:set-access-until": ["owner", "manager"],
  "invitations:read": ["owner", "manager"],
  "invitations:manage": ["owner", "manager"],
  "auto-join:manage": ["owner", "manager"],
  "domains:manage": ["owner", "manager"],
  "tokens:create": ["owner", "manager", "member"],
  "tokens:manage-all": ["owner", "manager"],
  "service-accounts:manage": ["owner", "manager"],
  "activity:read": ["owner", "manager"],
  "sso:manage": ["owner"],
  "access:read": ["owner", "manager"],
  "access:close-all": ["owner", "manager"],
  "join-requests:manage": ["owner", "manager"],
  "scim:manage": ["owner"],
  "webhooks:manage": ["owner", "manager"],
};

describe("permission matrix", () => {
  it("lists every permission in the expectation", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  for (const permission of PERMISSIONS) {
    for (const role of ROLES) {
      const allowed = EXPECTED[permission].includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }

  it("viewer is read-only", () => {
    const writes = PERMISSIONS.filter((p) => !p.endsWith(":read"));
    for (const p of writes) expect(can("viewer", p)).toBe(false);
  });

  it("lowerRole picks the less powerful role", () => {
    expect(lowerRole("owner", "member")).toBe("member");
    expect(lowerRole("viewer", "manager")).toBe("viewer");
    expect(lowerRole("manager", "manager")).toBe("manager");
  });
});
