const DATE = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** "Nov 25, 2026" (UTC, so server and client agree). */
export function formatDate(date: Date | string): string {
  return DATE.format(new Date(date));
}

/** "Dec 8, 2026, 07:05 AM UTC": the exact moment, on hover of every RelativeTime and in emails. */
export function formatDateTime(date: Date | string): string {
  return DATE_TIME.format(new Date(date));
}

/** "just now", "5 minutes ago", "3 days ago", or the date when older than 30 days. */
export function timeAgo(date: Date | string, now = new Date()): string {
  const seconds = Math.round((now.getTime() - new Date(date).getTime()) / 1000);
  if (seconds < 45) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? "" : "s"} ago`;
  const days = Math.round(hours / 24);
  if (days <= 30) return `${days} day${days === 1 ? "" : "s"} ago`;
  return formatDate(date);
}

/**
 * A moment relative to now, past or future: "just now", "5 minutes ago", "in 3 days"; beyond 30 days the date. The
 * one wording of recent moments (RelativeTime shows it with the exact moment on hover).
 */
export function relativeTime(date: Date | string, now = new Date()): string {
  const seconds = Math.round((new Date(date).getTime() - now.getTime()) / 1000);
  if (seconds <= 0) return timeAgo(date, now);
  if (seconds < 45) return "in a moment";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} hour${hours === 1 ? "" : "s"}`;
  const days = Math.round(hours / 24);
  if (days <= 30) return `in ${days} day${days === 1 ? "" : "s"}`;
  return formatDate(date);
}
