import { apiHandler } from "@/lib/api/api-handler";
import { getAutoJoinSettings } from "@/lib/auto-join/get-auto-join-settings";
import { githubClient } from "@/lib/auto-join/github-client";
import { setAutoJoin } from "@/lib/auto-join/set-auto-join";
import { githubSignInEnabled } from "@/lib/sign-in/auth";

export const dynamic = "force-dynamic";

export const GET = apiHandler(({ caller, workspaceSlug }) => getAutoJoinSettings(caller, workspaceSlug()));

export const PATCH = apiHandler(async ({ caller, workspaceSlug, body }) => {
  const slug = workspaceSlug();
  await setAutoJoin(caller, slug, await body(), githubSignInEnabled() ? githubClient : undefined);
  return getAutoJoinSettings(caller, slug);
});
