"use client";

import { lazy, Suspense, type ComponentProps } from "react";

const JoinRequestsSection = lazy(() => import("./join-requests-section").then((m) => ({ default: m.JoinRequestsSection })));

/**
 * The members page's requests to join, whose code (the approve and decline forms) is its own chunk, loaded only by a
 * page that has pending requests to show: most members pages have none. Rendered on the server all the same (React's
 * `lazy` inside Suspense; next/dynamic did the same with 1.5 KB more of every members page's compressed JavaScript).
 */
export function LazyJoinRequestsSection(props: ComponentProps<typeof JoinRequestsSection>) {
  return (
    <Suspense fallback={null}>
      <JoinRequestsSection {...props} />
    </Suspense>
  );
}
