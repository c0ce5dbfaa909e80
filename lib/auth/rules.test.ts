import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { Caller } from "./caller";
import { ROLE_RANK, ROLES, type Role } from "./permissions";
import {
  assertCanAssignRole,
  assertCanLeaveWorkspace,
  assertCanManageMember,
  assertCanSetAccessUntil,
  assertAccessUntilFitsRole,
  suspendRule,
  LAST_OWNER_SUSPEND_REASON,
  assertCanRestore,
  assertNotLastOwner,
  assertNotPersonal,
  assertMayLeave,
  assertPerson,
  assertTokenExpiryNotExtended,
  assertTokenRole,
  assertTokenRoleNotRaised,
  LAST_OWNER_LEAVE_REASON,
  leaveWorkspaceRule,
  defaultTokenRole,
  leaveRefusal,
  memberControls,
  mintedTokenExpiry,
  RESTORE_WINDOW_MINUTES,
  restoreRule,
  serviceAccountRoleOptions,
  tokenRoleOptions,
  requireSsoRule,
  ssoRoleFor,
  assertScimMayEndAccess,
  scimGroupRole,
} from "./rules";

function catchAppError(fn: () => void): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error("expected an AppError");
}

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
    // A suspended owner is not an active one: changing or removing it never leaves the workspace without one.
    expect(code(() => assertNotLastOwner(1, "owner", false))).toBeNull();
  });
});

describe("assertNotPersonal", () => {
  it("refuses personal workspaces", () => {
    expect(code(() => assertNotPersonal({ personal: true }, "deleted"))).toBe("FORBIDDEN");
    expect(code(() => assertNotPersonal({ personal: false }, "deleted"))).toBeNull();
  });
});

