import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/select";

/**
 * The activity page's Export: a plain GET form to the session's export route (a download, no JavaScript needed), with
 * the page's current filters and the chosen format.
 */
export function ActivityExportForm({ slug, filters }: { slug: string; filters: Record<string, string | undefined> }) {
  return (
    <form method="get" action={`/api/activity/${slug}/export`} aria-label="Export activity" className="flex items-end gap-2">
      {Object.entries(filters).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      <div className="space-y-1">
        <label htmlFor="export-format" className="block text-xs font-medium text-zinc-600 dark:text-zinc-400">
          Format
        </label>
        <NativeSelect id="export-format" name="format" defaultValue="csv" className="h-10">
          <option value="csv">CSV</option>
          <option value="ndjson">NDJSON</option>
        </NativeSelect>
      </div>
      <Button type="submit" variant="secondary" className="h-10">
        Export
      </Button>
    </form>
  );
}
