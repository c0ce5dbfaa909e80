/**
 * What an avatar or a logo may be, shared by the server's check (image-format.ts) and the upload control (which
 * checks first, to spare a doomed upload). The database's check (db/schema/image-columns.ts) names the same types.
 */
export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** 512 KB: plenty for a square picture shown at most 64 px wide, and well under the 1 MB limit on a request. */
export const MAX_IMAGE_BYTES = 512 * 1024;

export const IMAGE_MESSAGES = {
  type: "Choose a PNG, JPEG, WebP or GIF image.",
  size: "The image must be at most 512 KB.",
  empty: "The file is empty.",
  missing: "Choose an image file.",
} as const;
