import { CopyButton } from "@/components/ui/copy-button";

/** A value an IdP admin copies into their identity provider: its name, the value (selectable) and a copy button. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium">{label}</p>
      <div className="flex items-center gap-2">
        <code className="min-w-0 flex-1 break-all rounded-lg bg-zinc-100 px-3 py-2 font-mono text-xs dark:bg-zinc-800" data-testid={`copy-${label}`}>
          {value}
        </code>
        <CopyButton value={value} label={`Copy ${label}`} size="sm" />
      </div>
      {hint && <p className="text-xs text-zinc-600 dark:text-zinc-400">{hint}</p>}
    </div>
  );
}
