"use client";

import type { WebhookEventType } from "@/lib/webhooks/schemas";
import { FieldError } from "@/components/ui/input";

/**
 * "All events" or a chosen set, the choices grouped by what they are about (member, invitation, token, ...). The
 * types and their labels come from the activity registry, passed in by the page.
 */
export function EventTypesField({
  types,
  value,
  onChange,
  error,
}: {
  types: { type: WebhookEventType; label: string }[];
  value: "all" | WebhookEventType[];
  onChange: (next: "all" | WebhookEventType[]) => void;
  error?: string;
}) {
  const groups = Object.entries(
    types.reduce<Record<string, { type: WebhookEventType; label: string }[]>>((acc, t) => {
      (acc[t.type.split(".")[0]] ??= []).push(t);
      return acc;
    }, {}),
  );
  const chosen = value === "all" ? [] : value;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Events</legend>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" name="event-scope" checked={value === "all"} onChange={() => onChange("all")} />
          All events
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="event-scope" checked={value !== "all"} onChange={() => onChange(chosen)} />
          Chosen events
        </label>
      </div>
      {value !== "all" && (
        <div className="max-h-56 space-y-3 overflow-y-auto rounded-lg border border-zinc-200 p-3 dark:border-zinc-800" aria-describedby="event-types-error">
          {groups.map(([group, items]) => (
            <div key={group} className="space-y-1">
              <p className="font-mono text-xs font-semibold text-zinc-600 dark:text-zinc-400">{group}</p>
              {items.map((t) => (
                <label key={t.type} className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="eventTypes"
                    className="mt-1"
                    checked={chosen.includes(t.type)}
                    onChange={(e) => onChange(e.target.checked ? [...chosen, t.type] : chosen.filter((c) => c !== t.type))}
                  />
                  <span className="min-w-0 wrap-anywhere">
                    <span className="font-mono text-xs">{t.type}</span> <span className="text-zinc-600 dark:text-zinc-400">{t.label}</span>
                  </span>
                </label>
              ))}
            </div>
          ))}
        </div>
      )}
      <FieldError id="event-types-error">{error}</FieldError>
    </fieldset>
  );
}
