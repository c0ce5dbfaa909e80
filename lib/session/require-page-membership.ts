import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { memberCaller, type Caller } from "@/lib/auth/caller";
import type { MembershipContext } from "@/lib/auth/membership-columns";
import { getMembershipSuspension } from "@/lib/members/get-membership-suspension";
import { loadPageContext, type PageContext } from "./load-page-context";

export type WorkspacePage = PageContext & { membership: MembershipContext; caller: Caller };

/**
 * Guard for workspace pages: signed out goes to sign-in, a non-member sees the 404 page (the same as an unknown slug),
 * a suspended member (or one past their end date) the suspended page (app/forbidden.tsx, Next's forbidden()): only
 * then is the reason read, with a second statement.
 * The session, the membership and the header's data come from one statement; the caller carries the membership, so
 * the page's domain reads authorize against it without reading it again.
 */
export async function requirePageMembership(slug: string): Promise<WorkspacePage> {
  const context = await loadPageContext(slug);
  if (!context) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/w/${slug}`)}`);
  if (!context.membership) {
    if (await getMembershipSuspension(context.user.id, slug)) forbidden();
    notFound();
  }
  return { ...context, membership: context.membership, caller: memberCaller(context.user, context.membership) };
}
