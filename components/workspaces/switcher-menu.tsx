"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type ComponentProps, type ComponentType, type KeyboardEvent, type ReactNode } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowRightLeft } from "@/components/ui/icons/arrow-right-left";
import { Check } from "@/components/ui/icons/check";
import { Loader2 } from "@/components/ui/icons/loader-2";
import { LogOut } from "@/components/ui/icons/log-out";
import { Mail } from "@/components/ui/icons/mail";
import { Plus } from "@/components/ui/icons/plus";
import { Search } from "@/components/ui/icons/search";
import { UserPlus } from "@/components/ui/icons/user-plus";
import { QueryProvider } from "@/components/shell/query-provider";
import { toast } from "@/components/ui/toast";
import { WorkspaceAvatar } from "@/components/ui/avatar";
import type { SwitcherInvitation, SwitcherSuggestion, SwitcherWorkspace } from "@/lib/workspaces/to-switcher-workspace";
import { welcomePath } from "@/lib/workspaces/welcome-path";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { ActionResult } from "@/lib/actions/run-action";
import { joinWorkspaceAction } from "@/lib/actions/auto-join-actions";
import { acceptInvitationAction } from "@/lib/actions/invitation-actions";
import {
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
} from "@/components/ui/dropdown-menu";

type SwitcherData = { workspaces: SwitcherWorkspace[]; invitations: SwitcherInvitation[]; githubSuggestions: SwitcherSuggestion[] };

const SWITCHER_QUERY = ["switcher"] as const;

/**
 * Radix's menu content takes `onOpenAutoFocus` (its first focus, handed to its FocusScope as Popover and Dialog do),
 * though DropdownMenu's types leave it out.
 */
const MenuContent = DropdownMenuContent as ComponentType<ComponentProps<typeof DropdownMenuContent> & { onOpenAutoFocus?: (event: Event) => void }>;
const ITEMS = '[role="menuitem"]:not([data-disabled])';

