import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import type { MemberStatus } from "@/lib/members/schemas";
import { buttonVariants } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { Input } from "@/components/ui/input";
import { searchIcon, xIcon } from "@/components/shell/icons";
import { MemberSearchForm } from "./member-search-form";

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const STATUS_OPTIONS = [
  { value: "active", label: "Active" },
  { value: "suspended", label: "Suspended" },
];

type Props = {
  /** The members page's path, where the search form submits. */
  path: string;
  q: string;
  role?: Role;
  status?: MemberStatus;
  /** The page without the search text (the other filters kept): the clear button's link. */
  clearSearchHref: string;
  total: number;
  /** The invitations page, when the viewer may invite. */
  inviteHref?: string;
};

/** The members page's toolbar, rendered on the server: search, the role and status filters (each submits at once), the count, Invite. */
export function MemberToolbar({ path, q, role, status, clearSearchHref, total, inviteHref }: Props) {
  const filtered = Boolean(q || role || status);
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <MemberSearchForm path={path}>
        <div className="relative w-full min-w-0 sm:w-auto sm:flex-1">
          {searchIcon}
          <Input name="q" defaultValue={q} placeholder="Search by name or email" aria-label="Search members" className={q ? "px-9" : "pl-9"} />
          {q && (
            <a
              href={clearSearchHref}
              aria-label="Clear search"
              className="absolute right-1.5 top-1.5 grid size-7 place-items-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-zinc-500 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
            >
              {xIcon}
            </a>
          )}
        </div>
        <FilterSelect key={role ?? ""} name="role" label="Filter by role" value={role} allLabel="All roles" options={ROLE_OPTIONS} />
        <FilterSelect key={`status:${status ?? ""}`} name="status" label="Filter by status" value={status} allLabel="All statuses" options={STATUS_OPTIONS} />
      </MemberSearchForm>
      <div className="flex items-center gap-3">
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="member-count">
          {total.toLocaleString("en-US")} {filtered ? "matching" : ""} {total === 1 ? "member" : "members"}
        </p>
        {inviteHref && (
          <a className={buttonVariants({ size: "sm" })} href={inviteHref}>Invite</a>
        )}
      </div>
    </div>
  );
}
