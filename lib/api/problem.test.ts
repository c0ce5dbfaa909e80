import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, ERRORS, toAppError, type ErrorCode } from "@/lib/errors";
import { problemResponse, toProblem } from "./problem";

describe("problem details", () => {
  it.each(Object.entries(ERRORS).map(([code, { status }]) => [code, status]) as [ErrorCode, number][])("maps %s to HTTP %i", (code, status) => {
    const problem = toProblem(new AppError(code, "Something happened."), "/api/v1/x");
    expect(problem).toMatchObject({ status, code, detail: "Something happened.", instance: "/api/v1/x" });
    expect(problem.type).toMatch(/^\/docs\/api#error-[a-z-]+$/);
    expect(problem.title.length).toBeGreaterThan(0);
  });

  it("uses application/problem+json and carries field errors", async () => {
    const error = toAppError(z.object({ name: z.string().min(1, "Name is required.") }).safeParse({ name: "" }).error);
    const res = problemResponse(error, "/api/v1/members/1");
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.json()).toMatchObject({ code: "VALIDATION", errors: { name: ["Name is required."] } });
  });

  it("asks for a bearer token on 401", () => {
    const res = problemResponse(new AppError("UNAUTHENTICATED", "No."));
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("says when to retry on 429", () => {
    expect(problemResponse(new AppError("RATE_LIMITED", "Slow down.", undefined, 12.2)).headers.get("retry-after")).toBe("13");
    expect(problemResponse(new AppError("RATE_LIMITED", "Slow down.")).headers.get("retry-after")).toBe("60");
  });
});

describe("an unavailable database", () => {
  const connectionError = (code: string) => Object.assign(new Error(`write ${code} 127.0.0.1:5432`), { code });
  const postgresError = (code: string) => Object.assign(new Error("terminating connection"), { name: "PostgresError", code });
  // drizzle wraps driver errors in DrizzleQueryError, with the driver's error as its cause.
  const wrapped = (cause: Error) => Object.assign(new Error("Failed query: select 1"), { cause });

  it.each([
    ["ECONNREFUSED", connectionError("ECONNREFUSED")],
    ["ECONNRESET", connectionError("ECONNRESET")],
    ["CONNECTION_CLOSED", wrapped(connectionError("CONNECTION_CLOSED"))],
    ["CONNECTION_DESTROYED", connectionError("CONNECTION_DESTROYED")],
    ["CONNECT_TIMEOUT", connectionError("CONNECT_TIMEOUT")],
    ["57P01 (terminated)", wrapped(postgresError("57P01"))],
    ["57P02", postgresError("57P02")],
    ["57P03 (starting up)", postgresError("57P03")],
    ["57014 (statement timeout)", wrapped(postgresError("57014"))],
    ["55P03 (lock timeout)", wrapped(postgresError("55P03"))],
    ["53300 (too many connections)", postgresError("53300")],
    ["a full pool", Object.assign(new Error("No database connection became free"), { code: "POOL_TIMEOUT" })],
    ["happy eyeballs", Object.assign(new AggregateError([connectionError("ECONNREFUSED")]), {})],
  ])("%s is a 503 with Retry-After, never a 500", async (_, error) => {
    const appError = toAppError(error);
    expect(appError.code).toBe("UNAVAILABLE");
    const res = problemResponse(appError, "/api/v1/members", "req-123");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("2");
    expect(res.headers.get("x-request-id")).toBe("req-123");
    expect(await res.json()).toMatchObject({ code: "UNAVAILABLE", status: 503, requestId: "req-123" });
  });

  it("leaves other database errors (a constraint, a bug) to the caller, as INTERNAL", () => {
    expect(() => toAppError(wrapped(postgresError("23505")))).toThrow();
    expect(() => toAppError(new TypeError("x is undefined"))).toThrow();
  });
});

describe("the API reference", () => {
  it("documents UNAVAILABLE (503) on every operation, from ERRORS", async () => {
    const { buildOpenApiDocument } = await import("./openapi");
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>> };
    const operations = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(operations.length).toBeGreaterThan(0);
    for (const op of operations) expect(op.responses["503"]?.description).toBe(ERRORS.UNAVAILABLE.help);
  });
});
