import { ROLE_LABELS } from "@/lib/auth/permissions";
import { formatDate, formatDateTime, timeAgo } from "@/lib/format-date";
import type { TokenRow } from "@/lib/tokens/token-row";
import { RevokeTokenButton } from "./revoke-token-button";

export function Badge({ children, tone = "zinc" }: { children: React.ReactNode; tone?: "zinc" | "indigo" | "amber" | "red" }) {
  const tones = {
    zinc: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
    indigo: "bg-indigo-100 text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200",
    amber: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
    red: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
  };
  return <span className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}

function Time({ date, fallback }: { date: Date | null; fallback: string }) {
  if (!date) return <span className="text-zinc-500 dark:text-zinc-400">{fallback}</span>;
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)}>
      {formatDate(date)}
    </time>
  );
}

/** API tokens: name and prefix, owner, role, created, expires, last used, and a revoke button where allowed. */
export function TokensTable({
  tokens,
  slug,
  showOwner,
  canRevoke,
  emptyText,
}: {
  tokens: TokenRow[];
  slug?: string;
  showOwner: boolean;
  canRevoke: (t: TokenRow) => boolean;
  emptyText: string;
}) {
  if (tokens.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        {emptyText}
      </p>
    );
  }
  const now = new Date();
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs uppercase tracking-wide text-zinc-600 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">Token</th>
            {showOwner && <th scope="col" className="px-4 py-3 font-medium">Owner</th>}
            {slug && <th scope="col" className="px-4 py-3 font-medium">Role</th>}
            <th scope="col" className="px-4 py-3 font-medium">Created</th>
            <th scope="col" className="px-4 py-3 font-medium">Expires</th>
            <th scope="col" className="px-4 py-3 font-medium">Last used</th>
            <th scope="col" className="px-4 py-3 font-medium"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {tokens.map((t) => {
            const expired = t.expiresAt !== null && t.expiresAt <= now;
            return (
              <tr key={t.id} data-testid={`token-row-${t.name}`}>
                <td className="px-4 py-3">
                  <span className="block font-medium">{t.name}</span>
                  <span className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">{t.displayPrefix}…</span>
                </td>
                {showOwner && (
                  <td className="px-4 py-3">
                    <span className="flex flex-wrap items-center gap-1.5">
                      <span className="max-w-56 truncate">{t.ownerLabel}</span>
                      {t.ownerServiceAccount && <Badge tone="indigo">Service account</Badge>}
                    </span>
                  </td>
                )}
                {slug && <td className="px-4 py-3">{t.role ? ROLE_LABELS[t.role] : "—"}</td>}
                <td className="whitespace-nowrap px-4 py-3 text-zinc-600 dark:text-zinc-400">
                  <Time date={t.createdAt} fallback="—" />
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-zinc-600 dark:text-zinc-400">
                  {expired ? <Badge tone="red">Expired</Badge> : <Time date={t.expiresAt} fallback="Never" />}
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-zinc-600 dark:text-zinc-400">
                  {t.lastUsedAt ? (
                    <time dateTime={t.lastUsedAt.toISOString()} title={formatDateTime(t.lastUsedAt)}>
                      {timeAgo(t.lastUsedAt, now)}
                    </time>
                  ) : (
                    <span className="text-zinc-500 dark:text-zinc-400">Never used</span>
                  )}
                </td>
                <td className="px-4 py-3 text-right">{canRevoke(t) && <RevokeTokenButton slug={slug} tokenId={t.id} name={t.name} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
