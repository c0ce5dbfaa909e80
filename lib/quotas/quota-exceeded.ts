import { AppError } from "@/lib/errors";

type Quota = {
  /** Who holds the quota, with its verb: "This workspace has", "You have", "Ada has". */
  whoHas: string;
  used: number;
  limit: number;
  /** What the quota counts, singular and plural: ["member or invitation", "members or invitations"]. */
  things: readonly [string, string];
  /** What to do about it, if anything. */
  remedy?: string;
};

/**
 * The one QUOTA_EXCEEDED message shape: how much room is left and the limit. The limit stands in parentheses, e.g.
 * "This workspace has room for 3 more members or invitations within the limit (1000)."
 */
export function quotaExceeded({ whoHas, used, limit, things, remedy }: Quota): AppError {
  const room = Math.max(0, limit - used);
  const message = `${whoHas} room for ${room} more ${room === 1 ? things[0] : things[1]} within the limit (${limit}).`;
  return new AppError("QUOTA_EXCEEDED", remedy ? `${message} ${remedy}` : message);
}
