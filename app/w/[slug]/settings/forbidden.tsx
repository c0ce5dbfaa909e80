import { ForbiddenNotice } from "@/components/shell/forbidden-notice";

// A settings page the member's role may not open (requirePagePermission): inside the shell and the settings tabs.
// Next renders this with every settings page, so it reads nothing itself (who is signed in comes from the shell).
export default function SettingsForbidden() {
  return <ForbiddenNotice />;
}
