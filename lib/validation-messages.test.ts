import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as activity from "@/lib/activity/schemas";
import * as invitations from "@/lib/invitations/schemas";
import * as members from "@/lib/members/schemas";
import * as serviceAccounts from "@/lib/service-accounts/schemas";
import * as tokens from "@/lib/tokens/schemas";
import * as workspaces from "@/lib/workspaces/schemas";
import { AppError } from "./errors";
import { parseInput } from "./validation";
import { fieldLabel } from "./validation-messages";

const BAD_VALUES: unknown[] = [undefined, null, 12.5, -1, 1e9, "", " ", "x".repeat(300), [], {}, true, "not-a-date", ["a", 1]];
/** zod's own wording, which must never reach a person. */
const ZOD_DEFAULT = /Invalid input|Too small:|Too big:|expected \w+, received|Invalid option/;

function schemasOf(...modules: Record<string, unknown>[]) {
  return modules.flatMap((m) => Object.entries(m).filter((e): e is [string, z.ZodType] => typeof (e[1] as z.ZodType)?.safeParse === "function"));
}

function messagesFor(schema: z.ZodType, input: unknown): string[] {
  try {
    parseInput(schema, input);
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return [error.message, ...Object.values(error.fieldErrors ?? {}).flat()];
  }
}

describe("validation messages", () => {
  it("say what is expected for every field of every domain schema, never zod's defaults", () => {
    const seen: string[] = [];
    for (const [name, schema] of schemasOf(activity, invitations, members, serviceAccounts, tokens, workspaces)) {
      const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      for (const bad of BAD_VALUES) {
        for (const input of [bad, ...Object.keys(shape).map((key) => ({ [key]: bad }))]) {
          for (const message of messagesFor(schema, input)) seen.push(`${name}: ${message}`);
        }
      }
    }
    expect(seen.length).toBeGreaterThan(100);
    expect(seen.filter((m) => ZOD_DEFAULT.test(m))).toEqual([]);
  });

  it("words the invite link's limits as the issue asks", () => {
    expect(messagesFor(invitations.createInviteLinkSchema, { role: "member", expiresIn: "7d", maxUses: "2.5" })).toContain(
      "Max uses must be a whole number from 1 to 100,000, or empty for no limit.",
    );
  });

  it("names fields in words", () => {
    expect(fieldLabel(["maxUses"])).toBe("Max uses");
    expect(fieldLabel(["holderId"])).toBe("Holder");
    expect(fieldLabel(["allowedDomains", 0])).toBe("Allowed domains");
    expect(fieldLabel([])).toBeNull();
  });
});
