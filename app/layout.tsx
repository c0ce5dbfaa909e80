import type { Metadata } from "next";
import { GeistSans } from "geist/font/sans";
import { GeistMono } from "geist/font/mono";
import { Toaster } from "sonner";
import { Providers } from "@/components/shell/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Roster", template: "%s · Roster" },
  description: "Workspaces, members, invitations and API tokens.",
};

// Sonner's rich colors put success text at about 4.2:1 on its green background (WCAG AA needs 4.5:1): darker text.
const toastColors = {
  "--success-text": "hsl(140, 100%, 21%)",
  "--info-text": "hsl(210, 92%, 35%)",
  "--warning-text": "hsl(31, 92%, 28%)",
  "--error-text": "hsl(360, 100%, 38%)",
} as React.CSSProperties;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
        <Toaster richColors closeButton position="bottom-right" style={toastColors} />
      </body>
    </html>
  );
}
