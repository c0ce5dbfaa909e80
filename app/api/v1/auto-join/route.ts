import { apiHandler } from "@/lib/api/api-handler";
import { getAutoJoinSettings } from "@/lib/auto-join/get-auto-join-settings";
import { configuredGithubClient } from "@/lib/auto-join/github-client";
import { setAutoJoin } from "@/lib/auto-join/set-auto-join";

export const dynamic = "force-dynamic";

export const GET = apiHandler(({ caller, workspaceSlug }) => getAutoJoinSettings(caller, workspaceSlug()));

export const PATCH = apiHandler(async ({ caller, workspaceSlug, body }) => {
  const slug = workspaceSlug();
  await setAutoJoin(caller, slug, await body(), configuredGithubClient());
  return getAutoJoinSettings(caller, slug);
});
