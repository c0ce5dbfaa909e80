import { AppShell } from "@/components/shell/app-shell";
import { SettingsNav } from "@/components/shell/settings-nav";
import { requirePageSession } from "@/lib/session/require-page-session";

const TABS = [
  { href: "/account", label: "Profile" },
  { href: "/account/invitations", label: "Invitations" },
  { href: "/account/tokens", label: "Personal access tokens" },
];

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const { user, header } = await requirePageSession("/account");
  return (
    <AppShell user={user} header={header}>
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
        <SettingsNav tabs={TABS} exact />
        {children}
      </div>
    </AppShell>
  );
}
