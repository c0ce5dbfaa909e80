"use client";

import { UnavailableNotice } from "@/components/shell/unavailable-notice";
import "./globals.css";

// Replaces the root layout when it fails itself (it renders its own <html>), e.g. when the database is down.
export default function GlobalError({ error, reset, retry }: { error: Error & { digest?: string }; reset: () => void; retry?: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <UnavailableNotice digest={error.digest} onRetry={retry ?? reset} />
      </body>
    </html>
  );
}
