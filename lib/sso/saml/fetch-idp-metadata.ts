import "server-only";
import { AppError } from "@/lib/errors";

export const METADATA_TIMEOUT_MS = 5000;
export const METADATA_MAX_BYTES = 1024 * 1024;

const unreachable = (message: string) => new AppError("SSO_METADATA_UNREACHABLE", message, { metadataUrl: [message] });

/** Downloads IdP metadata from its URL (Okta's and Entra ID's metadata URLs), in 5 s and 1 MiB at most. */
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
    response = await fetch(parsed, {
      headers: { Accept: "application/samlmetadata+xml, application/xml, text/xml" },
      redirect: "follow",
      signal: AbortSignal.timeout(options.timeoutMs ?? METADATA_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw unreachable(timedOut ? `The metadata URL did not answer within ${(options.timeoutMs ?? METADATA_TIMEOUT_MS) / 1000} s.` : "The metadata URL could not be reached.");
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw unreachable(`The metadata URL answered HTTP ${response.status}.`);
  }
  if (Number(response.headers.get("content-length") ?? 0) > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw unreachable(`The metadata is larger than ${Math.round(maxBytes / 1024)} KiB.`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = response.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw unreachable(`The metadata is larger than ${Math.round(maxBytes / 1024)} KiB.`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreachable("The metadata download was interrupted.");
  }
  return Buffer.concat(chunks).toString("utf8");
}
