import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { userCaller } from "@/lib/auth/caller";
import { requirePageUser } from "@/lib/session/require-page-user";
import { LAST_WORKSPACE_COOKIE } from "@/lib/workspaces/last-workspace-cookie";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";

// "/" goes to the last workspace used (if the user still belongs to it), else the personal workspace.
export default async function HomePage() {
  const user = await requirePageUser("/");
  const workspaces = await listWorkspaces(userCaller(user));
  const last = (await cookies()).get(LAST_WORKSPACE_COOKIE)?.value;
  const target = workspaces.find((m) => m.workspace.slug === last) ?? workspaces.find((m) => m.workspace.personal) ?? workspaces[0];
  redirect(target ? `/w/${target.workspace.slug}` : "/new");
}
