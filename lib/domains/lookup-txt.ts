import "server-only";
import { Resolver } from "node:dns/promises";
import { getEnv } from "@/lib/env";

/** What DNS answered for a name's TXT records: its values, none (the name or its TXT records do not exist), or no answer. */
export type TxtLookup = { status: "found"; values: string[] } | { status: "missing" } | { status: "failed"; reason: string };

// Answers that say the record is not there; anything else (a timeout, SERVFAIL, a refused query) says nothing about it.
const ABSENT = new Set(["ENOTFOUND", "ENODATA", "NXDOMAIN"]);

/** The one boundary to DNS: node:dns through DNS_SERVERS (default: the system's), so tests point it at a local server. */
export async function lookupTxt(name: string): Promise<TxtLookup> {
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  const servers = getEnv().DNS_SERVERS;
  if (servers) resolver.setServers(servers);
  try {
    // A TXT record may be split into several strings: its value is their concatenation (RFC 7208 3.3).
    const values = (await resolver.resolveTxt(name)).map((chunks) => chunks.join(""));
    return values.length ? { status: "found", values } : { status: "missing" };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return ABSENT.has(code) ? { status: "missing" } : { status: "failed", reason: code || String(error) };
  }
}
