import type { Metadata } from "next";
import Link from "next/link";
import { Search } from "lucide-react";
import { MembersTable } from "@/components/members/members-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { can } from "@/lib/auth/permissions";
import { requirePageMembership } from "@/lib/session/require-page-membership";
import { listMembers } from "@/lib/members/list-members";
import { listMembersSchema } from "@/lib/members/schemas";

export const metadata: Metadata = { title: "Members" };

const PAGE_SIZE = 25;

export default async function MembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const sp = await searchParams;
  const parsed = listMembersSchema.safeParse({ q: typeof sp.q === "string" ? sp.q : "", page: typeof sp.page === "string" ? sp.page : 1 });
  const { q, page } = parsed.success ? parsed.data : { q: "", page: 1 };
  const { membership, user, caller } = await requirePageMembership(slug);
  const { workspace, role } = membership;
  const result = await listMembers(caller, slug, { q, page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const href = (p: number) => `/w/${slug}/settings/members?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <form role="search" className="relative w-full max-w-sm" action={`/w/${slug}/settings/members`}>
          <Search className="pointer-events-none absolute left-3 top-3 size-4 text-zinc-500" aria-hidden />
          <Input name="q" defaultValue={q} placeholder="Search by name or email" aria-label="Search members" className="pl-9" />
        </form>
        <div className="flex items-center gap-3">
          <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="member-count">
            {result.total.toLocaleString("en-US")} {q ? "matching" : ""} {result.total === 1 ? "member" : "members"}
          </p>
          {can(role, "invitations:manage") && !workspace.personal && (
            <Button asChild size="sm">
              <Link href={`/w/${slug}/settings/invitations`}>Invite</Link>
            </Button>
          )}
        </div>
      </div>
      {result.members.length === 0 ? (
        <EmptyState>
          {q ? `No member matches “${q}”.` : "No members on this page."}
        </EmptyState>
      ) : (
        <MembersTable
          key={`${q}:${page}:${result.members.map((m) => `${m.userId}:${m.role}`).join(",")}`}
          slug={slug}
          viewerRole={role}
          viewerId={user.id}
          members={result.members}
          ownerCount={result.ownerCount}
        />
      )}
      {pages > 1 && (
        <nav aria-label="Pagination" className="flex items-center justify-between text-sm">
          <span className="text-zinc-600 dark:text-zinc-400">
            Page {page} of {pages}
          </span>
          <div className="flex gap-2">
            {page > 1 ? (
              <Button asChild variant="secondary" size="sm"><Link href={href(page - 1)}>Previous</Link></Button>
            ) : null}
            {page < pages ? (
              <Button asChild variant="secondary" size="sm"><Link href={href(page + 1)}>Next</Link></Button>
            ) : null}
          </div>
        </nav>
      )}
    </div>
  );
}
