import type { Instrumentation } from "next";

// Runs once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Tracing first, so the database opened at start-up traces its statements; without an endpoint nothing is loaded.
    if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()) {
      const { registerTracing } = await import("@/lib/observability/register-tracing");
      registerTracing();
    }
    const { startup } = await import("@/lib/startup");
    await startup();
  }
}

/**
 * Every error a page, server action or route handler did not handle (the API and actions handle their own): logged
 * once, with the request's id and the digest the error page shows, so a reported reference finds its cause.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/observability/log-request-error");
  logRequestError(error, request, context);
};
