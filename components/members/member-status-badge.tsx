import { Badge } from "@/components/ui/badge";
import { formatDate, formatDateTime } from "@/lib/format-date";

type Props = { suspendedAt: Date | string | null; accessUntil: Date | string | null; now: Date };

/**
 * A member's status beside their name: "Suspended", "Access ended" (past their end date) or "Access until <date>" (an
 * end date to come); nothing for an active member without an end date. No hooks: it renders on the server or in a row.
 */
export function MemberStatusBadge({ suspendedAt, accessUntil, now }: Props) {
  const until = accessUntil ? new Date(accessUntil) : null;
  return (
    <>
      {suspendedAt && (
        <Badge tone="red" className="ml-1.5">
          <span title={`Since ${formatDateTime(suspendedAt)}`}>Suspended</span>
        </Badge>
      )}
      {until && (
        <Badge tone={until > now ? "amber" : "red"} className="ml-1.5">
          <time dateTime={until.toISOString()} title={formatDateTime(until)}>
            {until > now ? `Access until ${formatDate(until)}` : "Access ended"}
          </time>
        </Badge>
      )}
    </>
  );
}
