import { apiHandler } from "@/lib/api/api-handler";
import { setMemberAccessUntil } from "@/lib/members/set-member-access-until";

export const dynamic = "force-dynamic";

export const PATCH = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params, body }) => {
  const { accessUntil } = await body();
  const result = await setMemberAccessUntil(caller, workspaceSlug(), { userId: params.id, accessUntil });
  return { id: result.userId, accessUntil: result.accessUntil ? result.accessUntil.toISOString() : null, changed: result.changed };
});