describe("memberControls: what a viewer may do to one member row", () => {
  const viewer = (role: Role) => ({ userId: "me", role });
  const target = (role: Role, serviceAccount = false) => ({ userId: "them", role, serviceAccount });

  it("an owner changes, removes and transfers to anyone but the last owner", () => {
    expect(memberControls(viewer("owner"), target("member"), 1)).toEqual({
      roleOptions: ["owner", "manager", "member", "viewer"],
      canChangeRole: true,
      canRemove: true,
      canTransferOwnership: true,
      canSuspend: true,
      suspendReason: null,
      canReactivate: false,
      canSetAccessUntil: true,
    });
    expect(memberControls(viewer("owner"), target("owner"), 2)).toMatchObject({ canChangeRole: true, canRemove: true, canTransferOwnership: false });
    expect(memberControls(viewer("owner"), target("owner"), 1)).toMatchObject({ canRemove: false });
  });
  it("a manager manages non-owners with manager, member and viewer, and never transfers", () => {
    expect(memberControls(viewer("manager"), target("viewer"), 1)).toEqual({
      roleOptions: ["manager", "member", "viewer"],
      canChangeRole: true,
      canRemove: true,
      canTransferOwnership: false,
      canSuspend: true,
      suspendReason: null,
      canReactivate: false,
      canSetAccessUntil: true,
    });
    expect(memberControls(viewer("manager"), target("owner"), 3)).toMatchObject({ canChangeRole: false, canRemove: false });
  });
  it("members and viewers manage nobody", () => {
    for (const role of ["member", "viewer"] as const) {
      expect(memberControls(viewer(role), target("viewer"), 1)).toMatchObject({ roleOptions: [], canChangeRole: false, canRemove: false, canTransferOwnership: false });
    }
  });
  it("yourself: only an owner steps down while another owner remains; nobody removes or transfers to themselves", () => {
    const self = { userId: "me", role: "owner" as const, serviceAccount: false };
    expect(memberControls(viewer("owner"), self, 2)).toMatchObject({ canChangeRole: true, canRemove: false, canTransferOwnership: false });
    expect(memberControls(viewer("owner"), self, 1)).toMatchObject({ canChangeRole: false });
    expect(memberControls(viewer("manager"), { ...self, role: "manager" }, 2)).toMatchObject({ canChangeRole: false, canRemove: false });
  });
  it("ownership never goes to a service account; an unknown owner count counts an owner as the last one", () => {
    expect(memberControls(viewer("owner"), target("manager", true), 1).canTransferOwnership).toBe(false);
    expect(memberControls(viewer("owner"), target("owner")).canRemove).toBe(false);
    expect(memberControls(viewer("owner"), target("manager", true)).canRemove).toBe(true);
  });
  it("suspend: an active member the viewer manages; the last active owner shows Suspend disabled with the reason", () => {
    expect(memberControls(viewer("owner"), target("owner"), 2)).toMatchObject({ canSuspend: true, suspendReason: null, canReactivate: false });
    expect(memberControls(viewer("owner"), target("owner"), 1)).toMatchObject({ canSuspend: true, suspendReason: LAST_OWNER_SUSPEND_REASON });
    expect(memberControls(viewer("owner"), target("owner"))).toMatchObject({ suspendReason: LAST_OWNER_SUSPEND_REASON });
    expect(memberControls(viewer("manager"), target("owner"), 3)).toMatchObject({ canSuspend: false, suspendReason: null, canReactivate: false });
    expect(memberControls(viewer("manager"), target("manager", true), 1)).toMatchObject({ canSuspend: true, suspendReason: null });
    for (const role of ["member", "viewer"] as const) {
      expect(memberControls(viewer(role), target("viewer"), 1)).toMatchObject({ canSuspend: false, suspendReason: null, canReactivate: false, canSetAccessUntil: false });
    }
    expect(memberControls(viewer("owner"), { userId: "me", role: "owner", serviceAccount: false }, 3)).toMatchObject({ canSuspend: false, suspendReason: null, canSetAccessUntil: false });
  });
  it("reactivate: an inactive (suspended or ended) member the viewer manages; an inactive member is never made owner by transfer", () => {
    const suspended = (role: Role) => ({ ...target(role), active: false });
    expect(memberControls(viewer("owner"), suspended("owner"), 1)).toMatchObject({ canSuspend: false, suspendReason: null, canReactivate: true, canRemove: true });
    expect(memberControls(viewer("manager"), suspended("member"), 1)).toMatchObject({ canSuspend: false, canReactivate: true });
    expect(memberControls(viewer("manager"), suspended("owner"), 1)).toMatchObject({ canReactivate: false });
    expect(memberControls(viewer("member"), suspended("viewer"), 1)).toMatchObject({ canReactivate: false });
    expect(memberControls(viewer("owner"), suspended("member"), 1).canTransferOwnership).toBe(false);
  });
  it("access until: a non-owner the viewer manages, never an owner, never yourself", () => {
    expect(memberControls(viewer("owner"), target("manager"), 1).canSetAccessUntil).toBe(true);
    expect(memberControls(viewer("owner"), target("owner"), 3).canSetAccessUntil).toBe(false);
    expect(memberControls(viewer("manager"), target("manager"), 1).canSetAccessUntil).toBe(true);
    expect(memberControls(viewer("manager"), target("owner"), 3).canSetAccessUntil).toBe(false);
    expect(memberControls(viewer("manager"), { userId: "me", role: "manager", serviceAccount: false }, 1).canSetAccessUntil).toBe(false);
  });
});

describe("token and service-account role options", () => {
  it("a token's role is at most its creator's and its holder's", () => {
    expect(tokenRoleOptions("owner")).toEqual(["owner", "manager", "member", "viewer"]);
    expect(tokenRoleOptions("member")).toEqual(["member", "viewer"]);
    expect(tokenRoleOptions("owner", "member")).toEqual(["member", "viewer"]);
    expect(tokenRoleOptions("manager", "viewer")).toEqual(["viewer"]);
  });
  it("assertTokenRole refuses a ceiling above the creator's role, with a field error", () => {
    expect(code(() => assertTokenRole("member", "member"))).toBeNull();
    expect(code(() => assertTokenRole("member", "manager"))).toBe("FORBIDDEN");
  });
  it("a service account gets what its creator may assign, never owner", () => {
    expect(serviceAccountRoleOptions("owner")).toEqual(["manager", "member", "viewer"]);
    expect(serviceAccountRoleOptions("manager")).toEqual(["manager", "member", "viewer"]);
    expect(serviceAccountRoleOptions("member")).toEqual([]);
  });
});

