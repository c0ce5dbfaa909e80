"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { toast } from "@/components/ui/toast";
import { DECLINED_PARAM, WELCOME_PARAM } from "@/lib/workspaces/welcome-path";

/**
 * Confirms what just happened on arrival: `?welcome` after joining (the workspace and role come from the page's own
 * membership read, never from the address) and `?declined` after declining an invitation. Once: the parameter
 * leaves the address without a new request.
 */
export function ArrivalToast({ welcome }: { welcome?: { workspace: string; role: string } }) {
  const params = useSearchParams();
  const pathname = usePathname();
  useEffect(() => {
    const joined = params.has(WELCOME_PARAM);
    const declined = params.has(DECLINED_PARAM);
    if (!joined && !declined) return;
    if (joined && welcome) toast.success(`Welcome to ${welcome.workspace}. You joined as ${welcome.role}.`, { id: "arrival" });
    if (declined) toast.success("Invitation declined.", { id: "arrival" });
    const rest = new URLSearchParams(params);
    rest.delete(WELCOME_PARAM);
    rest.delete(DECLINED_PARAM);
    window.history.replaceState(window.history.state, "", rest.size ? `${pathname}?${rest}` : pathname);
  }, [params, pathname, welcome]);
  return null;
}
