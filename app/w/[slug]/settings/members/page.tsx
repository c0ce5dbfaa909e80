import type { Metadata } from "next";
import { LazyJoinRequestsSection } from "@/components/join-requests/lazy-join-requests-section";
import { MembersTable } from "@/components/members/members-table";
import { MemberToolbar } from "@/components/members/member-toolbar";
import { packMemberRows } from "@/components/members/packed-member-rows";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { can, ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { assignableRoles } from "@/lib/auth/rules";
import { listJoinRequests } from "@/lib/join-requests/list-join-requests";
import { requirePageMembership } from "@/lib/session/require-page-membership";
import { listMembers } from "@/lib/members/list-members";
import { listMembersSchema, type MemberStatus } from "@/lib/members/schemas";

export const metadata: Metadata = { title: "Members" };

const PAGE_SIZE = 25;

type SearchParams = Record<string, string | string[] | undefined>;

/** The page's query (`q`, `role`, `status`, `page`), validated by the domain's schema; an invalid value is left out, not the others with it. */
function memberQuery(sp: SearchParams): { q: string; role?: Role; status?: MemberStatus; page: number } {
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const raw = { q: one(sp.q) ?? "", role: one(sp.role) || undefined, status: one(sp.status) || undefined, page: one(sp.page) ?? 1 };
  const parsed = listMembersSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const invalid = new Set(parsed.error.issues.map((issue) => issue.path[0]));
  return listMembersSchema.parse(Object.fromEntries(Object.entries(raw).filter(([key]) => !invalid.has(key))));
}

function emptyText(q: string, role?: Role, status?: MemberStatus): string {
  if (status === "suspended" && !q && !role) return "No member is suspended.";
  if (status) return q ? `No ${status} member matches “${q}”.` : `No ${status} member${role ? ` has the ${ROLE_LABELS[role]} role` : " on this page"}.`;
  if (role && q) return `No ${ROLE_LABELS[role].toLowerCase()} matches “${q}”.`;
  if (role) return `No member has the ${ROLE_LABELS[role]} role.`;
  return q ? `No member matches “${q}”.` : "No members on this page.";
}

export default async function MembersPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }) {
  const { slug } = await params;
  const { q, role, status, page } = memberQuery(await searchParams);
  const { membership, user, caller, header } = await requirePageMembership(slug);
  const { workspace, role: viewerRole } = membership;
  // The page context already counted the pending requests (0 for a role that may not answer them): no statement without one.
  const [result, joinRequests] = await Promise.all([
    listMembers(caller, slug, { q, role, status, page, pageSize: PAGE_SIZE }),
    header.pendingJoinRequests > 0 && can(viewerRole, "join-requests:manage") ? listJoinRequests(caller, slug) : [],
  ]);
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const path = `/w/${slug}/settings/members`;
  const href = (query: { q?: string; role?: Role; status?: MemberStatus; page?: number }) => {
    const search = new URLSearchParams({
      ...(query.q ? { q: query.q } : {}),
      ...(query.role ? { role: query.role } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.page && query.page > 1 ? { page: String(query.page) } : {}),
    }).toString();
    return search ? `${path}?${search}` : path;
  };
  const filtered = Boolean(q || role || status);

  return (
    <div className="space-y-4">
      {joinRequests.length > 0 && <LazyJoinRequestsSection slug={slug} requests={joinRequests} roles={assignableRoles(viewerRole)} now={new Date()} />}
      <MemberToolbar
        path={path}
        q={q}
        role={role}
        status={status}
        clearSearchHref={href({ role, status })}
        total={result.total}
        inviteHref={can(viewerRole, "invitations:manage") && !workspace.personal ? `/w/${slug}/settings/invitations` : undefined}
      />
      {result.members.length === 0 ? (
        <EmptyState>
          {emptyText(q, role, status)}
          {filtered && (
            <>
              {" "}
              <a href={path} className="font-medium text-zinc-900 underline underline-offset-2 dark:text-zinc-100">
                Show every member
              </a>
            </>
          )}
        </EmptyState>
      ) : (
        <MembersTable
          key={`${q}:${role ?? ""}:${status ?? ""}:${page}`}
          slug={slug}
          viewerRole={viewerRole}
          viewerId={user.id}
          rows={packMemberRows(result.members)}
          ownerCount={result.ownerCount}
          now={new Date()}
        />
      )}
      {pages > 1 && (
        <nav aria-label="Pagination" className="flex items-center justify-between text-sm">
          <span className="text-zinc-600 dark:text-zinc-400">
            Page {page} of {pages}
          </span>
          <div className="flex gap-2">
            {page > 1 ? (
              <a className={buttonVariants({ variant: "secondary", size: "sm" })} href={href({ q, role, status, page: page - 1 })}>Previous</a>
            ) : null}
            {page < pages ? (
              <a className={buttonVariants({ variant: "secondary", size: "sm" })} href={href({ q, role, status, page: page + 1 })}>Next</a>
            ) : null}
          </div>
        </nav>
      )}
    </div>
  );
}
