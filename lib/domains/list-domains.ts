import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaceDomains } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { verificationRecordName } from "./verification-record";
import { readReplica } from "@/lib/read-replica/read-replica";

export type WorkspaceDomain = {
  domain: string;
  /** "dns": proven by the TXT record (good for single sign-on); "email": by a manager's own address (auto-join only). */
  method: "dns" | "email";
  verified: boolean;
  /** The record to publish, for a domain proven (or being proven) through DNS. */
  record: { type: "TXT"; name: string; value: string } | null;
  verifiedAt: Date | null;
  lastCheckedAt: Date | null;
};

/** domains:manage (owner, manager): the workspace's domains, how each is proven, and the DNS record to publish (on a read replica when there is one). */
export async function listDomains(caller: Caller, slug: string): Promise<WorkspaceDomain[]> {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "domains:manage");
  const rows = await readReplica((replica) => replica.select().from(workspaceDomains).where(eq(workspaceDomains.workspaceId, workspace.id)).orderBy(asc(workspaceDomains.domain)));
  return rows.map((r) => ({
    domain: r.domain,
    method: r.verificationMethod === "dns" ? "dns" : "email",
    verified: r.verifiedAt !== null,
    record: r.verificationToken ? { type: "TXT", name: verificationRecordName(r.domain), value: r.verificationToken } : null,
    verifiedAt: r.verifiedAt,
    lastCheckedAt: r.lastCheckedAt,
  }));
}
