import type { z } from "zod";

type Issue = z.core.$ZodRawIssue;

/** "maxUses" → "Max uses", "holderId" → "Holder", "allowedDomains.0" → "Allowed domains". */
export function fieldLabel(path: readonly PropertyKey[] | undefined): string | null {
  const name = [...(path ?? [])].reverse().find((p): p is string => typeof p === "string");
  if (!name) return null;
  const words = name
    .replace(/Id$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .trim();
  return words ? words[0].toUpperCase() + words.slice(1) : null;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object of fields",
  date: "a date",
  bigint: "a whole number",
};

/**
 * The message of an issue whose schema did not say one itself: what is expected, in words, never zod's "Invalid
 * input". Schemas still give their own message where they know better ("Max uses must be a whole number from 1 to
 * 100,000."); this is the floor every field error reaches.
 */
export function humanMessage(issue: Issue): string | undefined {
  const label = fieldLabel(issue.path);
  const subject = label ?? "The input";
  switch (issue.code) {
    case "invalid_type": {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return label ? `${label} is required.` : `Send ${expected}.`;
      return `${subject} must be ${expected}.`;
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? `${subject} is required.` : `${subject} must be at least ${min} characters.`;
      if (issue.origin === "array" || issue.origin === "set") return `${subject} needs at least ${min} item${min === 1 ? "" : "s"}.`;
      return `${subject} must be at least ${min}.`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `${subject} must be at most ${max} characters.`;
      if (issue.origin === "array" || issue.origin === "set") return `${subject} can have at most ${max} items.`;
      return `${subject} must be at most ${max}.`;
    }
    case "invalid_format":
      return `${subject} is not a valid ${issue.format === "regex" ? "value" : issue.format}.`;
    case "invalid_value":
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
      return `${subject} is not one of the accepted values.`;
    case "unrecognized_keys":
      return `Unknown field${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}.`;
    case "not_multiple_of":
      return `${subject} must be a multiple of ${issue.divisor}.`;
    default:
      return undefined;
  }
}
