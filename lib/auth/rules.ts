import type { Role } from "@/db/schema";
import { AppError, forbidden } from "@/lib/errors";

/** The roles `actorRole` may hand out: an owner any, a manager manager/member/viewer, others none. */
export function assignableRoles(actorRole: Role): Role[] {
  if (actorRole === "owner") return ["owner", "manager", "member", "viewer"];
  if (actorRole === "manager") return ["manager", "member", "viewer"];
  return [];
}

/** Whether `actorRole` may change or remove a member holding `targetRole` (the UI shows controls only then). */
export function canManageMember(actorRole: Role, targetRole: Role): boolean {
  return actorRole === "owner" || (actorRole === "manager" && targetRole !== "owner");
}

/** Only an owner grants, changes or removes the owner role; a manager assigns manager, member or viewer. */
export function assertCanAssignRole(actorRole: Role, newRole: Role): void {
  if (assignableRoles(actorRole).includes(newRole)) return;
  throw forbidden(
    actorRole === "manager" ? "Only an owner can grant the owner role." : "You do not have permission to assign roles.",
  );
}

/** Owners act on anyone; managers only on non-owners; members and viewers on nobody. */
export function assertCanManageMember(actorRole: Role, targetRole: Role): void {
  if (canManageMember(actorRole, targetRole)) return;
  throw forbidden(actorRole === "manager" ? "Only an owner can change or remove an owner." : "You do not have permission to manage members.");
}

/** A shared workspace always keeps at least one owner. */
export function assertNotLastOwner(ownerCount: number, targetRole: Role): void {
  if (targetRole === "owner" && ownerCount <= 1) {
    throw new AppError(
      "LAST_OWNER",
      "A workspace must keep at least one owner. Transfer ownership to another member or delete the workspace.",
    );
  }
}

/** A personal workspace can never be deleted, left or shared. */
export function assertNotPersonal(workspace: { personal: boolean }, what: string): void {
  if (workspace.personal) throw forbidden(`A personal workspace cannot be ${what}.`);
}
