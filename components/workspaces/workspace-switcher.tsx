"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Check, ChevronsUpDown, LogOut, Plus, Search, UserPlus } from "lucide-react";
import { toast } from "sonner";
import { LeaveWorkspaceButton } from "./leave-workspace-button";
import type { SwitcherWorkspace } from "@/lib/workspaces/to-switcher-workspace";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { joinWorkspaceAction } from "@/lib/actions/auto-join-actions";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";


const FILTER_THRESHOLD = 8;

type Suggestion = { slug: string; displayName: string };

const MY_WORKSPACES = ["my-workspaces"] as const;

async function fetchMyWorkspaces(): Promise<SwitcherWorkspace[]> {
  const res = await fetch("/api/me/workspaces", { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error("Your workspaces could not be loaded.");
  return ((await res.json()) as { workspaces: SwitcherWorkspace[] }).workspaces;
}

/**
 * The header's switcher. The page renders only the current workspace and how many there are; the list itself is
 * loaded when the menu opens (and again on every open, showing the last list meanwhile), so a page costs the same
 * for a member of 2 workspaces or 200.
 */
export function WorkspaceSwitcher({
  current,
  workspaceCount,
  suggestions = [],
}: {
  current?: SwitcherWorkspace;
  workspaceCount: number;
  suggestions?: Suggestion[];
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState("");
  const [leaveOpen, setLeaveOpen] = useState(false);
  const list = useQuery({ queryKey: MY_WORKSPACES, queryFn: fetchMyWorkspaces, enabled: open, staleTime: 0 });
  const currentSlug = current?.slug;

  async function join(slug: string) {
    const res = await joinWorkspaceAction(slug);
    if (!res.ok) return void toast.error(res.message);
    void queryClient.invalidateQueries({ queryKey: MY_WORKSPACES });
    router.push(`/w/${res.data.slug}`);
    router.refresh();
  }
  const showFilter = workspaceCount > FILTER_THRESHOLD;
  const visible = useMemo(() => {
    // The page's own copy of the current workspace is the freshest (a rename shows at once).
    const workspaces = (list.data ?? []).map((w) => (w.slug === current?.slug ? current : w));
    const q = filter.trim().toLowerCase();
    if (!q) return workspaces;
    return workspaces.filter((w) => w.displayName.toLowerCase().includes(q) || w.slug.includes(q));
  }, [filter, list.data, current]);

  return (
    <>
    {/* Not modal: a modal menu aria-hides the page while its links stay focusable (axe: aria-hidden-focus). */}
    <DropdownMenu
      modal={false}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setFilter("");
      }}
    >
      <DropdownMenuTrigger
        data-testid="workspace-switcher"
        aria-haspopup={showFilter ? "dialog" : "menu"}
        className="flex max-w-72 items-center gap-2 rounded-lg px-2 py-1.5 text-sm font-medium outline-none hover:bg-zinc-100 focus-visible:ring-2 focus-visible:ring-zinc-500 dark:hover:bg-zinc-800"
      >
        <WorkspaceAvatar name={current?.displayName ?? "?"} />
        <span className="truncate">{current?.displayName ?? "Choose a workspace"}</span>
        <ChevronsUpDown className="size-4 shrink-0 text-zinc-500" aria-hidden />
      </DropdownMenuTrigger>
      {/* A menu may own only items, groups and separators: with the filter box, the popup is a small dialog holding
          the search box and, inside it, the menu. */}
      <DropdownMenuContent
        align="start"
        className="w-72"
        {...(showFilter ? { role: "dialog", "aria-label": "Switch workspace", "aria-orientation": undefined } : {})}
      >
        {showFilter && (
          <div className="relative mb-1">
            <Search className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-zinc-500" aria-hidden />
            <input
              aria-label="Filter workspaces"
              placeholder="Filter workspaces…"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              onKeyDown={(e) => {
                // The menu only moves focus between its items: the arrow keys lead from the filter box into the list.
                if (e.key === "ArrowDown" || e.key === "ArrowUp") {
                  e.preventDefault();
                  const items = e.currentTarget.closest("[data-radix-menu-content]")?.querySelectorAll<HTMLElement>('[role="menuitem"]');
                  items?.[e.key === "ArrowDown" ? 0 : items.length - 1]?.focus();
                  return;
                }
                if (e.key === "Enter" && visible[0]) {
                  e.preventDefault();
                  setOpen(false);
                  setFilter("");
                  router.push(`/w/${visible[0].slug}`);
                  return;
                }
                if (e.key !== "Escape" && e.key !== "Tab") e.stopPropagation();
              }}
              className="h-9 w-full rounded-lg border border-zinc-200 bg-transparent pl-8 pr-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-zinc-500 dark:border-zinc-700"
            />
          </div>
        )}
        <MenuItems asMenu={showFilter}>
          <DropdownMenuLabel>Workspaces</DropdownMenuLabel>
          {/* A scrolling region must be keyboard-reachable on its own (axe: scrollable-region-focusable). */}
          <DropdownMenuGroup tabIndex={0} aria-label="Workspaces" className="max-h-80 overflow-y-auto outline-none focus-visible:ring-2 focus-visible:ring-zinc-500">
            {visible.map((w) => (
              <DropdownMenuItem
                key={w.slug}
                textValue={w.displayName}
                data-testid={`switcher-item-${w.slug}`}
                aria-current={w.slug === currentSlug ? "page" : undefined}
                onSelect={() => router.push(`/w/${w.slug}`)}
              >
                <WorkspaceAvatar name={w.displayName} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate">{w.displayName}</span>
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                    {w.personal ? "Personal · " : ""}
                    {ROLE_LABELS[w.role]}
                  </span>
                </span>
                {w.slug === currentSlug && <Check className="size-4 text-zinc-700 dark:text-zinc-300" aria-label="Current workspace" />}
              </DropdownMenuItem>
            ))}
            {list.isPending ? (
              <p role="status" className="px-2.5 py-2 text-sm text-zinc-600 dark:text-zinc-400">Loading workspaces…</p>
            ) : list.isError && !list.data ? (
              <p role="alert" className="px-2.5 py-2 text-sm text-red-700 dark:text-red-400">{list.error.message}</p>
            ) : (
              visible.length === 0 && <p className="px-2.5 py-2 text-sm text-zinc-600 dark:text-zinc-400">No workspace matches.</p>
            )}
          </DropdownMenuGroup>
          {suggestions.length > 0 && (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuLabel>You can join</DropdownMenuLabel>
              {suggestions.map((s) => (
                <DropdownMenuItem key={s.slug} textValue={s.displayName} onSelect={() => void join(s.slug)}>
                  <UserPlus className="size-4" aria-hidden /> <span className="truncate">Join {s.displayName}</span>
                </DropdownMenuItem>
              ))}
            </>
          )}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => router.push("/new")}>
            <Plus className="size-4" aria-hidden /> Create workspace
          </DropdownMenuItem>
          {current && !current.personal && (
            <DropdownMenuItem onSelect={() => setLeaveOpen(true)}>
              <LogOut className="size-4" aria-hidden /> <span className="truncate">Leave {current.displayName}</span>
            </DropdownMenuItem>
          )}
        </MenuItems>
      </DropdownMenuContent>
    </DropdownMenu>
    {current && !current.personal && (
      <LeaveWorkspaceButton slug={current.slug} displayName={current.displayName} open={leaveOpen} onOpenChange={setLeaveOpen} />
    )}
    </>
  );
}

/** With the filter box the popup is a dialog, and the items sit in a menu of their own. */
function MenuItems({ asMenu, children }: { asMenu: boolean; children: React.ReactNode }) {
  if (!asMenu) return <>{children}</>;
  return (
    <div role="menu" aria-label="Workspaces" aria-orientation="vertical">
      {children}
    </div>
  );
}

function WorkspaceAvatar({ name }: { name: string }) {
  return (
    <span
      aria-hidden
      className="grid size-6 shrink-0 place-items-center rounded-md bg-gradient-to-br from-indigo-500 to-violet-600 text-xs font-semibold text-white"
    >
      {name.trim().charAt(0).toUpperCase() || "?"}
    </span>
  );
}
