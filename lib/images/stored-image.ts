import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { ImageType } from "./image-format";

/** An avatar or a logo as read for serving; `bytes` is null when the client already holds this version (a 304). */
export type StoredImage = { contentType: ImageType; version: string; bytes: Buffer | null };

/** The bytes only when the client's ETag is another version, so a revalidation reads no image data. */
export function bytesUnlessVersion(bytes: AnyPgColumn, version: AnyPgColumn, known: string | null): SQL<Buffer | Uint8Array | string | null> {
  return sql`case when ${version} = ${known ?? ""} then null else ${bytes} end`;
}

/** Normalizes bytea as either driver returns it (see db/schema/image-columns.ts). */
export function toBuffer(value: Buffer | Uint8Array | string | null): Buffer | null {
  if (value === null) return null;
  if (typeof value === "string") return Buffer.from(value.startsWith("\\x") ? value.slice(2) : value, "hex");
  return Buffer.from(value);
}
