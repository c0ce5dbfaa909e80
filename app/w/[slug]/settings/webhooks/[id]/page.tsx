import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChevronLeft } from "@/components/ui/icons/chevron-left";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import {
  DeleteEndpointButton,
  ResendDeliveryButton,
  RotateSecretDialog,
  SendTestEventButton,
  ToggleEndpointButton,
} from "@/components/webhooks/webhook-endpoint-buttons";
import { AppError } from "@/lib/errors";
import { requirePagePermission } from "@/lib/session/require-page-permission";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";

export const metadata: Metadata = { title: "Webhook endpoint" };

const muted = "text-sm text-zinc-600 dark:text-zinc-400";
const STATUS_TONES = { succeeded: "zinc", pending: "amber", failed: "red" } as const;

async function load(...args: Parameters<typeof listWebhookDeliveries>) {
  try {
    return await listWebhookDeliveries(...args);
  } catch (error) {
    // An id that is not one of this workspace's endpoints (or not an id at all).
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "VALIDATION")) notFound();
    throw error;
  }
}

export default async function WebhookEndpointPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { caller } = await requirePagePermission(slug, "webhooks:manage");
  const { endpoint, deliveries } = await load(caller, slug, { endpointId: id });
  const now = new Date();
  return (
    <div className="space-y-6">
      <a href={`/w/${slug}/settings/webhooks`} className="inline-flex items-center gap-1 text-sm font-medium text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white">
        <ChevronLeft className="size-4" aria-hidden />
        All endpoints
      </a>
      <Card className="space-y-4">
        <div className="space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="font-mono text-base font-semibold wrap-anywhere">{endpoint.url}</h2>
            {endpoint.enabled ? <Badge>Enabled</Badge> : <Badge tone="red">Disabled</Badge>}
          </div>
          {endpoint.description && <p className={muted}>{endpoint.description}</p>}
        </div>
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="font-medium">Events</dt>
            <dd className={`${muted} wrap-anywhere`}>{endpoint.eventTypes === "all" ? "All events" : endpoint.eventTypes.join(", ")}</dd>
          </div>
          <div>
            <dt className="font-medium">State</dt>
            <dd className={muted}>
              {!endpoint.enabled ? (
                <>
                  {endpoint.disabledReason ?? "Disabled."}
                  {endpoint.disabledAt && (
                    <>
                      {" "}
                      <RelativeTime date={endpoint.disabledAt} now={now} />
                    </>
                  )}
                </>
              ) : endpoint.failingSince ? (
                <>
                  Failing since <RelativeTime date={endpoint.failingSince} now={now} />
                </>
              ) : (
                "Delivering"
              )}
            </dd>
          </div>
          <div>
            <dt className="font-medium">Signing secret</dt>
            <dd className={muted}>
              {endpoint.previousSecretExpiresAt ? (
                <>
                  Rotated; the previous one also signs until <RelativeTime date={endpoint.previousSecretExpiresAt} now={now} />
                </>
              ) : (
                "Shown once when created or rotated"
              )}
            </dd>
          </div>
        </dl>
        <div className="flex flex-wrap gap-2">
          <SendTestEventButton slug={slug} endpointId={endpoint.id} />
          <RotateSecretDialog slug={slug} endpointId={endpoint.id} />
          <ToggleEndpointButton slug={slug} endpointId={endpoint.id} enabled={endpoint.enabled} />
          <DeleteEndpointButton slug={slug} endpointId={endpoint.id} url={endpoint.url} />
        </div>
      </Card>

      <Card className="space-y-4">
        <div className="space-y-1">
          <h2 className="text-base font-semibold">Delivery log</h2>
          <p className={muted}>Each event sent to this endpoint in the last 30 days, newest first, with every attempt.</p>
        </div>
        {deliveries.length === 0 ? (
          <p className={`${muted} italic`}>Nothing sent yet. Send a test event to try your receiver.</p>
        ) : (
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Deliveries">
            {deliveries.map((d) => (
              <li key={d.id} className="py-2.5" data-testid="webhook-delivery">
                <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
                  <div className="min-w-0 space-y-0.5">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-mono text-sm">{d.type}</span>
                      <Badge tone={STATUS_TONES[d.status]}>
                        {d.status === "succeeded" ? "Delivered" : d.status === "pending" ? (d.attempts ? "Retrying" : "Queued") : "Failed"}
                        {d.lastStatusCode ? ` · ${d.lastStatusCode}` : ""}
                      </Badge>
                    </div>
                    <div className="text-xs text-zinc-600 dark:text-zinc-400">
                      <RelativeTime date={d.createdAt} now={now} /> · {d.attempts} {d.attempts === 1 ? "attempt" : "attempts"}
                      {d.status === "pending" && d.nextAttemptAt && d.attempts > 0 && (
                        <>
                          {" "}
                          · next <RelativeTime date={d.nextAttemptAt} now={now} />
                        </>
                      )}
                    </div>
                  </div>
                  <ResendDeliveryButton slug={slug} endpointId={endpoint.id} deliveryId={d.id} type={d.type} />
                </div>
                <details className="mt-1 text-sm">
                  <summary className="cursor-pointer text-xs font-medium text-zinc-600 dark:text-zinc-400">Attempts and payload</summary>
                  {d.attemptLog.length > 0 && (
                    <ol className="mt-2 space-y-1.5 text-xs" aria-label="Attempts">
                      {d.attemptLog.map((a) => (
                        <li key={a.attemptedAt.toISOString()} className="rounded-lg bg-zinc-50 p-2 dark:bg-zinc-950" data-testid="webhook-attempt">
                          <div className="flex flex-wrap gap-x-3">
                            <RelativeTime date={a.attemptedAt} now={now} />
                            <span className="font-mono">{a.statusCode ?? "no response"}</span>
                            <span>{a.durationMs} ms</span>
                            {a.nextRetryAt && (
                              <span>
                                retry <RelativeTime date={a.nextRetryAt} now={now} />
                              </span>
                            )}
                          </div>
                          {a.error && <p className="mt-1 text-red-700 wrap-anywhere dark:text-red-400">{a.error}</p>}
                          {a.responseExcerpt && <pre className="mt-1 overflow-x-auto whitespace-pre-wrap font-mono wrap-anywhere">{a.responseExcerpt}</pre>}
                        </li>
                      ))}
                    </ol>
                  )}
                  <pre className="mt-2 overflow-x-auto rounded-lg bg-zinc-50 p-2 font-mono text-xs dark:bg-zinc-950">{JSON.stringify(d.payload, null, 2)}</pre>
                </details>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
