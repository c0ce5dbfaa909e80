"use client";

import { lazy, Suspense } from "react";

// A workspace the person is a member of but may not enter now: their membership is suspended or past its end date
// (requirePageMembership). A role that may not open a settings page has its own page (app/w/[slug]/settings/forbidden.tsx).
// Next puts this into every page's JavaScript, so its code (the shell, TanStack Query) loads only when it is shown.
const SuspendedNotice = lazy(() => import("@/components/shell/suspended-notice").then((m) => ({ default: m.SuspendedNotice })));

export default function Forbidden() {
  return (
    <Suspense>
      <SuspendedNotice />
    </Suspense>
  );
}
