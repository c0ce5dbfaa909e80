import "server-only";
import { notFound as notFoundPage, redirect } from "next/navigation";
import { forbidden, notFound } from "@/lib/errors";
import { cache } from "react";
import { getDb } from "@/db/client";
import { can, type Permission } from "./permissions";
import { loadMembership, type MembershipContext } from "./load-membership";
import { loadPageContext } from "./load-page-context";
import { requireUser, type SessionUser } from "./session";

/** One row (the workspace by slug, joined to the user's membership), read once per request however many callers ask. */
const findMembership = cache(async (userId: string, slug: string): Promise<MembershipContext | null> => loadMembership(await getDb(), userId, slug));

/**
 * The caller's membership in `slug` (actions and route handlers), read from the database once per request.
 * A non-member (or an unknown slug) gets NOT_FOUND; a member without `permission` gets FORBIDDEN.
 */
export async function requireMembership(slug: string, permission?: Permission): Promise<MembershipContext & { user: SessionUser }> {
  const user = await requireUser();
  const membership = typeof slug === "string" ? await findMembership(user.id, slug) : null;
  if (!membership) throw notFound("Workspace not found.");
  if (permission && !can(membership.role, permission)) throw forbidden();
  return { ...membership, user };
}

/**
 * Guard for pages: signed out goes to sign-in, a non-member sees the 404 page (the same as an unknown slug). The
 * session, the membership and the header's data come from one statement (loadPageContext).
 */
export async function requirePageMembership(slug: string): Promise<MembershipContext & { user: SessionUser }> {
  const context = await loadPageContext(slug);
  if (!context) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/w/${slug}`)}`);
  if (!context.membership) notFoundPage();
  return { ...context.membership, user: context.user };
}
