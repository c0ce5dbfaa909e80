import type { Metadata } from "next";
import { DomainSettings } from "@/components/domains/domain-settings";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { listDomains } from "@/lib/domains/list-domains";
import { requirePageMembership } from "@/lib/session/require-page-membership";

export const metadata: Metadata = { title: "Domains" };

export default async function DomainsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { membership, caller } = await requirePageMembership(slug);
  const { workspace, role } = membership;
  if (!can(role, "domains:manage")) {
    return <Card><p className="text-sm text-zinc-600 dark:text-zinc-400">Only owners and managers can see and manage the workspace&apos;s domains.</p></Card>;
  }
  if (workspace.personal) {
    return <Card><p className="text-sm text-zinc-600 dark:text-zinc-400">A personal workspace has no domains. Create a shared workspace for your company.</p></Card>;
  }
  const domains = await listDomains(caller, slug);
  return (
    <Card className="space-y-4">
      <div className="space-y-1">
        <h2 className="text-base font-semibold">Domains</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Prove that your company owns its email domains. People with a verified address at a verified domain can join through auto-join, and a domain verified by DNS can be used for single sign-on.
        </p>
      </div>
      <DomainSettings slug={slug} domains={domains} now={new Date()} />
    </Card>
  );
}