async function fetchSwitcher(): Promise<SwitcherData> {
  const res = await fetch("/api/me/workspaces", { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error("Your workspaces could not be loaded.");
  return (await res.json()) as SwitcherData;
}

export type SwitcherMenuProps = {
  current?: SwitcherWorkspace;
  showFilter: boolean;
  suggestions: SwitcherSuggestion[];
  byKeyboard: boolean;
  shortcut: string;
  close: () => void;
  onLeave: () => void;
};

/**
 * The switcher's open menu (./workspace-switcher.tsx loads it when the menu first opens, or is about to): every
 * workspace with your role, loaded now (again on every open, showing the last answer meanwhile), your pending
 * invitations and join suggestions with Accept / Join in place, "Create workspace", and "Leave" last.
 */
export function SwitcherMenu(props: SwitcherMenuProps) {
  return (
    <QueryProvider>
      <Menu {...props} />
    </QueryProvider>
  );
}

function Menu({ current, showFilter, suggestions, byKeyboard, shortcut, close, onLeave }: SwitcherMenuProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const data = useQuery({ queryKey: SWITCHER_QUERY, queryFn: fetchSwitcher, staleTime: 0 });
  const content = useRef<HTMLDivElement>(null);
  const filterBox = useRef<HTMLInputElement>(null);
  const loading = useRef<HTMLDivElement>(null);
  // Focus parked on the loading rows waits there for the list, then moves to the current workspace.
  const awaitingList = useRef(false);
  const currentSlug = current?.slug;

  const visible = useMemo(() => {
    // The page's own copy of the current workspace is the freshest (a rename shows at once).
    const workspaces = (data.data?.workspaces ?? []).map((w) => (w.slug === currentSlug ? { ...w, displayName: current!.displayName } : w));
    const q = filter.trim().toLowerCase();
    if (!q) return workspaces;
    return workspaces.filter((w) => w.displayName.toLowerCase().includes(q) || w.slug.includes(q));
  }, [filter, data.data, current, currentSlug]);
  const invitations = data.data?.invitations ?? [];
  // The page's domain suggestions at once; the GitHub organizations' ones when the list arrives.
  const offers = useMemo(() => {
    const github = (data.data?.githubSuggestions ?? []).filter((g) => !suggestions.some((s) => s.slug === g.slug));
    return [...suggestions, ...github];
  }, [suggestions, data.data]);
  const currentEntry = data.data?.workspaces.find((w) => w.slug === currentSlug);
  const loaded = Boolean(data.data);

  useEffect(() => {
    if (!loaded || !awaitingList.current) return;
    awaitingList.current = false;
    const active = document.activeElement;
    // Only if the focus is still where the menu put it (the loading rows are gone: the page's body).
    if (active === document.body || active === content.current) focusWorkspace(content.current, currentSlug);
  }, [loaded, currentSlug]);

  async function respond(key: string, run: () => Promise<ActionResult<{ slug: string; alreadyMember: boolean }>>) {
    setBusy(key);
    const res = await run().catch(() => ({ ok: false as const, message: "The request failed. Check your connection and try again." }));
    setBusy(null);
    if (!res.ok) return void toast.error(res.message);
    void queryClient.invalidateQueries({ queryKey: SWITCHER_QUERY });
    close();
    router.push(welcomePath(res.data));
  }

  function onFilterKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    // The menu only moves focus between its items: the arrow keys lead from the filter box into the list.
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const items = content.current?.querySelectorAll<HTMLElement>(ITEMS);
      items?.[e.key === "ArrowDown" ? 0 : items.length - 1]?.focus();
      return;
    }
    if (e.key === "Enter" && visible[0]) {
      e.preventDefault();
      close();
      router.push(`/w/${visible[0].slug}`);
      return;
    }
    if (e.key !== "Escape" && e.key !== "Tab") e.stopPropagation();
  }

  function onOpenAutoFocus(e: Event) {
    // Radix focuses the first item on a keyboard open, which is "Create workspace" until the list arrives.
    if (showFilter) {
      e.preventDefault();
      filterBox.current?.focus();
    } else if (byKeyboard) {
      e.preventDefault();
      if (!loaded || !focusWorkspace(content.current, currentSlug)) {
        awaitingList.current = true;
        loading.current?.focus({ preventScroll: true });
      }
    }
  }

  return (
    <MenuContent
      ref={content}
      align="start"
      className="w-72"
      onOpenAutoFocus={onOpenAutoFocus}
      {...(showFilter ? { role: "dialog", "aria-label": "Switch workspace", "aria-orientation": undefined } : {})}
    >
      {showFilter && (
        <div className="relative mb-1">
          <Search className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-zinc-500" aria-hidden />
          <input
            ref={filterBox}
            aria-label="Filter workspaces"
            placeholder="Filter workspaces…"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            onKeyDown={onFilterKeyDown}
            className="h-9 w-full rounded-lg border border-zinc-200 bg-transparent pl-8 pr-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-zinc-500 dark:border-zinc-700"
          />
        </div>
      )}
      <MenuItems asMenu={showFilter}>
        <DropdownMenuLabel className="flex items-center justify-between">
          Workspaces
          <kbd className="hidden rounded border border-zinc-200 px-1 font-sans text-[10px] font-medium text-zinc-500 sm:inline dark:border-zinc-700">{shortcut}</kbd>
        </DropdownMenuLabel>
        {/* A scrolling region must be keyboard-reachable on its own (axe: scrollable-region-focusable). */}
        <DropdownMenuGroup tabIndex={0} aria-label="Workspaces" className="max-h-80 overflow-y-auto outline-none focus-visible:ring-2 focus-visible:ring-zinc-500">
          {visible.map((w) => (
            <DropdownMenuItem
              key={w.slug}
              textValue={w.displayName}
              data-testid={`switcher-item-${w.slug}`}
              data-switcher-workspace={w.slug}
              aria-current={w.slug === currentSlug ? "page" : undefined}
              onSelect={() => router.push(`/w/${w.slug}`)}
            >
              <WorkspaceAvatar workspace={w} size="sm" />
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
          {!loaded && !data.isError ? (
            // Placeholder rows hold the list's place; focus waits here (not on an item) until the list arrives.
            <div ref={loading} tabIndex={-1} role="status" aria-label="Loading workspaces" data-testid="switcher-loading" className="space-y-1 outline-none">
              {[0, 1, 2].map((i) => (
                <div key={i} aria-hidden className="flex items-center gap-2 px-2.5 py-2">
                  <span className="size-6 animate-pulse rounded-md bg-zinc-200 dark:bg-zinc-800" />
                  <span className="flex-1 space-y-1.5">
                    <span className="block h-3 w-3/5 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
                    <span className="block h-2.5 w-1/4 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
                  </span>
                </div>
              ))}
            </div>
          ) : data.isError && !loaded ? (
            <p role="alert" className="px-2.5 py-2 text-sm text-red-700 dark:text-red-400">{data.error.message}</p>
          ) : (
            visible.length === 0 && <p className="px-2.5 py-2 text-sm text-zinc-600 dark:text-zinc-400">No workspace matches.</p>
          )}
        </DropdownMenuGroup>
        {invitations.length > 0 && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuLabel>Invitations</DropdownMenuLabel>
            {invitations.map((inv) => (
              <OfferItem
                key={inv.id}
                testId={`switcher-invitation-${inv.workspaceSlug}`}
                label={`Accept invitation to ${inv.workspaceName}`}
                name={inv.workspaceName}
                detail={`${ROLE_LABELS[inv.role]}${inv.inviter ? ` · from ${inv.inviter}` : ""}`}
                verb="Accept"
                icon={<Mail className="size-4 text-zinc-500" aria-hidden />}
                busy={busy === inv.id}
                disabled={busy !== null}
                onSelect={() => void respond(inv.id, () => acceptInvitationAction({ invitationId: inv.id }))}
              />
            ))}
          </>
        )}
        {offers.length > 0 && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuLabel>You can join</DropdownMenuLabel>
            {offers.map((s) => (
              <OfferItem
                key={s.slug}
                testId={`switcher-suggestion-${s.slug}`}
                label={s.mode === "request" ? `Request to join ${s.displayName}` : `Join ${s.displayName}`}
                name={s.displayName}
                detail={s.githubOrganization ? `Open to ${s.githubOrganization} on GitHub` : s.mode === "request" ? "Your email domain may ask to join" : "Open to your email domain"}
                verb={s.mode === "request" ? "Request" : "Join"}
                icon={<UserPlus className="size-4 text-zinc-500" aria-hidden />}
                busy={busy === s.slug}
                disabled={busy !== null}
                onSelect={() => (s.mode === "request" ? (close(), router.push(`/join/${s.slug}`)) : void respond(s.slug, () => joinWorkspaceAction(s.slug, undefined)))}
              />
            ))}
          </>
        )}
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => router.push("/new")}>
          <Plus className="size-4" aria-hidden /> Create workspace
        </DropdownMenuItem>
        {current && !current.personal && currentEntry?.leave && (
          <LeaveItems workspace={current} leave={currentEntry.leave} onLeave={onLeave} />
        )}
      </MenuItems>
    </MenuContent>
  );
}

