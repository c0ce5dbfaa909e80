"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Check, ChevronsUpDown, LogOut, Plus, Search, UserPlus } from "lucide-react";
import { toast } from "sonner";
import { joinWorkspaceAction } from "@/lib/actions/join-workspace-action";
import { LeaveWorkspaceButton } from "@/components/workspaces/leave-workspace-button";
import type { Role } from "@/db/schema";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export type SwitcherWorkspace = { slug: string; displayName: string; personal: boolean; role: Role };

const FILTER_THRESHOLD = 8;

type Suggestion = { slug: string; displayName: string };

export function WorkspaceSwitcher({
  workspaces,
  currentSlug,
  suggestions = [],
}: {
  workspaces: SwitcherWorkspace[];
  currentSlug?: string;
  suggestions?: Suggestion[];
}) {
  const router = useRouter();
  const [filter, setFilter] = useState("");
  const [leaveOpen, setLeaveOpen] = useState(false);

  async function join(slug: string) {
    const res = await joinWorkspaceAction(slug);
    if (!res.ok) return void toast.error(res.message);
    router.push(`/w/${res.data.slug}`);
    router.refresh();
  }
  const current = workspaces.find((w) => w.slug === currentSlug);
  const showFilter = workspaces.length > FILTER_THRESHOLD;
  const visible = useMemo(() => {
    const q = filter.trim().toLowerCase();
    if (!q) return workspaces;
    return workspaces.filter((w) => w.displayName.toLowerCase().includes(q) || w.slug.includes(q));
  }, [filter, workspaces]);

  return (
    <>
    <DropdownMenu onOpenChange={(open) => !open && setFilter("")}>
      <DropdownMenuTrigger
        data-testid="workspace-switcher"
        className="flex max-w-72 items-center gap-2 rounded-lg px-2 py-1.5 text-sm font-medium outline-none hover:bg-zinc-100 focus-visible:ring-2 focus-visible:ring-zinc-500 dark:hover:bg-zinc-800"
      >
        <WorkspaceAvatar name={current?.displayName ?? "?"} />
        <span className="truncate">{current?.displayName ?? "Choose a workspace"}</span>
        <ChevronsUpDown className="size-4 shrink-0 text-zinc-500" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-72">
        {showFilter && (
          <div className="relative mb-1">
            <Search className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-zinc-500" aria-hidden />
            <input
              aria-label="Filter workspaces"
              placeholder="Filter workspaces…"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Escape" && e.key !== "Tab") e.stopPropagation();
              }}
              className="h-9 w-full rounded-lg border border-zinc-200 bg-transparent pl-8 pr-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-zinc-500 dark:border-zinc-700"
            />
          </div>
        )}
        <DropdownMenuLabel>Workspaces</DropdownMenuLabel>
        <DropdownMenuGroup className="max-h-80 overflow-y-auto">
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
          {visible.length === 0 && <p className="px-2.5 py-2 text-sm text-zinc-600 dark:text-zinc-400">No workspace matches.</p>}
        </DropdownMenuGroup>
        {suggestions.length > 0 && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuLabel>You can join</DropdownMenuLabel>
            {suggestions.map((s) => (
              <DropdownMenuItem key={s.slug} textValue={s.displayName} onSelect={() => void join(s.slug)}>
                <UserPlus className="size-4" aria-hidden /> Join {s.displayName}
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
            <LogOut className="size-4" aria-hidden /> Leave {current.displayName}
          </DropdownMenuItem>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
    {current && !current.personal && (
      <LeaveWorkspaceButton slug={current.slug} displayName={current.displayName} open={leaveOpen} onOpenChange={setLeaveOpen} />
    )}
    </>
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
