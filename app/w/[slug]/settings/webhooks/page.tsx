import type { Metadata } from "next";
import { ChevronRight } from "@/components/ui/icons/chevron-right";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { CreateWebhookEndpointDialog } from "@/components/webhooks/create-webhook-endpoint-dialog";
import { requirePagePermission } from "@/lib/session/require-page-permission";
import { eventTypeOptions } from "@/lib/webhooks/event-type-options";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";

export const metadata: Metadata = { title: "Webhooks" };

const muted = "text-sm text-zinc-600 dark:text-zinc-400";

export default async function WebhooksSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { caller } = await requirePagePermission(slug, "webhooks:manage");
  const endpoints = await listWebhookEndpoints(caller, slug);
  const now = new Date();
  return (
    <Card className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-2xl space-y-1">
          <h2 className="text-base font-semibold">Webhooks</h2>
          <p className={muted}>
            Roster POSTs every change in this workspace (people joining, leaving or changing role, invitations, tokens, settings) to your endpoints as it happens,
            signed per the Standard Webhooks specification. Failed deliveries are retried for about a day.{" "}
            <a href="/docs/api#webhook-events" className="font-medium text-zinc-900 underline underline-offset-2 dark:text-zinc-100">
              Event reference
            </a>
          </p>
        </div>
        <CreateWebhookEndpointDialog slug={slug} types={eventTypeOptions()} />
      </div>
      {endpoints.length === 0 ? (
        <p className={`${muted} italic`}>No endpoints yet.</p>
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Webhook endpoints">
          {endpoints.map((endpoint) => (
            <li key={endpoint.id}>
              <a
                href={`/w/${slug}/settings/webhooks/${endpoint.id}`}
                className="flex items-center justify-between gap-4 rounded-lg px-2 py-2.5 hover:bg-zinc-50 dark:hover:bg-zinc-800/50"
                data-testid="webhook-endpoint"
              >
                <div className="min-w-0 space-y-0.5">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-mono text-sm wrap-anywhere">{endpoint.url}</span>
                    {!endpoint.enabled && <Badge tone="red">Disabled</Badge>}
                    {endpoint.enabled && endpoint.failingSince && <Badge tone="amber">Failing</Badge>}
                  </div>
                  <div className="text-xs text-zinc-600 dark:text-zinc-400">
                    {endpoint.description ? `${endpoint.description} · ` : ""}
                    {endpoint.eventTypes === "all" ? "All events" : `${endpoint.eventTypes.length} event ${endpoint.eventTypes.length === 1 ? "type" : "types"}`} ·{" "}
                    <RelativeTime date={endpoint.createdAt} now={now} prefix="added" />
                  </div>
                </div>
                <ChevronRight className="size-4 shrink-0 text-zinc-400" aria-hidden />
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