/** Focuses the current workspace's item (else the first workspace); false when the list has none yet. */
function focusWorkspace(content: HTMLElement | null, slug: string | undefined): boolean {
  const items = [...(content?.querySelectorAll<HTMLElement>("[data-switcher-workspace]") ?? [])];
  const target = items.find((i) => i.dataset.switcherWorkspace === slug) ?? items[0];
  target?.focus({ preventScroll: true });
  return Boolean(target);
}

/** "Leave" last, after "Create workspace"; for the last owner disabled, with the reason and the way out. */
function LeaveItems({ workspace, leave, onLeave }: { workspace: SwitcherWorkspace; leave: NonNullable<SwitcherWorkspace["leave"]>; onLeave: () => void }) {
  if (leave.allowed) {
    return (
      <DropdownMenuItem onSelect={onLeave}>
        <LogOut className="size-4" aria-hidden /> <span className="truncate">Leave {workspace.displayName}</span>
      </DropdownMenuItem>
    );
  }
  return (
    <>
      <DropdownMenuItem disabled aria-label={`Leave ${workspace.displayName}`} aria-describedby="switcher-leave-reason" className="items-start">
        <LogOut className="mt-0.5 size-4" aria-hidden />
        <span className="min-w-0 flex-1">
          <span className="block truncate">Leave {workspace.displayName}</span>
          <span id="switcher-leave-reason" className="block text-xs text-zinc-600 dark:text-zinc-400">{leave.reason}</span>
        </span>
      </DropdownMenuItem>
      {leave.code === "LAST_OWNER" && (
        <DropdownMenuItem asChild>
          <a href={`/w/${workspace.slug}/settings/members`}>
            <ArrowRightLeft className="size-4" aria-hidden /> Transfer ownership
          </a>
        </DropdownMenuItem>
      )}
    </>
  );
}

/** An invitation or a join suggestion: one item that accepts it in place (a button inside a menu item would nest controls). */
function OfferItem(props: {
  testId: string;
  label: string;
  name: string;
  detail: string;
  verb: string;
  icon: ReactNode;
  busy: boolean;
  disabled: boolean;
  onSelect: () => void;
}) {
  return (
    <DropdownMenuItem
      data-testid={props.testId}
      aria-label={props.label}
      textValue={props.name}
      disabled={props.disabled}
      onSelect={(e) => {
        e.preventDefault(); // stays open while it runs; closes on success
        props.onSelect();
      }}
    >
      {props.icon}
      <span className="min-w-0 flex-1">
        <span className="block truncate">{props.name}</span>
        <span className="block truncate text-xs text-zinc-600 dark:text-zinc-400">{props.detail}</span>
      </span>
      <span aria-hidden className="relative inline-flex h-6 items-center rounded-md bg-zinc-900 px-2 text-xs font-medium text-white dark:bg-white dark:text-zinc-900">
        <span className={props.busy ? "opacity-0" : undefined}>{props.verb}</span>
        {props.busy && <Loader2 className="absolute inset-0 m-auto size-3.5 animate-spin" />}
      </span>
    </DropdownMenuItem>
  );
}

/** With the filter box the popup is a dialog, and the items sit in a menu of their own. */
function MenuItems({ asMenu, children }: { asMenu: boolean; children: ReactNode }) {
  if (!asMenu) return <>{children}</>;
  return (
    <div role="menu" aria-label="Workspaces" aria-orientation="vertical">
      {children}
    </div>
  );
}

