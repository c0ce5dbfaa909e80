import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { bufferOf } from "@/db/schema/image-columns";
import type { ImageType } from "./image-limits";

/** An avatar or a logo as read for serving; `bytes` is null when the client already holds this version (a 304). */
export type StoredImage = { contentType: ImageType; version: string; bytes: Buffer | null };

/** The bytes only when the client's ETag is another version, so a revalidation reads no image data. */
export function bytesUnlessVersion(bytes: AnyPgColumn, version: AnyPgColumn, known: string | null): SQL<Buffer | Uint8Array | string | null> {
  return sql`case when ${version} = ${known ?? ""} then null else ${bytes} end`;
}

/** The bytes of bytesUnlessVersion (a raw column: drizzle's bytea decoding does not apply), or null. */
export function toBuffer(value: Buffer | Uint8Array | string | null): Buffer | null {
  return value === null ? null : bufferOf(value);
}
