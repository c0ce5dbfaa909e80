import "server-only";
import { lookup } from "node:dns/promises";
import { Resolver } from "node:dns/promises";
import { isIP } from "node:net";
import { getEnv } from "@/lib/env";

export type ResolvedAddress = { address: string; family: 4 | 6 };

/**
 * Every address a host name has: an IP literal is itself, `localhost` (and `*.localhost`, RFC 6761) is loopback;
 * other names through node:dns, asking DNS_SERVERS when set (tests: a local server), else the system's resolver.
 */
export async function resolveHost(hostname: string): Promise<ResolvedAddress[]> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const family = isIP(host);
  if (family) return [{ address: host, family: family as 4 | 6 }];
  if (host === "localhost" || host.endsWith(".localhost")) return [{ address: "127.0.0.1", family: 4 }, { address: "::1", family: 6 }];
  const servers = getEnv().DNS_SERVERS;
  if (!servers) return (await lookup(host, { all: true, verbatim: true })).map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  resolver.setServers(servers);
  const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
  const found = [
    ...(v4.status === "fulfilled" ? v4.value.map((address) => ({ address, family: 4 as const })) : []),
    ...(v6.status === "fulfilled" ? v6.value.map((address) => ({ address, family: 6 as const })) : []),
  ];
  if (!found.length) throw (v4.status === "rejected" ? v4.reason : null) ?? Object.assign(new Error(`${host} has no address`), { code: "ENOTFOUND" });
  return found;
}
