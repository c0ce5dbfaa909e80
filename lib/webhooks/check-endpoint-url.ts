import "server-only";
import { isIP } from "node:net";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { classifyAddress } from "@/lib/net/classify-address";

const LOCAL_KINDS = new Set(["loopback", "private", "cgnat"]);

const refuse = (message: string) => new AppError("ADDRESS_NOT_ALLOWED", message, { url: [message] });

/**
 * An endpoint URL as it is saved: http(s), no credentials, an IP literal or `localhost` only on a network Roster may
 * call (WEBHOOKS_ALLOW_PRIVATE for loopback and private ones), and plain http in production only to those. Names are
 * resolved and checked again at every delivery (guardedFetch), so one that points at a private address later is refused then.
 */
export function checkEndpointUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new AppError("VALIDATION", "Enter a full URL, e.g. https://example.com/webhooks/roster.", { url: ["Enter a full URL, e.g. https://example.com/webhooks/roster."] });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw refuse("Use an https:// URL.");
  if (url.username || url.password) throw refuse("The URL must not contain a user name or password.");
  const env = getEnv();
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const local = host === "localhost" || host.endsWith(".localhost");
  const kind = local ? "loopback" : isIP(host) ? classifyAddress(host) : "public";
  if (kind !== "public" && !(env.WEBHOOKS_ALLOW_PRIVATE && LOCAL_KINDS.has(kind))) {
    throw refuse(
      LOCAL_KINDS.has(kind)
        ? `${url.hostname} is on this server or a private network: Roster does not send webhooks there unless the server's administrator allows it (WEBHOOKS_ALLOW_PRIVATE).`
        : `${url.hostname} is not an address Roster sends webhooks to (link-local, unspecified, multicast or reserved).`,
    );
  }
  if (url.protocol === "http:" && env.NODE_ENV === "production" && kind === "public") throw refuse("Use an https:// URL.");
  url.hash = "";
  return url.toString();
}
