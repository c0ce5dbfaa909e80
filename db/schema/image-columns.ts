import { sql, type SQL } from "drizzle-orm";
import { customType, type AnyPgColumn } from "drizzle-orm/pg-core";

/** Binary data: postgres.js reads bytea as a Buffer, PGlite as a Uint8Array (or hex text through raw SQL); both read back as a Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array | string }>({
  dataType: () => "bytea",
  toDriver: (value) => value,
  fromDriver: (value) =>
    typeof value === "string" ? Buffer.from(value.startsWith("\\x") ? value.slice(2) : value, "hex") : Buffer.from(value),
});

/** The image types an upload may have (IMAGE_TYPES in lib/images/image-format.ts, which sniffs them from the bytes). */
export const imageContentTypeCheck = (column: AnyPgColumn): SQL =>
  sql`${column} in ('image/png', 'image/jpeg', 'image/webp', 'image/gif')`;
