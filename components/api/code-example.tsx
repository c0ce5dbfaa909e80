import { CopyButton } from "@/components/ui/copy-button";

/** A code example of the API reference, with a copy button (the app's one copy confirmation). */
export function CodeExample({ code, label }: { code: string; label: string }) {
  return (
    <div className="relative">
      <pre
        className="overflow-x-auto rounded-lg bg-zinc-900 py-3 pl-4 pr-24 font-mono text-[13px] leading-5 text-zinc-100 dark:bg-zinc-950 dark:ring-1 dark:ring-zinc-800"
        data-testid="code-example"
      >
        <code>{code}</code>
      </pre>
      <div className="absolute right-2 top-2">
        <CopyButton value={code} label={label} size="sm" />
      </div>
    </div>
  );
}
