import "server-only";
import { problemResponse } from "@/lib/api/problem";
import { userCaller, type Caller } from "@/lib/auth/caller";
import { requestLogger } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/report-error";
import { requestIdOf } from "@/lib/observability/request-id";
import { requireUser } from "@/lib/session/require-user";
import type { StoredImage } from "./stored-image";

/** The version a client holds, from its If-None-Match (`"abc"` or `W/"abc"`). */
export function knownVersion(request: Request): string | null {
  const match = /^(?:W\/)?"([0-9a-f]{1,64})"$/.exec(request.headers.get("if-none-match")?.trim() ?? "");
  return match ? match[1] : null;
}

/** The image's response to this request: 200 with the bytes, or 304 when the client holds this version. */
export function imageResponse(request: Request, image: StoredImage): Response {
  const current = new URL(request.url).searchParams.get("v") === image.version;
  const headers = new Headers({
    etag: `"${image.version}"`,
    "cache-control": current ? "private, max-age=31536000, immutable" : "private, no-cache",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
  });
  if (!image.bytes) return new Response(null, { status: 304, headers });
  headers.set("content-type", image.contentType);
  headers.set("content-length", String(image.bytes.length));
  return new Response(new Uint8Array(image.bytes), { status: 200, headers });
}

/**
 * Serves an avatar or a logo to the signed-in person: the URL of the current version (`?v=`) is cached for good (a new
 * upload is a new URL); any other URL revalidates with its ETag (304 without reading the bytes).
 */
export async function serveImage(request: Request, read: (caller: Caller, knownVersion: string | null) => Promise<StoredImage>): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  try {
    return imageResponse(request, await read(userCaller(await requireUser()), knownVersion(request)));
  } catch (error) {
    return problemResponse(reportError(error, requestLogger(requestId), "Image"), new URL(request.url).pathname, requestId);
  }
}
