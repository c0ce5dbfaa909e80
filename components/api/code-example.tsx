import { CopyButton } from "@/components/ui/copy-button";

/**
 * A code example of the API reference: its language over the code with a copy button (the app's one copy
 * confirmation) beside it, so the button never covers code on a narrow screen.
 */
export function CodeExample({ code, label, language = "Shell" }: { code: string; label: string; language?: string }) {
  return (
    <div className="overflow-hidden rounded-lg bg-zinc-900 dark:bg-zinc-950 dark:ring-1 dark:ring-zinc-800">
      <div className="flex items-center justify-between gap-3 border-b border-zinc-700/60 py-1.5 pl-4 pr-1.5 dark:border-zinc-800">
        <span className="text-xs font-medium text-zinc-400">{language}</span>
        <CopyButton value={code} label={label} size="sm" />
      </div>
      <pre className="overflow-x-auto px-4 py-3 font-mono text-[13px] leading-5 text-zinc-100" data-testid="code-example">
        <code>{code}</code>
      </pre>
    </div>
  );
}