describe("assertPerson: acting as a person outside one workspace", () => {
  const session: Caller = { userId: "u", label: "u", kind: "user" };
  const personalToken: Caller = { userId: "u", label: "u", kind: "token", tokenId: "t", workspaceId: null };
  const workspaceToken: Caller = { userId: "u", label: "u", kind: "token", tokenId: "t", workspaceId: "w" };

  it("account: a session or a personal access token, never a workspace token", () => {
    expect(code(() => assertPerson(session, "account", "no"))).toBeNull();
    expect(code(() => assertPerson(personalToken, "account", "no"))).toBeNull();
    expect(code(() => assertPerson(workspaceToken, "account", "no"))).toBe("FORBIDDEN");
  });
  it("interactive (joining by auto-join or link, the profile, deleting the account): only the signed-in person", () => {
    expect(code(() => assertPerson(session, "interactive", "no"))).toBeNull();
    expect(code(() => assertPerson(personalToken, "interactive", "no"))).toBe("FORBIDDEN");
    expect(code(() => assertPerson(workspaceToken, "interactive", "no"))).toBe("FORBIDDEN");
  });
});

describe("updating a token only narrows it", () => {
  it("assertTokenRoleNotRaised: at most the token's current role and the updater's own", () => {
    for (const current of ROLES) {
      for (const updater of ROLES) {
        for (const next of ROLES) {
          const allowed = ROLE_RANK[next] <= Math.min(ROLE_RANK[current], ROLE_RANK[updater]);
          expect(code(() => assertTokenRoleNotRaised(updater, current, next)), `${updater} sets ${current} -> ${next}`).toBe(allowed ? null : "FORBIDDEN");
        }
      }
    }
  });
  it("says which limit it hit, with a field error on role", () => {
    const raised = catchAppError(() => assertTokenRoleNotRaised("owner", "member", "manager"));
    expect(raised.message).toMatch(/can only be lowered; this one is Member/);
    expect(raised.fieldErrors).toEqual({ role: ["Choose Member or lower."] });
    const aboveSelf = catchAppError(() => assertTokenRoleNotRaised("member", "owner", "manager"));
    expect(aboveSelf.message).toMatch(/higher than your own role \(Member\)/);
  });
  it("assertTokenExpiryNotExtended: sooner or the same, never later; a token that never expires may get an expiry", () => {
    const now = new Date("2030-01-01T00:00:00Z");
    const later = new Date("2030-02-01T00:00:00Z");
    expect(code(() => assertTokenExpiryNotExtended(later, now))).toBeNull();
    expect(code(() => assertTokenExpiryNotExtended(later, later))).toBeNull();
    expect(code(() => assertTokenExpiryNotExtended(now, later))).toBe("FORBIDDEN");
    expect(catchAppError(() => assertTokenExpiryNotExtended(now, later)).fieldErrors).toHaveProperty("expiresAt");
    expect(code(() => assertTokenExpiryNotExtended(null, later))).toBeNull();
  });
});

describe("mintedTokenExpiry: a token never outlives the token that created it", () => {
  const soon = new Date("2030-01-01T00:00:00Z");
  const later = new Date("2031-01-01T00:00:00Z");
  const session: Caller = { userId: "u", label: "u", kind: "user" };
  const token = (tokenExpiresAt: Date | null): Caller => ({ userId: "u", label: "u", kind: "token", tokenId: "t", tokenExpiresAt });
  it("a person signed in gets what they asked for", () => {
    expect(mintedTokenExpiry(session, later)).toEqual(later);
    expect(mintedTokenExpiry(session, null)).toBeNull();
  });
  it("through a token: the earlier of the request and the token's own expiry (never: the token's)", () => {
    expect(mintedTokenExpiry(token(soon), later)).toEqual(soon);
    expect(mintedTokenExpiry(token(soon), null)).toEqual(soon);
    expect(mintedTokenExpiry(token(later), soon)).toEqual(soon);
    expect(mintedTokenExpiry(token(null), null)).toBeNull();
    expect(mintedTokenExpiry(token(null), soon)).toEqual(soon);
  });
});

