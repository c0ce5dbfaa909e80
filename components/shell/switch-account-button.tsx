"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { signInAsSomeoneElseAction } from "@/lib/actions/session-actions";

/** Signs out and back in with another account, returning to this very page (its path and query). */
export function SwitchAccountButton() {
  const [, action, pending] = useActionState(signInAsSomeoneElseAction, null);
  return (
    <form
      action={(formData) => {
        formData.set("returnTo", `${window.location.pathname}${window.location.search}`);
        action(formData);
      }}
    >
      <Button type="submit" variant="secondary" pending={pending}>
        Switch account
      </Button>
    </form>
  );
}
