import { createHash } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";

/** What an avatar or a logo may be: the database's check (db/schema/image-columns.ts) names the same four types. */
export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** 512 KB: plenty for a square picture shown at most 96 px wide, and well under the 1 MB limit on a request. */
export const MAX_IMAGE_BYTES = 512 * 1024;
export const MAX_IMAGE_LABEL = "512 KB";

const ascii = (bytes: Uint8Array, at: number, text: string) => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/** The type the bytes themselves say (their magic number), never what the client claims; null for anything else (SVG included). */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return "image/png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length >= 12 && ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) return "image/webp";
  if (bytes.length >= 6 && (ascii(bytes, 0, "GIF87a") || ascii(bytes, 0, "GIF89a"))) return "image/gif";
  return null;
}

/** The upload's input: a file (a server action receives it in a FormData, read by imageUploadInput). */
export const imageUploadSchema = z.object({ file: z.instanceof(Blob, { error: "Choose an image file." }) });

/** What an upload action passes to its domain function: the FormData's `file` field, or the input as it came. */
export function imageUploadInput(input: unknown): unknown {
  return input instanceof FormData ? { file: input.get("file") } : input;
}

export type CheckedImage = { contentType: ImageType; bytes: Buffer; version: string };

const refuse = (message: string) => new AppError("VALIDATION", message, { file: [message] });

/** Reads an upload and checks it: not empty, at most MAX_IMAGE_BYTES, and PNG, JPEG, WebP or GIF by its bytes. */
export async function checkImage(file: Blob): Promise<CheckedImage> {
  if (file.size === 0) throw refuse("The file is empty.");
  if (file.size > MAX_IMAGE_BYTES) throw refuse(`The image must be at most ${MAX_IMAGE_LABEL}.`);
  const bytes = Buffer.from(await file.arrayBuffer());
  const contentType = sniffImageType(bytes);
  if (!contentType) throw refuse("Choose a PNG, JPEG, WebP or GIF image.");
  return { contentType, bytes, version: createHash("sha256").update(bytes).digest("hex").slice(0, 16) };
}
