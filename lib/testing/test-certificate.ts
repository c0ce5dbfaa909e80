import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A fresh RSA-2048 key and self-signed certificate made by `openssl` (tests only; production uses create-sp-certificate). */
export function createTestCertificate(commonName = "test-idp"): { privateKeyPem: string; certificatePem: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "roster-cert-"));
  try {
    const key = path.join(dir, "key.pem");
    const cert = path.join(dir, "cert.pem");
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "365", "-subj", `/CN=${commonName}`], { stdio: "pipe" });
    return { privateKeyPem: readFileSync(key, "utf8"), certificatePem: readFileSync(cert, "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
