import type { Metadata } from "next";
import { BookOpen } from "@/components/ui/icons/book-open";
import { buttonVariants } from "@/components/ui/button";
import { CreateServiceAccountDialog } from "@/components/service-accounts/create-service-account-dialog";
import { ServiceAccountsTable } from "@/components/service-accounts/service-accounts-table";
import { CreateTokenDialog } from "@/components/tokens/create-token-dialog";
import { TokensTable } from "@/components/tokens/tokens-table";
import { can } from "@/lib/auth/permissions";
import { requirePageMembership } from "@/lib/session/require-page-membership";
import { serviceAccountRoleOptions, tokenRoleOptions } from "@/lib/auth/rules";
import { listServiceAccounts } from "@/lib/service-accounts/list-service-accounts";
import { listTokens } from "@/lib/tokens/list-tokens";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { membership, user, caller } = await requirePageMembership(slug);
  const { workspace, role } = membership;
  const { tokens, manageAll } = await listTokens(caller, slug);
  const manageServiceAccounts = !workspace.personal && can(role, "service-accounts:manage");
  const serviceAccounts = manageServiceAccounts ? await listServiceAccounts(caller, slug) : [];
  const canCreate = can(role, "tokens:create");

  return (
    <div className="space-y-10">
      <section className="space-y-4" aria-labelledby="tokens-heading">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="max-w-2xl space-y-1">
            <h2 id="tokens-heading" className="text-lg font-semibold tracking-tight">API tokens</h2>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Tokens call the{" "}
              <a href="/docs/api" className="font-medium text-zinc-900 underline underline-offset-2 dark:text-zinc-100">
                Roster API
              </a>{" "}
              for this workspace. A token never does more than its role or its holder&apos;s current role.
              {manageAll ? " As an owner or manager you see every token in the workspace." : " You see your own tokens."}
            </p>
          </div>
          <div className="flex gap-2">
            <a className={buttonVariants({ variant: "secondary" })} href="/docs/api">
                <BookOpen className="size-4" aria-hidden />
                API reference
              </a>
            {canCreate && <CreateTokenDialog slug={slug} roles={tokenRoleOptions(role)} />}
          </div>
        </div>
        <TokensTable
          tokens={tokens}
          slug={slug}
          showHolder={manageAll}
          canRevoke={(t) => manageAll || t.holderId === user.id}
          emptyText={canCreate ? "No API tokens yet. Create one to call the API." : "You have no API tokens in this workspace."}
        />
      </section>

      {manageServiceAccounts && (
        <section className="space-y-4" aria-labelledby="service-accounts-heading">
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div className="max-w-2xl space-y-1">
              <h2 id="service-accounts-heading" className="text-lg font-semibold tracking-tight">Service accounts</h2>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                Non-human members for CI and integrations. They cannot sign in, appear on the members page, and their tokens
                outlive the person who created them. Removing one revokes its tokens.
              </p>
            </div>
            <CreateServiceAccountDialog slug={slug} roles={serviceAccountRoleOptions(role)} />
          </div>
          <ServiceAccountsTable slug={slug} viewer={{ userId: user.id, role }} serviceAccounts={serviceAccounts} />
        </section>
      )}
    </div>
  );
}
