"use client";

import { UnavailableNotice } from "@/components/shell/unavailable-notice";

// Next 16 passes `retry` (re-renders the segment on the server) besides `reset` (re-renders it in the browser).
export default function ErrorPage({ error, reset, retry }: { error: Error & { digest?: string }; reset: () => void; retry?: () => void }) {
  return <UnavailableNotice digest={error.digest} onRetry={retry ?? reset} />;
}
