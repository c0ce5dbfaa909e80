import { createHash } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";

import { IMAGE_MESSAGES, MAX_IMAGE_BYTES, type ImageType } from "./image-limits";

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
export const imageUploadSchema = z.object({ file: z.instanceof(Blob, { error: IMAGE_MESSAGES.missing }) });

/** What an upload action passes to its domain function: the FormData's `file` field, or the input as it came. */
export function imageUploadInput(input: unknown): unknown {
  return input instanceof FormData ? { file: input.get("file") } : input;
}

export type CheckedImage = { contentType: ImageType; bytes: Buffer; version: string };

const refuse = (message: string) => new AppError("VALIDATION", message, { file: [message] });

/** Reads an upload and checks it: not empty, at most MAX_IMAGE_BYTES, and PNG, JPEG, WebP or GIF by its bytes. */
export async function checkImage(file: Blob): Promise<CheckedImage> {
  if (file.size === 0) throw refuse(IMAGE_MESSAGES.empty);
  if (file.size > MAX_IMAGE_BYTES) throw refuse(IMAGE_MESSAGES.size);
  const bytes = Buffer.from(await file.arrayBuffer());
  const contentType = sniffImageType(bytes);
  if (!contentType) throw refuse(IMAGE_MESSAGES.type);
  return { contentType, bytes, version: createHash("sha256").update(bytes).digest("hex").slice(0, 16) };
}
