import { describe, expect, it } from "vitest";
import { toAppError } from "@/lib/errors";
import { DeadlineError, dbFault, withDeadline } from "@/db/faults";

describe("withDeadline", () => {
  it("passes a promise's outcome through when it settles in time", async () => {
    await expect(withDeadline(Promise.resolve(7), 1000)).resolves.toBe(7);
    await expect(withDeadline(Promise.reject(new Error("refused")), 1000)).rejects.toThrow("refused");
  });

  it("answers a promise that never settles with a DeadlineError after the deadline, which the error model maps to a 503", async () => {
    const started = performance.now();
    const error = await withDeadline(new Promise(() => {}), 50).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(dbFault(error)).toBe("timeout");
    expect(toAppError(error).code).toBe("UNAVAILABLE");
  });

  it("ignores a rejection that arrives after the deadline (no unhandled rejection)", async () => {
    let reject!: (e: Error) => void;
    const late = new Promise<never>((_, r) => (reject = r));
    await expect(withDeadline(late, 10)).rejects.toBeInstanceOf(DeadlineError);
    reject(new Error("too late"));
    await new Promise((resolve) => setImmediate(resolve));
  });
});
