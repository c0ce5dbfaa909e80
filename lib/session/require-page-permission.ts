import "server-only";
import { forbidden } from "next/navigation";
import { can, type Permission } from "@/lib/auth/permissions";
import { requirePageMembership, type WorkspacePage } from "./require-page-membership";

/**
 * Guard for a workspace page only some roles may open: its context, or Next's forbidden() for a member whose role
 * lacks `permission` (the explanation is app/w/[slug]/settings/forbidden.tsx). The domain reads check it again.
 */
export async function requirePagePermission(slug: string, permission: Permission): Promise<WorkspacePage> {
  const page = await requirePageMembership(slug);
  if (!can(page.membership.role, permission)) forbidden();
  return page;
}
