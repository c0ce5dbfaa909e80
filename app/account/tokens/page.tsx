import type { Metadata } from "next";
import { CreateTokenDialog } from "@/components/tokens/create-token-dialog";
import { TokensTable } from "@/components/tokens/tokens-table";
import { requirePageSession } from "@/lib/session/require-page-session";
import { listPersonalTokens } from "@/lib/tokens/list-personal-tokens";

export const metadata: Metadata = { title: "Personal access tokens" };

export default async function PersonalTokensPage() {
  const { caller } = await requirePageSession("/account/tokens");
  const tokens = await listPersonalTokens(caller);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-2xl space-y-1">
          <h2 className="text-lg font-semibold tracking-tight">Personal access tokens</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            A personal access token acts as you through the{" "}
            <a href="/docs/api" className="font-medium text-zinc-900 underline underline-offset-2 dark:text-zinc-100">
              Roster API
            </a>{" "}
            in every workspace you belong to, with your current role there. Use it to list, create and delete workspaces;
            for automation inside one workspace, prefer a workspace token or a service account.
          </p>
        </div>
        <CreateTokenDialog />
      </div>
      <TokensTable tokens={tokens} showHolder={false} canRevoke={() => true} emptyText="You have no personal access tokens." />
    </div>
  );
}
