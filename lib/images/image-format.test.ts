import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { checkImage, imageUploadInput, sniffImageType } from "./image-format";
import { MAX_IMAGE_BYTES } from "./image-limits";
import { imageResponse, knownVersion } from "./serve-image";
import { IMAGES } from "@/lib/testing/images";

describe("sniffImageType", () => {
  it("names PNG, JPEG, WebP and GIF by their magic bytes", () => {
    expect(sniffImageType(IMAGES.png)).toBe("image/png");
    expect(sniffImageType(IMAGES.jpeg)).toBe("image/jpeg");
    expect(sniffImageType(IMAGES.webp)).toBe("image/webp");
    expect(sniffImageType(IMAGES.gif)).toBe("image/gif");
  });
  it("refuses anything else: SVG, HTML, truncated headers, empty", () => {
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(Buffer.from("<html><script>alert(1)</script>"))).toBeNull();
    expect(sniffImageType(IMAGES.png.subarray(0, 7))).toBeNull();
    expect(sniffImageType(Buffer.from("RIFF\0\0\0\0WAVE"))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

async function refusal(file: Blob): Promise<string | undefined> {
  try {
    await checkImage(file);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION");
    return (error as AppError).fieldErrors?.file?.[0];
  }
}

describe("checkImage", () => {
  it("trusts the bytes, not the client's type: a PNG sent as text is a PNG, text sent as a PNG is refused", async () => {
    const image = await checkImage(new File([IMAGES.png], "a.txt", { type: "text/plain" }));
    expect(image.contentType).toBe("image/png");
    expect(image.version).toMatch(/^[0-9a-f]{16}$/);
    expect(await refusal(new File(["not an image"], "a.png", { type: "image/png" }))).toBe("Choose a PNG, JPEG, WebP or GIF image.");
  });
  it("refuses an empty file and one over 512 KB (exactly 512 KB passes)", async () => {
    expect(await refusal(new Blob([]))).toBe("The file is empty.");
    const padded = (size: number) => new Blob([IMAGES.png, new Uint8Array(size - IMAGES.png.length)]);
    expect(await refusal(padded(MAX_IMAGE_BYTES + 1))).toBe("The image must be at most 512 KB.");
    expect((await checkImage(padded(MAX_IMAGE_BYTES))).contentType).toBe("image/png");
  });
  it("the same bytes get the same version; other bytes another", async () => {
    const a = await checkImage(new Blob([IMAGES.png]));
    expect((await checkImage(new Blob([IMAGES.png]))).version).toBe(a.version);
    expect((await checkImage(new Blob([IMAGES.gif]))).version).not.toBe(a.version);
  });
});

describe("imageUploadInput", () => {
  it("reads the FormData's file field, and passes anything else through for the schema to refuse", () => {
    const form = new FormData();
    form.set("file", new Blob([IMAGES.png]));
    expect((imageUploadInput(form) as { file: unknown }).file).toBeInstanceOf(Blob);
    expect(imageUploadInput({ file: "x" })).toEqual({ file: "x" });
  });
});

describe("imageResponse", () => {
  const image = { contentType: "image/png" as const, version: "0123456789abcdef", bytes: Buffer.from(IMAGES.png) };
  it("caches the current version's URL for good, with its ETag and nosniff", async () => {
    const response = imageResponse(new Request("http://localhost/api/avatars/u?v=0123456789abcdef"), image);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(response.headers.get("etag")).toBe('"0123456789abcdef"');
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(image.bytes);
  });
  it("an old or missing version revalidates; a client holding this version gets 304 without a body", async () => {
    expect(imageResponse(new Request("http://localhost/api/avatars/u?v=old"), image).headers.get("cache-control")).toBe("private, no-cache");
    const notModified = imageResponse(new Request("http://localhost/api/avatars/u"), { ...image, bytes: null });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
  });
  it("reads the client's version from If-None-Match, strong or weak, and nothing else", () => {
    const withTag = (tag: string) => new Request("http://localhost/x", { headers: { "if-none-match": tag } });
    expect(knownVersion(withTag('"0123456789abcdef"'))).toBe("0123456789abcdef");
    expect(knownVersion(withTag('W/"0123456789abcdef"'))).toBe("0123456789abcdef");
    expect(knownVersion(withTag("*"))).toBeNull();
    expect(knownVersion(new Request("http://localhost/x"))).toBeNull();
  });
});
