import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sourceFingerprint } from "./source-fingerprint.mjs";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function project() {
  const root = mkdtempSync(path.join(tmpdir(), "roster-fingerprint-"));
  dirs.push(root);
  mkdirSync(path.join(root, "app"));
  mkdirSync(path.join(root, "lib"));
  writeFileSync(path.join(root, "app", "page.tsx"), "export default function Page() {}");
  writeFileSync(path.join(root, "package.json"), "{}");
  return root;
}

describe("sourceFingerprint (npm start rebuilds only when it changes)", () => {
  it("is stable, and changes with a source's content, a new file or a NEXT_PUBLIC_ variable", () => {
    const root = project();
    const first = sourceFingerprint(root, {});
    expect(sourceFingerprint(root, {})).toBe(first);
    writeFileSync(path.join(root, "app", "page.tsx"), "export default function Page() { return null }");
    const edited = sourceFingerprint(root, {});
    expect(edited).not.toBe(first);
    writeFileSync(path.join(root, "lib", "new.ts"), "export {}");
    expect(sourceFingerprint(root, {})).not.toBe(edited);
    expect(sourceFingerprint(root, { NEXT_PUBLIC_X: "1" })).not.toBe(sourceFingerprint(root, {}));
  });

  it("ignores tests, other folders and other variables", () => {
    const root = project();
    const first = sourceFingerprint(root, {});
    writeFileSync(path.join(root, "lib", "x.test.ts"), "test");
    mkdirSync(path.join(root, "e2e"));
    writeFileSync(path.join(root, "e2e", "journey.spec.ts"), "test");
    expect(sourceFingerprint(root, { DATABASE_URL: "postgres://x" })).toBe(first);
  });
});