describe("assertMayLeave", () => {
  it("a person leaves, signed in or through a token; a service account never", () => {
    expect(code(() => assertMayLeave({ userId: "u", label: "u", kind: "user" }))).toBeNull();
    expect(code(() => assertMayLeave({ userId: "u", label: "u", kind: "token", tokenId: "t", serviceAccount: false }))).toBeNull();
    expect(code(() => assertMayLeave({ userId: "sa", label: "bot", kind: "token", tokenId: "t", serviceAccount: true }))).toBe("FORBIDDEN");
  });
});

describe("leaveWorkspaceRule: who may leave a workspace", () => {
  const shared = { personal: false };
  it("refuses the last owner, with the reason the switcher shows", () => {
    expect(leaveWorkspaceRule(shared, "owner", 1)).toEqual({ allowed: false, code: "LAST_OWNER", reason: LAST_OWNER_LEAVE_REASON });
    expect(leaveWorkspaceRule(shared, "owner", 0)).toMatchObject({ allowed: false, code: "LAST_OWNER" });
    expect(code(() => assertCanLeaveWorkspace(shared, "owner", 1))).toBe("LAST_OWNER");
  });
  it("counts an owner as the last one when the count is unknown (the safe side)", () => {
    expect(leaveWorkspaceRule(shared, "owner")).toMatchObject({ allowed: false, code: "LAST_OWNER" });
  });
  it("lets an owner leave while another owner remains, and every other role always", () => {
    expect(leaveWorkspaceRule(shared, "owner", 2)).toEqual({ allowed: true });
    for (const role of ["manager", "member", "viewer"] as const) {
      expect(leaveWorkspaceRule(shared, role, 1)).toEqual({ allowed: true });
      expect(leaveWorkspaceRule(shared, role)).toEqual({ allowed: true });
      expect(code(() => assertCanLeaveWorkspace(shared, role, 0))).toBeNull();
    }
  });
  it("refuses everyone in a personal workspace", () => {
    for (const role of ROLES) {
      expect(leaveWorkspaceRule({ personal: true }, role, 5)).toMatchObject({ allowed: false, code: "FORBIDDEN" });
      expect(code(() => assertCanLeaveWorkspace({ personal: true }, role, 5))).toBe("FORBIDDEN");
    }
  });
});

describe("leaveRefusal / assertCanLeaveWorkspace", () => {
  const shared = { personal: false };
  it("nobody leaves their personal workspace (FORBIDDEN)", () => {
    for (const role of ROLES) {
      expect(leaveRefusal({ personal: true }, role, 1)).toBe("personal");
      expect(code(() => assertCanLeaveWorkspace({ personal: true }, role, 1))).toBe("FORBIDDEN");
    }
  });
  it("the last owner of a shared workspace may not leave (LAST_OWNER); with another owner they may", () => {
    expect(leaveRefusal(shared, "owner", 1)).toBe("last-owner");
    expect(code(() => assertCanLeaveWorkspace(shared, "owner", 1))).toBe("LAST_OWNER");
    expect(leaveRefusal(shared, "owner", 2)).toBeNull();
    expect(code(() => assertCanLeaveWorkspace(shared, "owner", 2))).toBeNull();
  });
  it("every other role may leave a shared workspace, whatever the owner count", () => {
    for (const role of ["manager", "member", "viewer"] as const) {
      expect(leaveRefusal(shared, role, 0)).toBeNull();
      expect(code(() => assertCanLeaveWorkspace(shared, role, 1))).toBeNull();
    }
  });
});

