/**
 * Entra ID sends booleans as strings ("active": "False", also inside PATCH values and for `primary`): scimmy refuses
 * those as invalidValue, so they become booleans first. Only the boolean attributes Roster reads, in any letter case.
 */
const BOOLEAN_ATTRIBUTES = new Set(["active", "primary"]);

function asBoolean(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const lowered = value.trim().toLowerCase();
  return lowered === "true" ? true : lowered === "false" ? false : value;
}

function coerceObject(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(coerceObject);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, BOOLEAN_ATTRIBUTES.has(key.toLowerCase()) ? asBoolean(child) : coerceObject(child)]),
  );
}

/** The last attribute a PATCH path names: `active`, `emails[type eq "work"].primary` -> primary. */
const pathAttribute = (path: unknown) => (typeof path === "string" ? (path.replace(/\[[^\]]*\]/g, "").split(/[.:]/).pop() ?? "").toLowerCase() : "");

export function coerceScimBody(body: Record<string, unknown>): Record<string, unknown> {
  const coerced = coerceObject(body) as Record<string, unknown>;
  const operations = Object.entries(coerced).find(([key]) => key.toLowerCase() === "operations");
  if (operations && Array.isArray(operations[1])) {
    coerced[operations[0]] = operations[1].map((op: unknown) => {
      if (!op || typeof op !== "object") return op;
      const o = op as Record<string, unknown>;
      return BOOLEAN_ATTRIBUTES.has(pathAttribute(o.path)) ? { ...o, value: asBoolean(o.value) } : o;
    });
  }
  return coerced;
}
