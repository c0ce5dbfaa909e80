import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { X } from "@/components/ui/icons/x";
import { ActivityExportForm } from "@/components/activity/activity-export-form";
import { ActivityFilters } from "@/components/activity/activity-filters";
import { VerifyChainButton } from "@/components/activity/verify-chain-button";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Cell, Table } from "@/components/ui/table";
import { RelativeTime } from "@/components/ui/relative-time";
import { actionLabel, eventDetail } from "@/lib/activity/describe-event";
import { listActivity, type ActivityPage } from "@/lib/activity/list-activity";
import { ACTIVITY_ACTIONS } from "@/lib/activity/schemas";
import { requirePagePermission } from "@/lib/session/require-page-permission";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Activity" };

const PAGE_SIZE = 50;
const str = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const sp = await searchParams;
  const { caller } = await requirePagePermission(slug, "activity:read");
  const filters = {
    action: str(sp.action),
    actor: str(sp.actor),
    actorLabel: str(sp.actorLabel),
    from: str(sp.from),
    to: str(sp.to),
    q: str(sp.q),
    cursor: str(sp.cursor),
  };
  // What the list and the export filter by (the actor's label is only shown).
  const shared = { action: filters.action, actor: filters.actor, from: filters.from, to: filters.to, q: filters.q };
  let page: ActivityPage = { events: [], nextCursor: null };
  let error: string | undefined;
  try {
    page = await listActivity(caller, slug, { ...shared, cursor: filters.cursor, limit: PAGE_SIZE });
  } catch (e) {
    // The domain refuses roles without activity:read too (a role changed meanwhile): the same explanation.
    if (e instanceof AppError && e.code === "FORBIDDEN") forbidden();
    if (!(e instanceof AppError) || e.code !== "VALIDATION") throw e;
    error = "Those filters are not valid.";
  }
  const base = `/w/${slug}/settings/activity`;
  const href = (q: Record<string, string | undefined>) => {
    const entries = Object.entries(q).filter((e): e is [string, string] => Boolean(e[1]));
    return entries.length ? `${base}?${new URLSearchParams(entries)}` : base;
  };
  const actorFilter = (id: string | null, label: string) => (id ? href({ ...shared, actor: id, actorLabel: label }) : undefined);
  const filtered = Boolean(filters.action || filters.actor || filters.from || filters.to || filters.q);
  const now = new Date();

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <ActivityFilters
          path={base}
          action={filters.action}
          actor={filters.actor}
          actorLabel={filters.actorLabel}
          from={filters.from}
          to={filters.to}
          q={filters.q}
          actions={ACTIVITY_ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))}
        />
        {filters.actor && (
          <p className="flex items-center gap-2 text-sm">
            <span className="text-zinc-600 dark:text-zinc-400">Actor:</span>
            <span className="inline-flex items-center gap-1 rounded-full bg-zinc-200 py-1 pl-3 pr-1 font-medium dark:bg-zinc-800" data-testid="actor-filter">
              {filters.actorLabel ?? filters.actor}
              <a
                href={href({ ...shared, actor: undefined })}
                aria-label="Clear the actor filter"
                className="grid size-5 place-items-center rounded-full hover:bg-zinc-300 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-zinc-500 dark:hover:bg-zinc-700"
              >
                <X className="size-3.5" aria-hidden />
              </a>
            </span>
          </p>
        )}
      </div>

      <div className="flex flex-wrap items-end justify-between gap-3 border-y border-zinc-200 py-3 dark:border-zinc-800">
        <VerifyChainButton slug={slug} />
        <ActivityExportForm slug={slug} filters={shared} />
      </div>

      {error ? (
        <EmptyState>
          {error} <a href={base} className="font-medium underline">Show all activity</a>
        </EmptyState>
      ) : page.events.length === 0 ? (
        <EmptyState>
          {filtered ? "No activity matches these filters." : "No activity yet."}
        </EmptyState>
      ) : (
        <Table columns={["Who", "What", "Target", "When"]}>
              {page.events.map((e) => {
                const detail = eventDetail(e);
                const actorHref = actorFilter(e.actor.id, e.actor.label);
                return (
                  <tr key={e.id} data-testid="activity-row" data-action={e.action}>
                    <td className="align-top">
                      <div className="flex items-start gap-3">
                        <span aria-hidden className="grid size-8 shrink-0 place-items-center rounded-full bg-zinc-200 text-xs font-semibold dark:bg-zinc-800">
                          {e.actor.label.charAt(0).toUpperCase()}
                        </span>
                        <span className="min-w-0 space-y-0.5">
                          <span className="flex flex-wrap items-center gap-1.5">
                            {actorHref ? (
                              <a href={actorHref} className="max-w-64 truncate font-medium hover:underline" title={`Only events by ${e.actor.label}`}>
                                {e.actor.label}
                              </a>
                            ) : (
                              <span className="font-medium">{e.actor.label}</span>
                            )}
                            {e.actor.type === "service_account" && <Badge tone="indigo">Service account</Badge>}
                            {e.actor.type === "system" && <Badge>System</Badge>}
                          </span>
                          {e.actor.token && (
                            <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                              via API token <span className="font-medium">“{e.actor.token.name}”</span>
                            </span>
                          )}
                        </span>
                      </div>
                    </td>
                    <Cell label="What" className="align-top">
                      <span className="block font-medium">{actionLabel(e.action)}</span>
                      <span className="block font-mono text-xs text-zinc-500 dark:text-zinc-400">{e.action}</span>
                    </Cell>
                    <Cell label="Target" className="min-w-0 align-top">
                      {e.target ? <span className="block max-w-72 truncate">{e.target.label ?? e.target.id}</span> : <span className="text-zinc-500">—</span>}
                      {detail && <span className="block text-xs text-zinc-600 dark:text-zinc-400">{detail}</span>}
                    </Cell>
                    <Cell label="When" className="whitespace-nowrap align-top text-zinc-600 dark:text-zinc-400">
                      <RelativeTime date={e.createdAt} now={now} />
                    </Cell>
                  </tr>
                );
              })}
        </Table>
      )}

      {(filters.cursor || page.nextCursor) && (
        <nav aria-label="Pagination" className="flex justify-end gap-2">
          {filters.cursor && (
            <a className={buttonVariants({ variant: "secondary", size: "sm" })} href={href({ ...shared, actorLabel: filters.actorLabel })}>Newest</a>
          )}
          {page.nextCursor && (
            <a className={buttonVariants({ variant: "secondary", size: "sm" })} href={href({ ...shared, actorLabel: filters.actorLabel, cursor: page.nextCursor })}>
                Older events
              </a>
          )}
        </nav>
      )}
    </div>
  );
}
