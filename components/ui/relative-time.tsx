import { formatDateTime, relativeTime } from "@/lib/format-date";

/**
 * A moment as people read it: relative when recent ("3 days ago", "in 2 hours"), the exact UTC moment on hover and
 * for machines (`dateTime`). A server component: `now` is the request's, so server and client never disagree.
 */
export function RelativeTime({ date, now = new Date(), prefix }: { date: Date | string; now?: Date; prefix?: string }) {
  const moment = new Date(date);
  return (
    <time dateTime={moment.toISOString()} title={formatDateTime(moment)}>
      {prefix ? `${prefix} ` : ""}
      {relativeTime(moment, now)}
    </time>
  );
}
