import "server-only";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { guardedFetch } from "@/lib/net/guarded-fetch";

export const METADATA_MAX_BYTES = 1024 * 1024;

const unreachable = (message: string) => new AppError("SSO_METADATA_UNREACHABLE", message, { metadataUrl: [message] });

/**
 * Downloads IdP metadata from its URL (Okta's and Entra ID's metadata URLs) through the outbound-fetch guard: a URL on
 * a private network (unless SSO_ALLOW_PRIVATE_NETWORKS) is refused, redirects are checked hop by hop; 10 s and 1 MiB
 * at most.
 */
export async function fetchIdpMetadata(url: string, options: { timeoutMs?: number; maxBytes?: number } = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? METADATA_MAX_BYTES;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError("VALIDATION", "The metadata URL is not a valid URL.", { metadataUrl: ["Enter an https:// address."] });
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new AppError("VALIDATION", "The metadata URL must be an http(s) address.", { metadataUrl: ["Enter an https:// address."] });
  }
  let response: Response;
  try {
    response = await guardedFetch(parsed, {
      allowPrivate: getEnv().SSO_ALLOW_PRIVATE_NETWORKS,
      headers: { Accept: "application/samlmetadata+xml, application/xml, text/xml" },
      maxRedirects: 3,
      maxBytes,
      timeoutMs: options.timeoutMs,
    });
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, error.message, { metadataUrl: [error.message] });
    if (error instanceof RangeError) throw unreachable(`The metadata is larger than ${Math.round(maxBytes / 1024)} KiB.`);
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw unreachable(timedOut ? `The metadata URL did not answer within ${(options.timeoutMs ?? 10_000) / 1000} s.` : "The metadata URL could not be reached.");
  }
  if (!response.ok) throw unreachable(`The metadata URL answered HTTP ${response.status}.`);
  return response.text();
}
