import type { Metadata } from "next";
import { headers } from "next/headers";
import { CodeExample } from "@/components/api/code-example";
import { appOrigin } from "@/lib/app-origin";
import { curlExample } from "@/lib/api/curl-example";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { problemType } from "@/lib/api/problem";
import { ERROR_CODES, ERRORS } from "@/lib/errors";
import { cn } from "@/lib/utils";
import { HeaderBar } from "@/components/shell/header-bar";

export const metadata: Metadata = { title: "API reference" };

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  default?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
};
type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Schema };
type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  "x-permission": string;
  "x-roles"?: string[];
  security?: unknown[];
  parameters: Parameter[];
  requestBody?: { content: { "application/json": { schema: Schema; example?: unknown } } };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};

const METHOD_STYLES: Record<string, string> = {
  get: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  post: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300",
  patch: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-300",
  delete: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300",
};

/** Text with `code` spans, as in the descriptions of the document. */
function Prose({ text }: { text: string }) {
  return (
    <>
      {text.split("`").map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-zinc-100 px-1 font-mono text-[0.9em] dark:bg-zinc-800">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

function refName(ref: string) {
  return ref.split("/").at(-1) ?? ref;
}

function typeOf(schema: Schema | undefined): string {
  if (!schema) return "any";
  if (schema.$ref) return refName(schema.$ref);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return Array.from(new Set(union.map(typeOf))).join(" | ");
  if (schema.type === "array") return `${typeOf(schema.items)}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  if (schema.type === "string" && schema.format) return `string (${schema.format})`;
  return schema.type ?? "any";
}

function constraints(schema: Schema): string {
  const parts: string[] = [];
  if (schema.minLength !== undefined && schema.minLength > 0) parts.push(`min length ${schema.minLength}`);
  if (schema.maxLength !== undefined) parts.push(`max length ${schema.maxLength}`);
  if (schema.minimum !== undefined && Math.abs(schema.minimum) < 1e12) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined && Math.abs(schema.maximum) < 1e12) parts.push(`≤ ${schema.maximum}`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(", ");
}

function FieldsTable({ caption, rows }: { caption: string; rows: { name: string; where?: string; schema: Schema; required: boolean; description?: string }[] }) {
  if (!rows.length) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{caption}</caption>
        <thead className="border-b border-zinc-200 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Name</th>
            <th scope="col" className="py-2 pr-4 font-medium">Type</th>
            <th scope="col" className="py-2 font-medium">Description</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {rows.map((r) => (
            <tr key={`${r.where}-${r.name}`}>
              <td className="whitespace-nowrap py-2 pr-4 align-top">
                <code className="font-mono text-[13px] font-medium">{r.name}</code>
                {r.where && <span className="ml-1.5 text-xs text-zinc-500 dark:text-zinc-400">{r.where}</span>}
                {r.required && <span className="ml-1.5 text-xs font-medium text-red-700 dark:text-red-400">required</span>}
              </td>
              <td className="py-2 pr-4 align-top font-mono text-[13px] text-zinc-700 dark:text-zinc-300">{typeOf(r.schema)}</td>
              <td className="py-2 align-top text-zinc-600 dark:text-zinc-400">
                <Prose text={r.description ?? r.schema.description ?? ""} />
                {constraints(r.schema) && <span className="block text-xs text-zinc-500 dark:text-zinc-400">{constraints(r.schema)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function bodyRows(schema: Schema | undefined) {
  if (!schema?.properties) return [];
  return Object.entries(schema.properties).map(([name, s]) => ({ name, schema: s, required: schema.required?.includes(name) ?? false }));
}

// The document is the same for every request: built once per process, not on each render.
let openApiDocument: ReturnType<typeof buildOpenApiDocument> | undefined;

export default async function ApiReferencePage() {
  // Rendered per request: the examples use the origin this Roster is reached at, ready to paste.
  const origin = appOrigin(await headers());
  const doc = (openApiDocument ??= buildOpenApiDocument());
  const schemas = doc.components.schemas as Record<string, Schema>;
  const ops = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const tags = doc.tags.map((t) => ({ ...t, ops: ops.filter((o) => o.op.tags.includes(t.name)) })).filter((t) => t.ops.length);

  // The operations' table of contents: a sticky column on wide screens, a disclosure above the reference on phones.
  const contents = (
    <>
      <ul className="space-y-1.5">
        <li><a href="#authentication" className="text-zinc-700 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white">Authentication</a></li>
        <li><a href="#errors" className="text-zinc-700 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white">Errors</a></li>
        <li><a href="#webhook-events" className="text-zinc-700 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white">Webhook events</a></li>
      </ul>
      {tags.map((t) => (
        <div key={t.name} className="space-y-1.5">
          <p className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{t.name}</p>
          <ul className="space-y-1.5">
            {t.ops.map(({ op }) => (
              <li key={op.operationId}>
                <a href={`#${op.operationId}`} className="text-zinc-700 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white">
                  {op.summary}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );

  return (
    <div className="min-h-screen">
      <HeaderBar>
        <span className="text-sm font-medium">API reference</span>
        <a href="/api/v1/openapi.json" className="ml-auto text-sm font-medium text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white">
          openapi.json
        </a>
      </HeaderBar>
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-10 lg:grid-cols-[14rem_1fr]">
        <nav aria-label="API operations" className="hidden lg:block">
          {/* Scrolls on its own when taller than the screen, so its last entries stay reachable. */}
          <div className="sticky top-24 max-h-[calc(100vh-7rem)] space-y-5 overflow-y-auto pb-4 text-sm">{contents}</div>
        </nav>

        <main className="min-w-0 space-y-12">
          <section className="space-y-4">
            <h1 className="text-3xl font-semibold tracking-tight">{doc.info.title}</h1>
            <p className="max-w-3xl text-zinc-600 dark:text-zinc-400">
              Manage members, invitations and the activity log of a Roster workspace over HTTP, and create or delete workspaces with a
              personal access token. This page is generated from the same{" "}
              <a href="/api/v1/openapi.json" className="font-medium text-zinc-900 underline underline-offset-2 dark:text-zinc-100">OpenAPI {doc.openapi} document</a>{" "}
              the server validates requests with.
            </p>
            <details className="rounded-xl border border-zinc-200 bg-white p-4 text-sm lg:hidden dark:border-zinc-800 dark:bg-zinc-900">
              <summary className="cursor-pointer font-medium">On this page</summary>
              <nav aria-label="API operations" className="mt-4 space-y-5">{contents}</nav>
            </details>
          </section>

          <section id="authentication" className="scroll-mt-24 space-y-3">
            <h2 className="text-xl font-semibold tracking-tight">Authentication</h2>
            <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
              Send a token in the <code className="font-mono">Authorization</code> header. Cookies never authenticate the API, and a token in the
              URL is refused. Create workspace tokens under <em>Settings → API tokens</em> and personal access tokens under{" "}
              <a href="/account/tokens" className="font-medium underline underline-offset-2">your account</a>.
            </p>
            <CodeExample
              label="Copy the authentication example"
              code={`export ROSTER_TOKEN=rst_...\n${curlExample({ origin, method: "get", path: "/api/v1/members?q=ada" })}`}
            />
            <ul className="max-w-3xl list-disc space-y-1 pl-5 text-sm text-zinc-600 dark:text-zinc-400">
              <li>A <strong>workspace token</strong> acts only in its workspace, with the lower of its role and its owner&apos;s current role.</li>
              <li>A <strong>personal access token</strong> acts as its person everywhere; workspace-scoped operations take <code className="font-mono">?workspace=&lt;slug&gt;</code>.</li>
              <li>Each token may make a limited number of requests per minute; beyond it the API answers 429 with <code className="font-mono">Retry-After</code>.</li>
            </ul>
          </section>

          <section id="errors" className="scroll-mt-24 space-y-3">
            <h2 className="text-xl font-semibold tracking-tight">Errors</h2>
            <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
              Errors are RFC 9457 problem details (<code className="font-mono">application/problem+json</code>) with a stable <code className="font-mono">code</code>.
            </p>
            <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
              <table className="w-full text-left text-sm">
                <thead className="border-b border-zinc-200 bg-zinc-50 text-xs uppercase tracking-wide text-zinc-600 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-400">
                  <tr>
                    <th scope="col" className="px-4 py-2.5 font-medium">Code</th>
                    <th scope="col" className="px-4 py-2.5 font-medium">Status</th>
                    <th scope="col" className="px-4 py-2.5 font-medium">Meaning</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                  {ERROR_CODES.map((code) => (
                    <tr key={code} id={problemType(code).split("#")[1]} className="scroll-mt-24">
                      <td className="px-4 py-2.5 font-mono text-[13px]">{code}</td>
                      <td className="px-4 py-2.5 tabular-nums">{ERRORS[code].status}</td>
                      <td className="px-4 py-2.5 text-zinc-600 dark:text-zinc-400">
                        <Prose text={ERRORS[code].help} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          {tags.map((t) => (
            <section key={t.name} className="space-y-6" aria-labelledby={`tag-${t.name}`}>
              <div>
                <h2 id={`tag-${t.name}`} className="scroll-mt-24 text-xl font-semibold tracking-tight">{t.name}</h2>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">{t.description}</p>
              </div>
              {t.ops.map(({ path, method, op }) => {
                const body = op.requestBody?.content["application/json"].schema;
                const example = op.requestBody?.content["application/json"].example;
                const success = Object.entries(op.responses).find(([status]) => status.startsWith("2"));
                const successSchema = success?.[1].content?.["application/json"]?.schema;
                const successName = successSchema?.$ref ? refName(successSchema.$ref) : undefined;
                return (
                  <article key={op.operationId} id={op.operationId} className="scroll-mt-24 space-y-4 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
                    <div className="space-y-2">
                      <h3 className="text-base font-semibold">{op.summary}</h3>
                      <p className="flex flex-wrap items-center gap-2">
                        <span className={cn("rounded px-1.5 py-0.5 font-mono text-xs font-semibold uppercase", METHOD_STYLES[method])}>{method}</span>
                        <code className="min-w-0 font-mono text-sm wrap-anywhere">{path}</code>
                      </p>
                      {op.description && (
                        <p className="text-sm text-zinc-600 dark:text-zinc-400">
                          <Prose text={op.description} />
                        </p>
                      )}
                      <p className="text-xs text-zinc-600 dark:text-zinc-400">
                        {op.security?.length === 0 ? (
                          "No token: anyone may call it."
                        ) : (
                          <>
                            Requires: <code className="font-mono">{op["x-permission"]}</code>
                            {op["x-roles"]?.length ? ` (${op["x-roles"].join(", ")})` : ""}
                          </>
                        )}
                      </p>
                    </div>
                    <FieldsTable
                      caption="Parameters"
                      rows={op.parameters.map((p) => ({ name: p.name, where: p.in, schema: p.schema, required: p.required, description: p.description }))}
                    />
                    <FieldsTable caption="Request body (JSON)" rows={bodyRows(body)} />
                    <CodeExample label={`Copy the example: ${op.summary}`} code={curlExample({ origin, method, path, body: example, anonymous: op.security?.length === 0 })} />
                    <div className="space-y-1.5">
                      <p className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Responses</p>
                      <ul className="space-y-1 text-sm">
                        {Object.entries(op.responses).map(([status, r]) => (
                          <li key={status} className="flex gap-3">
                            <span className={cn("w-10 shrink-0 font-mono tabular-nums", status.startsWith("2") ? "text-emerald-700 dark:text-emerald-400" : "text-zinc-500 dark:text-zinc-400")}>
                              {status}
                            </span>
                            <span className="text-zinc-600 dark:text-zinc-400">
                              <Prose text={r.description} />
                              {status.startsWith("2") && successName && (
                                <>
                                  {" "}
                                  <a href={`#schema-${successName}`} className="font-mono text-[13px] text-zinc-900 underline underline-offset-2 dark:text-zinc-100">
                                    {successName}
                                  </a>
                                </>
                              )}
                            </span>
                          </li>
                        ))}
                      </ul>
                    </div>
                  </article>
                );
              })}
            </section>
          ))}

          <section id="webhook-events" className="scroll-mt-24 space-y-4" aria-labelledby="webhook-events-heading">
            <h2 id="webhook-events-heading" className="text-xl font-semibold tracking-tight">Webhook events</h2>
            <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
              Endpoints added under <em>Settings → Webhooks</em> (or <code className="font-mono">POST /api/v1/webhooks</code>) receive a POST per event, signed per the{" "}
              <a href="https://www.standardwebhooks.com/" className="font-medium underline underline-offset-2">Standard Webhooks</a> specification: verify the{" "}
              <code className="font-mono">webhook-id</code>, <code className="font-mono">webhook-timestamp</code> and <code className="font-mono">webhook-signature</code> headers
              with any Standard Webhooks library and the endpoint&apos;s secret. Every event has the same shape (<a href="#schema-WebhookEvent" className="font-mono text-[13px] underline underline-offset-2">WebhookEvent</a>);
              an example of each type follows.
            </p>
            <div className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
              {Object.entries(doc.webhooks as Record<string, { post: { summary: string; requestBody: { content: { "application/json": { example: unknown } } } } }>).map(([type, hook]) => (
                <details key={type} id={`event-${type}`} className="scroll-mt-24 px-4 py-2.5 text-sm">
                  <summary className="cursor-pointer">
                    <code className="font-mono text-[13px] font-medium">{type}</code> <span className="text-zinc-600 dark:text-zinc-400">{hook.post.summary}</span>
                  </summary>
                  <pre className="mt-2 overflow-x-auto rounded-lg bg-zinc-50 p-3 font-mono text-xs dark:bg-zinc-950">{JSON.stringify(hook.post.requestBody.content["application/json"].example, null, 2)}</pre>
                </details>
              ))}
            </div>
          </section>

          <section className="space-y-6" aria-labelledby="schemas-heading">
            <h2 id="schemas-heading" className="scroll-mt-24 text-xl font-semibold tracking-tight">Schemas</h2>
            {Object.entries(schemas).map(([name, schema]) => (
              <article key={name} id={`schema-${name}`} className="scroll-mt-24 space-y-3 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
                <h3 className="font-mono text-base font-semibold">{name}</h3>
                {schema.description && (
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">
                    <Prose text={schema.description} />
                  </p>
                )}
                <FieldsTable caption="Fields" rows={bodyRows(schema)} />
              </article>
            ))}
          </section>
        </main>
      </div>
    </div>
  );
}
