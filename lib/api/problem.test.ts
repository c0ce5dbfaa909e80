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
