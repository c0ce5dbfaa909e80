import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./secret-box";

describe("secret box", () => {
  it("decrypts what it encrypted, with a new IV each time", () => {
    const a = encryptSecret("-----BEGIN PRIVATE KEY-----\nsecret");
    const b = encryptSecret("-----BEGIN PRIVATE KEY-----\nsecret");
    expect(a).not.toBe(b);
    expect(a).not.toContain("secret");
    expect(decryptSecret(a)).toBe("-----BEGIN PRIVATE KEY-----\nsecret");
  });

  it("refuses a changed ciphertext or tag", () => {
    const [v, iv, body, tag] = encryptSecret("hello").split(".");
    const flip = (s: string) => Buffer.from(s, "base64url").map((byte, i) => (i === 0 ? byte ^ 1 : byte));
    expect(() => decryptSecret([v, iv, Buffer.from(flip(body)).toString("base64url"), tag].join("."))).toThrow();
    expect(() => decryptSecret([v, iv, body, Buffer.from(flip(tag)).toString("base64url")].join("."))).toThrow();
    expect(() => decryptSecret("hello")).toThrow();
  });
});
