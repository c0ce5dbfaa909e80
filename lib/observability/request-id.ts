import { randomUUID } from "node:crypto";

/** The production server (lib/server/serve.mjs) sets this header on every request and echoes it as X-Request-Id. */
export const REQUEST_ID_HEADER = "x-request-id";

const WELL_FORMED = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: the one the server assigned, or a new one where no server sets it (`next dev`, tests). */
export function requestIdOf(headers: Headers): string {
  const id = headers.get(REQUEST_ID_HEADER);
  return id && WELL_FORMED.test(id) ? id : randomUUID();
}
