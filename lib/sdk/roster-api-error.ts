/**
 * A refusal or failure of the Roster API: the RFC 9457 problem's fields (`code` is stable; `requestId` is what to
 * quote when reporting it), or a network failure (`status` 0, `code` "NETWORK").
 */
export class RosterApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly requestId?: string;
  readonly errors?: Record<string, string[]>;
  readonly retryAfterSeconds?: number;

  constructor(problem: { status: number; code: string; title: string; detail: string; requestId?: string; errors?: Record<string, string[]>; retryAfterSeconds?: number }) {
    super(problem.detail || problem.title);
    this.name = "RosterApiError";
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.requestId = problem.requestId;
    this.errors = problem.errors;
    this.retryAfterSeconds = problem.retryAfterSeconds;
  }

  /** From a response that is not a success: its problem document, or what can be said without one. */
  static async fromResponse(response: Response, body?: unknown): Promise<RosterApiError> {
    const problem = (body ?? (await response.json().catch(() => null))) as Record<string, unknown> | null;
    const retryAfter = Number(response.headers.get("retry-after"));
    const text = (v: unknown) => (typeof v === "string" ? v : undefined);
    return new RosterApiError({
      status: response.status,
      code: text(problem?.code) ?? text(problem?.error) ?? `HTTP_${response.status}`,
      title: text(problem?.title) ?? (response.statusText || `HTTP ${response.status}`),
      detail: text(problem?.detail) ?? text(problem?.error_description) ?? `The server answered ${response.status}.`,
      requestId: text(problem?.requestId) ?? response.headers.get("x-request-id") ?? undefined,
      errors: (problem?.errors as Record<string, string[]> | undefined) ?? undefined,
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    });
  }

  static network(baseUrl: string, cause: unknown): RosterApiError {
    const reason = cause instanceof Error ? ((cause.cause as { code?: string } | undefined)?.code ?? cause.message) : String(cause);
    return new RosterApiError({ status: 0, code: "NETWORK", title: "Server unreachable", detail: `Could not reach ${baseUrl} (${reason}).` });
  }
}
