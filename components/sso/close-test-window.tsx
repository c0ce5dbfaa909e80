"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { SSO_TESTED_MESSAGE } from "./sso-enforcement";

/** In the test's popup: tells the Security page the test passed, and closes the window (or goes back to the page). */
export function CloseTestWindow({ securityUrl }: { securityUrl: string }) {
  useEffect(() => {
    window.opener?.postMessage(SSO_TESTED_MESSAGE, window.location.origin);
  }, []);
  return (
    <Button
      type="button"
      className="w-full"
      onClick={() => {
        if (window.opener) window.close();
        else window.location.assign(securityUrl);
      }}
    >
      Done
    </Button>
  );
}
