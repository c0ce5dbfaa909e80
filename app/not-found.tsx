"use client";

import { lazy, Suspense } from "react";

// One page for an unknown address and for a workspace the person is not in (the same words: it reveals nothing).
// Signed in, it keeps the app's shell and says who is signed in. Next puts the root not-found page into every page's
// JavaScript, so its code (the shell, TanStack Query) loads only when a page is not found.
const NotFoundNotice = lazy(() => import("@/components/shell/not-found-notice").then((m) => ({ default: m.NotFoundNotice })));

export default function NotFound() {
  return (
    <Suspense>
      <NotFoundNotice />
    </Suspense>
  );
}
