"use client";

import type { MemberStatus } from "@/lib/members/schemas";

/** The members page's status filter, next to its role filter: part of the search form, submitted when picked. */
export function MemberStatusFilter({ status }: { status?: MemberStatus }) {
  return (
    <select
      name="status"
      aria-label="Filter by status"
      defaultValue={status ?? ""}
      className="role-select h-10"
      onChange={(e) => e.currentTarget.form?.requestSubmit()}
    >
      <option value="">All statuses</option>
      <option value="active">Active</option>
      <option value="suspended">Suspended</option>
    </select>
  );
}
