import { createHash } from "node:crypto";

/**
 * The hash chain of a workspace's activity (README, "The audit log"): each event's `hash` is
 * SHA-256(prev_hash + canonical JSON of its content) in hex, over UTF-8, where prev_hash is the previous event's hash
 * (the anchor's for the first kept event; 64 zeros for a workspace's first). The content is
 * `{ action, actor: { id, label, type }, createdAt, metadata, seq, target: { id, label, type } | null, workspaceId }`,
 * createdAt in UTC with microseconds (`2026-01-02T03:04:05.123456Z`), serialized with sorted keys and no whitespace
 * (JSON.stringify's escaping): what an auditor recomputes from an NDJSON export with a few lines of code.
 */
export type EventContent = {
  workspaceId: string;
  seq: number;
  action: string;
  actor: { type: string; id: string | null; label: string };
  target: { type: string; id: string | null; label: string | null } | null;
  metadata: Record<string, unknown>;
  createdAt: string;
};

/** JSON with every object's keys sorted (UTF-16 order), no whitespace; undefined members dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value);
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined && typeof v !== "function")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function eventHash(prevHash: string, content: EventContent): string {
  return createHash("sha256").update(prevHash + canonicalJson(content), "utf8").digest("hex");
}

/**
 * The content's canonical JSON cut around the two values only the database knows when the event is inserted (its
 * time and its sequence number), so the inserting statement can hash it: `head + createdAt + middle + seq + tail`
 * equals canonicalJson(content) (the keys in sorted order: action, actor, createdAt, metadata, seq, target, workspaceId).
 */
export function contentAround(content: Omit<EventContent, "createdAt" | "seq">): { head: string; middle: string; tail: string } {
  return {
    head: `{"action":${canonicalJson(content.action)},"actor":${canonicalJson(content.actor)},"createdAt":"`,
    middle: `","metadata":${canonicalJson(content.metadata)},"seq":`,
    tail: `,"target":${canonicalJson(content.target)},"workspaceId":${canonicalJson(content.workspaceId)}}`,
  };
}
