import "server-only";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { classifyAddress, type AddressKind } from "./classify-address";
import { resolveHost, type ResolvedAddress } from "./resolve-host";

export type GuardedFetchOptions = {
  /**
   * Whether loopback, private (RFC 1918, fc00::/7) and CGNAT addresses may be called: the caller's setting (SSO:
   * SSO_ALLOW_PRIVATE_NETWORKS), for self-hosted services on an internal network. Link-local (the cloud metadata
   * service), unspecified, multicast and reserved addresses are never called.
   */
  allowPrivate: boolean;
  method?: string;
  headers?: HeadersInit;
  body?: string | Uint8Array | ArrayBuffer | URLSearchParams | null;
  signal?: AbortSignal | null;
  /** Redirects followed, each hop checked again; 0 (the default): a 3xx is returned as it came. */
  maxRedirects?: number;
  /** The most of a response body read (default 1 MiB); more is a RangeError, or cut off there with `truncate`. */
  maxBytes?: number;
  /** Keep the first `maxBytes` of a larger body instead of refusing it (a webhook receiver's reply, for the log). */
  truncate?: boolean;
  /** Default 10 s for the whole call, redirects included; then a TimeoutError, as fetch's AbortSignal.timeout. */
  timeoutMs?: number;
};

const ALLOWED_IF_PRIVATE = new Set<AddressKind>(["loopback", "private", "cgnat"]);
const NULL_BODY = new Set([101, 204, 205, 304]);

const KIND_NAMES: Record<Exclude<AddressKind, "public">, string> = {
  loopback: "is this server itself (loopback)",
  private: "is on a private network",
  cgnat: "is on a carrier-grade NAT network (100.64.0.0/10)",
  "link-local": "is link-local (like the cloud metadata service)",
  unspecified: "is unspecified",
  multicast: "is a multicast address",
  reserved: "is in a reserved range",
  invalid: "is not a valid IP address",
};

const refuse = (message: string) => new AppError("ADDRESS_NOT_ALLOWED", message);

/** The host's addresses, each checked: a name with one address Roster must not call is refused whole. */
async function checkedAddresses(url: URL, allowPrivate: boolean): Promise<ResolvedAddress[]> {
  if (url.protocol !== "https:" && url.protocol !== "http:") throw refuse(`Roster calls only http(s) addresses, not ${url.protocol}//.`);
  if (url.username || url.password) throw refuse("The address must not contain a user name or password.");
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolveHost(url.hostname);
  } catch (error) {
    throw new TypeError(`${url.hostname} could not be resolved.`, { cause: error });
  }
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    if (kind === "public" || (allowPrivate && ALLOWED_IF_PRIVATE.has(kind))) continue;
    const how = ALLOWED_IF_PRIVATE.has(kind) ? " Roster does not call private networks unless the server's administrator allows them." : "";
    throw refuse(`This address ${KIND_NAMES[kind]}: ${url.hostname} is ${address}.${how}`);
  }
  // Plain http only outside production, or to a private network the administrator allowed (an internal IdP).
  const privateHost = addresses.every(({ address }) => ALLOWED_IF_PRIVATE.has(classifyAddress(address)));
  if (url.protocol === "http:" && getEnv().NODE_ENV === "production" && !privateHost) throw refuse("Use an https:// address.");
  return addresses;
}

/** One request to the checked addresses only: the socket's lookup answers with them, so DNS is not asked twice. */
function send(url: URL, addresses: ResolvedAddress[], options: GuardedFetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const lookup: LookupFunction = (_host, lookupOptions, callback) => {
    const usable = addresses.filter((a) => !lookupOptions.family || a.family === lookupOptions.family);
    if (!usable.length) return callback(Object.assign(new Error(`No address for ${url.hostname}`), { code: "ENOTFOUND" }), "", 4);
    if (lookupOptions.all) return (callback as unknown as (e: null, all: ResolvedAddress[]) => void)(null, usable);
    callback(null, usable[0].address, usable[0].family);
  };
  const headers = Object.fromEntries(new Headers(options.headers).entries());
  let body: Buffer | undefined;
  if (options.body instanceof URLSearchParams) {
    body = Buffer.from(options.body.toString());
    headers["content-type"] ??= "application/x-www-form-urlencoded;charset=UTF-8";
  } else if (options.body != null) {
    body = typeof options.body === "string" ? Buffer.from(options.body) : Buffer.from(options.body as Uint8Array);
  }
  if (body) headers["content-length"] = String(body.byteLength);
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? "GET", headers, lookup, signal }, resolve);
    req.on("error", (error) => reject(signal.aborted ? signal.reason : new TypeError("fetch failed", { cause: error })));
    req.end(body);
  });
}

/** The response's body, refused past `maxBytes` (announced or read). */
async function readBody(response: IncomingMessage, maxBytes: number, signal: AbortSignal, truncate = false): Promise<Buffer> {
  const tooLarge = () => new RangeError(`The response is larger than ${Math.round(maxBytes / 1024)} KiB.`);
  if (!truncate && Number(response.headers["content-length"] ?? 0) > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > maxBytes) {
        response.destroy();
        if (!truncate) throw tooLarge();
        chunks.push(chunk.subarray(0, chunk.byteLength - (size - maxBytes)));
        break;
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof RangeError) throw error;
    throw signal.aborted ? signal.reason : new TypeError("The response was interrupted.", { cause: error });
  }
  return Buffer.concat(chunks);
}

/**
 * fetch for a URL someone typed (an IdP's metadata or issuer; webhooks): http(s) only, the host resolved and every
 * address checked (classifyAddress) before connecting to exactly those addresses (no DNS rebinding in between),
 * redirects not followed unless asked (each hop checked again), 10 s and 1 MiB at most. A refused address is an
 * AppError ADDRESS_NOT_ALLOWED; an unreachable host a TypeError, a timeout a TimeoutError, too large a body a
 * RangeError.
 */
export async function guardedFetch(target: string | URL, options: GuardedFetchOptions): Promise<Response> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let url = new URL(target);
  for (let hops = 0; ; hops++) {
    const response = await send(url, await checkedAddresses(url, options.allowPrivate), options, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    const method = (options.method ?? "GET").toUpperCase();
    if (status >= 300 && status < 400 && location && hops < (options.maxRedirects ?? 0) && (method === "GET" || method === "HEAD")) {
      response.destroy();
      url = new URL(location, url);
      continue;
    }
    const body = await readBody(response, options.maxBytes ?? 1024 * 1024, signal, options.truncate);
    const headers = new Headers();
    for (let i = 0; i < response.rawHeaders.length; i += 2) headers.append(response.rawHeaders[i], response.rawHeaders[i + 1]);
    return new Response(NULL_BODY.has(status) ? null : new Uint8Array(body), { status, statusText: response.statusMessage, headers });
  }
}
