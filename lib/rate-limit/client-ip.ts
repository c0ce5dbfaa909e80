import { BlockList, isIP } from "node:net";
import { getEnv, type TrustedProxies } from "@/lib/env";

/**
 * The client's address for every per-IP limit, or null when it is unknown. It starts from the socket's address, which
 * lib/server/serve.mjs writes into `x-roster-client-ip` on every request (overwriting any the client sent), and walks
 * back through X-Forwarded-For only as far as TRUSTED_PROXIES allows. Null (no production server in front, e.g.
 * `next dev`) must not become one shared bucket: callers skip the per-IP limit or key it on something else.
 */
export function clientIp(headers: Headers): string | null {
  return resolveClientIp(headers, getEnv().TRUSTED_PROXIES);
}

export function resolveClientIp(headers: Headers, trusted: TrustedProxies): string | null {
  const socket = normalize(headers.get("x-roster-client-ip"));
  if (!socket) return null;
  if (!trusted) return socket;
  // The chain as the last proxy saw it: the client first, then each proxy, then our socket peer.
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(normalize);
  if (forwarded.some((a) => a === null)) return socket; // a malformed header proves nothing: trust only the socket
  const chain = [...(forwarded as string[]), socket];
  if ("hops" in trusted) return chain[Math.max(0, chain.length - 1 - trusted.hops)] ?? socket;
  const list = blockList(trusted.ranges);
  for (let i = chain.length - 1; i > 0; i--) {
    const address = chain[i] as string;
    if (!list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4")) return address;
  }
  return chain[0] ?? socket;
}

/** An address as one spelling: trimmed, IPv4-mapped IPv6 as IPv4; null when it is not an IP address. */
function normalize(value: string | null | undefined): string | null {
  const address = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return address && isIP(address) ? address.toLowerCase() : null;
}

const lists = new Map<string, BlockList>();

function blockList(ranges: string[]): BlockList {
  const key = ranges.join(",");
  let list = lists.get(key);
  if (!list) {
    list = new BlockList();
    for (const range of ranges) {
      const [address = "", prefix] = range.split("/");
      const type = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(prefix), type);
    }
    lists.set(key, list);
  }
  return list;
}
