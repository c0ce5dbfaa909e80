import type { Span, SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { registerOTel } from "@vercel/otel";
import { getEnv } from "@/lib/env";

/** The request's context that lib/server/serve.mjs keeps (an AsyncLocalStorage on globalThis: it is outside the bundle). */
type RequestContexts = { getStore(): { requestId?: string } | undefined };

/**
 * The request id of the logs (`requestId`, the X-Request-Id header) on each request's span, as `roster.request_id`:
 * a reported reference finds its trace. @vercel/otel's `attributesFromHeaders` reads Vercel's request context, which a
 * self-hosted server does not have, so the id comes from serve.mjs's context, in which Next.js opens the span.
 */
const requestIdOnRequestSpans: SpanProcessor = {
  onStart(span: Span) {
    const parent = span.parentSpanContext;
    if (parent && !parent.isRemote) return;
    const requestId = (globalThis as { __rosterRequestContext?: RequestContexts }).__rosterRequestContext?.getStore()?.requestId;
    if (requestId) span.setAttribute("roster.request_id", requestId);
  },
  onEnd() {},
  forceFlush: () => Promise.resolve(),
  shutdown: () => Promise.resolve(),
};

/**
 * OpenTelemetry tracing through Next.js's own spans (@vercel/otel: the request, its route, rendering, fetch calls),
 * exported over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT ("auto": the OTEL_EXPORTER_OTLP_* variables; instrumentation.ts
 * loads this file only when the endpoint is set). db/instrument-statements.ts adds a span per SQL statement.
 */
export function registerTracing(): void {
  registerOTel({ serviceName: getEnv().OTEL_SERVICE_NAME, spanProcessors: [requestIdOnRequestSpans, "auto"] });
}
