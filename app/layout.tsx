import type { Metadata } from "next";
import { GeistSans } from "geist/font/sans";
import { LinkNavigation } from "@/components/shell/link-navigation";
import { Toaster } from "@/components/ui/toast";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Roster", template: "%s · Roster" },
  description: "Workspaces, members, invitations and API tokens.",
};

// One web font, preloaded on every page: Geist Sans. Code (token prefixes, action names, the API reference) is set in
// the system's monospace font (globals.css), so no page downloads a second variable font for a few short strings.

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="min-h-screen font-sans">
        {children}
        <Toaster />
        <LinkNavigation />
      </body>
    </html>
  );
}
