import { sql, type SQL } from "drizzle-orm";
import { customType, type AnyPgColumn } from "drizzle-orm/pg-core";

/** bytea as either driver returns it: postgres.js a Buffer, PGlite a Uint8Array (or `\x` hex text through raw SQL). */
export function bufferOf(value: Buffer | Uint8Array | string): Buffer {
  return typeof value === "string" ? Buffer.from(value.startsWith("\\x") ? value.slice(2) : value, "hex") : Buffer.from(value);
}

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array | string }>({
  dataType: () => "bytea",
  toDriver: (value) => value,
  fromDriver: bufferOf,
});

/** The image types an upload may have (IMAGE_TYPES in lib/images/image-limits.ts; image-format.ts sniffs them from the bytes). */
export const imageContentTypeCheck = (column: AnyPgColumn): SQL =>
  sql`${column} in ('image/png', 'image/jpeg', 'image/webp', 'image/gif')`;
