import { z } from "zod";
import { can, PERMISSIONS, ROLES, type Permission } from "@/lib/auth/permissions";
import { ERRORS, type ErrorCode } from "@/lib/errors";
import { operations, TAGS, type Operation } from "./operations";
import { problemSchema } from "./schemas";
import { webhooksSection } from "./webhook-openapi";

type JsonSchema = Record<string, unknown>;

/** The problems every operation can answer, documented with their status and help from ERRORS. */
const PROBLEMS: ErrorCode[] = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "VALIDATION", "RATE_LIMITED", "UNAVAILABLE"];

/**
 * JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a zod schema. Schemas named with `.meta({ id })` become
 * components/schemas entries referenced with $ref.
 */
function schemaOf(schema: z.ZodType, io: "input" | "output", components: Record<string, JsonSchema>): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: (ctx) => {
      const js = ctx.jsonSchema as JsonSchema;
      if (js.format === "date-time") delete js.pattern;
      // An optional field's `undefined` branch converts to `{}` (anything): drop it, optionality is `required`.
      if (Array.isArray(js.anyOf)) js.anyOf = (js.anyOf as JsonSchema[]).filter((branch) => Object.keys(branch).length > 0);
    },
  }) as JsonSchema;
  const text = JSON.stringify(json).replaceAll('"#/$defs/', '"#/components/schemas/');
  const { $schema: _dialect, $defs, ...rest } = JSON.parse(text) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  void _dialect;
  Object.assign(components, $defs ?? {});
  return rest;
}

/** Who may call an operation, derived from the one matrix: the roles holding its permission (none for account-wide ones). */
export function rolesFor(permission: Operation["permission"]) {
  const isCell = (PERMISSIONS as readonly string[]).includes(permission);
  return isCell ? ROLES.filter((role) => can(role, permission as Permission)) : [];
}

function parameters(op: Operation, components: Record<string, JsonSchema>) {
  const list: unknown[] = Object.entries(op.pathParams ?? {}).map(([name, description]) => ({
    name,
    in: "path",
    required: true,
    description,
    schema: { type: "string" },
  }));
  if (op.query) {
    const json = schemaOf(op.query, "input", components) as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = schema;
      list.push({ name, in: "query", required: json.required?.includes(name) ?? false, description, schema: rest });
    }
  }
  return list;
}

/** The OpenAPI 3.1 document of /api/v1, generated from the operations list and its zod schemas. */
export function buildOpenApiDocument(serverUrl = "/") {
  const components: Record<string, JsonSchema> = {};
  const problem = schemaOf(problemSchema, "output", components);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const responses: Record<string, unknown> = {
      [op.success.status]: {
        description: op.success.description,
        ...(op.success.schema ? { content: { "application/json": { schema: schemaOf(op.success.schema, "output", components) } } } : {}),
        ...(op.success.download ? { content: Object.fromEntries(op.success.download.map((type) => [type, { schema: { type: "string" } }])) } : {}),
      },
    };
    if (op.unauthenticated) {
      responses[400] = {
        description: "An OAuth error (RFC 6749 §5.2, RFC 8628 §3.5): `{ error, error_description }`.",
        content: { "application/json": { schema: { type: "object", properties: { error: { type: "string" }, error_description: { type: "string" }, interval: { type: "integer" } }, required: ["error"] } } },
      };
    }
    for (const code of PROBLEMS) {
      if (op.unauthenticated && code !== "RATE_LIMITED" && code !== "UNAVAILABLE") continue;
      if (code === "VALIDATION" && !op.body && !op.query && !op.workspaceScoped) continue;
      const { status, help } = ERRORS[code];
      // A token whose holder is suspended answers 401 too, with its own code.
      const description = code === "UNAUTHENTICATED" ? `${help} Code \`SUSPENDED\`: ${ERRORS.SUSPENDED.help}` : help;
      responses[status] = { description, content: { "application/problem+json": { schema: problem } } };
    }
    (paths[op.path] ??= {})[op.method] = {
      operationId: op.id,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: [op.tag],
      "x-permission": op.permission,
      ...(op.unauthenticated ? { security: [] } : {}),
      ...(rolesFor(op.permission).length ? { "x-roles": rolesFor(op.permission) } : {}),
      parameters: parameters(op, components),
      ...(op.body
        ? {
            requestBody: {
              required: !op.bodyOptional,
              content: {
                "application/json": { schema: schemaOf(op.body, "input", components), ...(op.example ? { example: op.example } : {}) },
                ...(op.unauthenticated ? { "application/x-www-form-urlencoded": { schema: schemaOf(op.body, "input", components) } } : {}),
              },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Roster API",
      version: "1.0.0",
      description:
        "Manage a Roster workspace with an API token: `Authorization: Bearer rst_...`. A workspace token acts in its workspace with the lower of its role and its owner's current role; a personal access token acts as its person in every workspace (name one with `?workspace=<slug>`). Each operation's `x-permission` is the cell of Roster's permission matrix it needs and `x-roles` the roles holding it; `personal access token` operations act on your own account and refuse workspace tokens. Errors are RFC 9457 problem details with a stable `code`.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    tags: TAGS.map((tag) => ({ ...tag })),
    paths,
    webhooks: webhooksSection((schema) => schemaOf(schema, "output", components)),
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "rst_ + 36 base62 characters" } },
      schemas: components,
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
