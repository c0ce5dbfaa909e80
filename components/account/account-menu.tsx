"use client";

import type { ReactNode } from "react";
import { DropdownMenu, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { lazyParts } from "@/components/ui/lazy-parts";
import type { PersonIdentity } from "@/lib/users/person-identity";

// The open menu's code loads when it first opens, or is about to: the page renders the trigger alone.
const menu = lazyParts(() => import("./account-menu-content").then((m) => m.AccountMenuContent));

/**
 * The header's account menu. `children` is the trigger's face (the signed-in person's avatar, rendered by the shell);
 * the menu shows their avatar, display name and email, Account and Sign out.
 */
export function AccountMenu({ person, email, children }: { person: PersonIdentity; email: string; children: ReactNode }) {
  const { parts: Content, open, setOpen } = menu.useParts({});
  return (
    // Not modal, as the switcher: a modal menu aria-hides the page while its links stay focusable (axe: aria-hidden-focus).
    <DropdownMenu modal={false} open={open} onOpenChange={setOpen}>
      <DropdownMenuTrigger
        aria-label="Account menu"
        className="grid size-8 shrink-0 place-items-center rounded-full outline-none focus-visible:ring-2 focus-visible:ring-zinc-500 focus-visible:ring-offset-2 dark:focus-visible:ring-offset-zinc-950"
        {...menu.preloadOn({})}
      >
        {children}
      </DropdownMenuTrigger>
      {open && Content && <Content person={person} email={email} />}
    </DropdownMenu>
  );
}
