"use client";

import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { DropdownMenu, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { lazyParts } from "@/components/ui/lazy-parts";
import type { SwitcherWorkspace } from "@/lib/workspaces/to-switcher-workspace";

/** Above this many workspaces the switcher opens on a filter box. */
const FILTER_THRESHOLD = 8;

type Suggestion = { slug: string; displayName: string; mode?: "join" | "request" };

// What the open menu needs (its list, the invitations, the actions, TanStack Query) loads when it first opens, or is
// about to: the page renders the trigger alone. Leaving's confirmation loads when it is chosen.
const menu = lazyParts(() => import("./switcher-menu").then((m) => m.SwitcherMenu));
const LeaveWorkspaceDialog = lazy(() => import("./leave-workspace-dialog").then((m) => ({ default: m.LeaveWorkspaceDialog })));

const noSubscription = () => () => {};
const onApplePlatform = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** ⌘K on Apple platforms, Ctrl K elsewhere (Ctrl K on a Mac is a text-editing key, and ⌘ is the Windows key elsewhere). */
function useIsApple(): boolean {
  return useSyncExternalStore(noSubscription, onApplePlatform, () => false);
}

/**
 * The header's switcher. The page renders only the trigger (`children`, its face: the current workspace, rendered by
 * the shell); the menu (./switcher-menu.tsx) mounts when opened and loads the list and pending invitations then, so a
 * page costs the same for a member of 2 workspaces or 200. ⌘K / Ctrl K opens it from anywhere.
 */
export function WorkspaceSwitcher({
  current,
  workspaceCount,
  suggestions = [],
  children,
}: {
  current?: SwitcherWorkspace;
  workspaceCount: number;
  suggestions?: Suggestion[];
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [leaveOpen, setLeaveOpen] = useState(false);
  // How the menu was opened: a pointer leaves the focus alone; the keyboard lands on the current workspace.
  const [byKeyboard, setByKeyboard] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const apple = useIsApple();
  const { parts: SwitcherMenu } = menu.useParts({ open, onOpenChange: setOpen });

  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.key.toLowerCase() !== "k" || event.altKey || event.shiftKey) return;
      if (!(apple ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey)) return;
      // Not from behind a modal dialog (it hides the rest of the page).
      if (!trigger.current || trigger.current.closest("[aria-hidden='true'], [inert]")) return;
      event.preventDefault();
      setByKeyboard(true);
      setOpen((o) => !o);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [apple]);

  return (
    <>
      {/* Not modal: a modal menu aria-hides the page while its links stay focusable (axe: aria-hidden-focus). */}
      <DropdownMenu modal={false} open={open} onOpenChange={setOpen}>
        <DropdownMenuTrigger
          ref={trigger}
          data-testid="workspace-switcher"
          aria-haspopup={workspaceCount > FILTER_THRESHOLD ? "dialog" : "menu"}
          aria-keyshortcuts={apple ? "Meta+K" : "Control+K"}
          onPointerDown={() => setByKeyboard(false)}
          onKeyDown={() => setByKeyboard(true)}
          {...menu.preloadOn({})}
          className="flex min-w-0 max-w-40 items-center gap-2 rounded-lg px-2 py-1.5 text-sm font-medium outline-none hover:bg-zinc-100 focus-visible:ring-2 focus-visible:ring-zinc-500 sm:max-w-72 dark:hover:bg-zinc-800"
        >
          {children}
        </DropdownMenuTrigger>
        {open && SwitcherMenu && (
          <SwitcherMenu
            current={current}
            showFilter={workspaceCount > FILTER_THRESHOLD}
            suggestions={suggestions}
            byKeyboard={byKeyboard}
            shortcut={apple ? "⌘K" : "Ctrl K"}
            close={() => setOpen(false)}
            onLeave={() => setLeaveOpen(true)}
          />
        )}
      </DropdownMenu>
      {leaveOpen && current && !current.personal && (
        <Suspense>
          <LeaveWorkspaceDialog slug={current.slug} displayName={current.displayName} open onOpenChange={setLeaveOpen} stay={false} />
        </Suspense>
      )}
    </>
  );
}

