import { ForbiddenNotice } from "@/components/shell/forbidden-notice";
import { getCurrentUser } from "@/lib/session/get-current-user";

// A settings page the member's role may not open (requirePagePermission): inside the shell and the settings tabs.
export default async function SettingsForbidden() {
  const user = await getCurrentUser();
  return <ForbiddenNotice email={user?.email ?? ""} />;
}
