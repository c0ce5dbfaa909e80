import { cn } from "@/lib/utils";

/** Grey blocks in the shape of the page that is loading (route-level loading.tsx): the shell stays, the content waits. */
function Bone({ className }: { className: string }) {
  return <div aria-hidden className={cn("bone", className)} />;
}

function Loading({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" aria-label="Loading" data-testid="page-loading" className="space-y-6">
      {children}
    </div>
  );
}

/** A workspace's overview: its title, the four figures, the shortcuts. */
export function WorkspaceSkeleton() {
  return (
    <Loading>
      <div className="space-y-2">
        <Bone className="h-4 w-32" />
        <Bone className="h-7 w-56" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <Bone key={i} className="h-[74px]" />
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {[0, 1, 2, 3].map((i) => (
          <Bone key={i} className="h-[74px] rounded-xl" />
        ))}
      </div>
    </Loading>
  );
}

/** A settings tab's content under the settings header and tabs: a toolbar and a table or card. */
export function SettingsTabSkeleton() {
  return (
    <Loading>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Bone className="h-10 w-full max-w-sm" />
        <Bone className="h-8 w-24" />
      </div>
      <div className="space-y-px overflow-hidden rounded-xl border border-zinc-200 dark:border-zinc-800">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="flex items-center gap-3 bg-white px-4 py-3 dark:bg-zinc-900">
            <Bone className="size-8 shrink-0 rounded-full" />
            <div className="flex-1 space-y-1.5">
              <Bone className="h-3.5 w-1/3" />
              <Bone className="h-3 w-1/4" />
            </div>
            <Bone className="hidden h-8 w-24 sm:block" />
          </div>
        ))}
      </div>
    </Loading>
  );
}
