import type { Metadata } from "next";
import { AccessDoors } from "@/components/access/access-doors";
import { Card } from "@/components/ui/card";
import { getAccessOverview } from "@/lib/access/get-access-overview";
import { can } from "@/lib/auth/permissions";
import { requirePageMembership } from "@/lib/session/require-page-membership";

export const metadata: Metadata = { title: "Access" };

export default async function AccessPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { membership, caller } = await requirePageMembership(slug);
  const { role } = membership;
  if (!can(role, "access:read")) {
    return <Card><p className="text-sm text-zinc-600 dark:text-zinc-400">Only owners and managers can see who can get into the workspace.</p></Card>;
  }
  const overview = await getAccessOverview(caller, slug);
  return <AccessDoors slug={slug} overview={overview} canClose={can(role, "access:close-all")} canManageSso={can(role, "sso:manage")} canManageScim={can(role, "scim:manage")} now={new Date()} />;
}
