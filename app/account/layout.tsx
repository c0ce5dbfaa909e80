import { AppShell } from "@/components/app-shell";
import { requirePageUser } from "@/lib/auth/session";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser("/account/tokens");
  return <AppShell user={user}>{children}</AppShell>;
}
