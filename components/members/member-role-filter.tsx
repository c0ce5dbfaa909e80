"use client";

import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";

/** The members page's role filter: part of its search form, which it submits when a role is picked. */
export function MemberRoleFilter({ role }: { role?: Role }) {
  return (
    <select
      name="role"
      aria-label="Filter by role"
      defaultValue={role ?? ""}
      className="role-select h-10"
      onChange={(e) => e.currentTarget.form?.requestSubmit()}
    >
      <option value="">All roles</option>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]}
        </option>
      ))}
    </select>
  );
}