describe("defaultTokenRole: least privilege by default", () => {
  it("starts on member whenever it is offered, never on owner", () => {
    expect(defaultTokenRole(["owner", "manager", "member", "viewer"])).toBe("member");
    expect(defaultTokenRole(["manager", "member", "viewer"])).toBe("member");
  });
  it("takes the highest role below member, else the only one offered", () => {
    expect(defaultTokenRole(["viewer"])).toBe("viewer");
    expect(defaultTokenRole(["owner", "manager"])).toBe("owner");
    expect(defaultTokenRole([])).toBeUndefined();
  });
});

describe("restoreRule: undoing a revocation", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  const later = new Date(now.getTime() + 86400_000);

  it("allows a revocation within the window of an invitation or link that would still work", () => {
    expect(restoreRule("invitation", { revokedAt: ago(0), expiresAt: later }, now)).toEqual({ allowed: true });
    expect(restoreRule("invite link", { revokedAt: ago(RESTORE_WINDOW_MINUTES), expiresAt: null, maxUses: 5, useCount: 4 }, now)).toEqual({ allowed: true });
    expect(code(() => assertCanRestore("invite link", { revokedAt: ago(1), expiresAt: null, maxUses: null, useCount: 99 }, now))).toBeNull();
  });

  it("refuses after the window, naming it", () => {
    const rule = restoreRule("invitation", { revokedAt: ago(RESTORE_WINDOW_MINUTES + 0.1), expiresAt: later }, now);
    expect(rule).toEqual({ allowed: false, reason: expect.stringContaining(`more than ${RESTORE_WINDOW_MINUTES} minutes ago`) });
    expect(code(() => assertCanRestore("invitation", { revokedAt: ago(60), expiresAt: later }, now))).toBe("CONFLICT");
  });

  it("refuses what would not work if restored: expired (at the instant too) or used up", () => {
    expect(restoreRule("invitation", { revokedAt: ago(1), expiresAt: now }, now)).toEqual({ allowed: false, reason: expect.stringContaining("has expired") });
    expect(restoreRule("invite link", { revokedAt: ago(1), expiresAt: later, maxUses: 3, useCount: 3 }, now)).toEqual({
      allowed: false,
      reason: expect.stringContaining("no uses left"),
    });
    expect(code(() => assertCanRestore("invite link", { revokedAt: ago(1), expiresAt: ago(0.5) }, now))).toBe("CONFLICT");
  });
});

describe("single sign-on rules", () => {
  const connection = { defaultRole: "member" as const, groupRoles: [{ group: "admins", role: "manager" as const }, { group: "readers", role: "viewer" as const }] };

  it("ssoRoleFor: the highest mapped role among the person's groups, else the default role", () => {
    expect(ssoRoleFor(connection, ["readers", "admins"])).toBe("manager");
    expect(ssoRoleFor(connection, ["readers"])).toBe("viewer");
    expect(ssoRoleFor(connection, ["unmapped"])).toBe("member");
    expect(ssoRoleFor(connection)).toBe("member");
  });

  it("requireSsoRule: only a connection that is on, tested since its last change, with a DNS-verified domain", () => {
    expect(requireSsoRule({ enabled: true, testedAt: new Date() }, 1)).toEqual({ allowed: true });
    expect(requireSsoRule({ enabled: false, testedAt: new Date() }, 1)).toMatchObject({ allowed: false, reason: expect.stringMatching(/Turn the connection on/) });
    expect(requireSsoRule({ enabled: true, testedAt: null }, 1)).toMatchObject({ allowed: false, reason: expect.stringMatching(/Test the connection/) });
    expect(requireSsoRule({ enabled: true, testedAt: new Date() }, 0)).toMatchObject({ allowed: false, reason: expect.stringMatching(/Verify a domain/) });
  });
});

