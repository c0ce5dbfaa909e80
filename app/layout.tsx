import type { Metadata } from "next";
import { GeistSans } from "geist/font/sans";
import { Toaster } from "sonner";
import { Providers } from "@/components/shell/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Roster", template: "%s · Roster" },
  description: "Workspaces, members, invitations and API tokens.",
};

// One web font, preloaded on every page: Geist Sans. Code (token prefixes, action names, the API reference) is set in
// the system's monospace font (globals.css), so no page downloads a second variable font for a few short strings.

// Sonner's rich colors put success text at about 4.2:1 on its green background (WCAG AA needs 4.5:1): darker text.
const toastColors = {
  "--success-text": "hsl(140, 100%, 21%)",
  "--info-text": "hsl(210, 92%, 35%)",
  "--warning-text": "hsl(31, 92%, 28%)",
  "--error-text": "hsl(360, 100%, 38%)",
} as React.CSSProperties;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
        <Toaster richColors closeButton position="bottom-right" style={toastColors} />
      </body>
    </html>
  );
}
