import { ROLE_LABELS } from "@/lib/auth/roles";
import type { TokenRow } from "@/lib/tokens/token-row";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { ACTIONS_COLUMN, Cell, Table } from "@/components/ui/table";
import { RevokeTokenButton } from "./revoke-token-button";

function Time({ date, now, fallback }: { date: Date | null; now: Date; fallback: string }) {
  if (!date) return <span className="text-zinc-500 dark:text-zinc-400">{fallback}</span>;
  return <RelativeTime date={date} now={now} />;
}

/** API tokens: name and prefix, holder, role, created, expires, last used, and a revoke button where allowed. */
export function TokensTable({
  tokens,
  slug,
  showHolder,
  canRevoke,
  emptyText,
}: {
  tokens: TokenRow[];
  slug?: string;
  showHolder: boolean;
  canRevoke: (t: TokenRow) => boolean;
  emptyText: string;
}) {
  if (tokens.length === 0) {
    return <EmptyState>{emptyText}</EmptyState>;
  }
  const now = new Date();
  return (
    <Table columns={["Token", ...(showHolder ? ["Holder"] : []), ...(slug ? ["Role"] : []), "Created", "Expires", "Last used", ACTIONS_COLUMN]}>
          {tokens.map((t) => {
            const expired = t.expiresAt !== null && t.expiresAt <= now;
            return (
              <tr key={t.id} data-testid={`token-row-${t.name}`}>
                <td>
                  <span className="block font-medium wrap-anywhere">{t.name}</span>
                  <span className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">{t.displayPrefix}…</span>
                </td>
                {showHolder && (
                  <Cell label="Holder">
                    <span className="flex min-w-0 flex-wrap items-center gap-1.5">
                      <span className="max-w-56 truncate">{t.holderLabel}</span>
                      {t.holderServiceAccount && <Badge tone="indigo">Service account</Badge>}
                    </span>
                  </Cell>
                )}
                {slug && <Cell label="Role">{t.role ? ROLE_LABELS[t.role] : "—"}</Cell>}
                <Cell label="Created" className="cell-date">
                  <Time date={t.createdAt} now={now} fallback="—" />
                </Cell>
                <Cell label="Expires" className="cell-date">
                  {expired ? <Badge tone="red">Expired</Badge> : <Time date={t.expiresAt} now={now} fallback="Never" />}
                </Cell>
                <Cell label="Last used" className="cell-date">
                  <Time date={t.lastUsedAt} now={now} fallback="Never used" />
                </Cell>
                <td className="text-right">{canRevoke(t) && <RevokeTokenButton slug={slug} tokenId={t.id} name={t.name} />}</td>
              </tr>
            );
          })}
    </Table>
  );
}