describe("suspendRule", () => {
  const owner = { userId: "o", role: "owner" as const };
  const manager = { userId: "m", role: "manager" as const };
  const t = (role: "owner" | "manager" | "member" | "viewer", active = true, userId = "t") => ({ userId, role, active });
  it("owners suspend anyone but the last active owner; managers non-owners; nobody themselves; members and viewers nobody", () => {
    expect(suspendRule(owner, t("owner"), 2)).toEqual({ allowed: true });
    expect(suspendRule(owner, t("owner"), 1)).toMatchObject({ allowed: false, code: "LAST_OWNER" });
    expect(suspendRule(owner, t("owner", false), 1)).toEqual({ allowed: true });
    expect(suspendRule(manager, t("manager"), 1)).toEqual({ allowed: true });
    expect(suspendRule(manager, t("owner"), 3)).toMatchObject({ allowed: false, code: "FORBIDDEN" });
    expect(suspendRule(owner, t("owner", true, "o"), 3)).toMatchObject({ allowed: false, code: "FORBIDDEN" });
    expect(suspendRule({ userId: "x", role: "member" }, t("viewer"), 1)).toMatchObject({ allowed: false, code: "FORBIDDEN" });
    expect(suspendRule({ userId: "x", role: "viewer" }, t("viewer"), 1)).toMatchObject({ allowed: false, code: "FORBIDDEN" });
  });
});

describe("assertCanSetAccessUntil and assertAccessUntilFitsRole", () => {
  const soon = new Date(Date.now() + 60_000);
  it("never on an owner, never on yourself, managers only on non-owners", () => {
    expect(code(() => assertCanSetAccessUntil({ userId: "o", role: "owner" }, { userId: "t", role: "member" }, soon))).toBeNull();
    expect(code(() => assertCanSetAccessUntil({ userId: "o", role: "owner" }, { userId: "t", role: "owner" }, soon))).toBe("VALIDATION");
    expect(code(() => assertCanSetAccessUntil({ userId: "o", role: "owner" }, { userId: "t", role: "owner" }, null))).toBeNull();
    expect(code(() => assertCanSetAccessUntil({ userId: "m", role: "manager" }, { userId: "m", role: "manager" }, soon))).toBe("FORBIDDEN");
    expect(code(() => assertCanSetAccessUntil({ userId: "m", role: "manager" }, { userId: "t", role: "owner" }, null))).toBe("FORBIDDEN");
    expect(code(() => assertCanSetAccessUntil({ userId: "x", role: "member" }, { userId: "t", role: "viewer" }, soon))).toBe("FORBIDDEN");
    expect(code(() => assertAccessUntilFitsRole("owner", soon))).toBe("VALIDATION");
    expect(code(() => assertAccessUntilFitsRole("manager", soon))).toBeNull();
    expect(code(() => assertAccessUntilFitsRole("owner", null))).toBeNull();
  });
});

describe("SCIM rules", () => {
  const connection = { defaultRole: "viewer" as const, groupRoles: [{ group: "admins", role: "manager" as const }] };

  it("assertScimMayEndAccess: anyone, owners too, but never the last active owner", () => {
    expect(() => assertScimMayEndAccess({ role: "owner", active: true }, 2)).not.toThrow();
    expect(() => assertScimMayEndAccess({ role: "manager", active: true }, 0)).not.toThrow();
    expect(() => assertScimMayEndAccess({ role: "owner", active: false }, 1)).not.toThrow();
    expect(() => assertScimMayEndAccess({ role: "owner", active: true }, 1)).toThrow(expect.objectContaining({ code: "LAST_OWNER" }));
  });

  it("scimGroupRole: the mapped role of the member's groups, else the default role; never touches an owner", () => {
    expect(scimGroupRole(connection, "member", ["admins"])).toBe("manager");
    expect(scimGroupRole(connection, "manager", [])).toBe("viewer");
    expect(scimGroupRole(null, "viewer", ["admins"])).toBe("member");
    expect(scimGroupRole(connection, "owner", ["admins"])).toBeNull();
  });
});
