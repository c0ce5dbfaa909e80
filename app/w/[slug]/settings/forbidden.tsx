"use client";

import { lazy, Suspense } from "react";

// A settings page the member's role may not open (requirePagePermission): inside the shell and the settings tabs.
// Next renders this with every settings page, so it reads nothing itself (who is signed in comes from the shell), and
// puts it into every settings page's JavaScript, so its code loads only when it is shown.
const ForbiddenNotice = lazy(() => import("@/components/shell/forbidden-notice").then((m) => ({ default: m.ForbiddenNotice })));

export default function SettingsForbidden() {
  return (
    <Suspense>
      <ForbiddenNotice />
    </Suspense>
  );
}
