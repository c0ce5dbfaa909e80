import { isIP } from "node:net";

/** What an IP address reaches: the public internet, or a network an outbound call from Roster must not reach unasked. */
export type AddressKind = "public" | "loopback" | "private" | "cgnat" | "link-local" | "unspecified" | "multicast" | "reserved" | "invalid";

type Range = [prefix: bigint, bits: number, kind: AddressKind];

const v4 = (a: number, b: number, c: number, d: number) => BigInt(((a << 24) >>> 0) + (b << 16) + (c << 8) + d);

// RFC 6890's special-purpose IPv4 ranges that are not the internet (documentation ranges are left to fail on connect).
const IPV4: Range[] = [
  [v4(0, 0, 0, 0), 8, "unspecified"],
  [v4(10, 0, 0, 0), 8, "private"],
  [v4(100, 64, 0, 0), 10, "cgnat"],
  [v4(127, 0, 0, 0), 8, "loopback"],
  [v4(169, 254, 0, 0), 16, "link-local"], // includes the cloud metadata service, 169.254.169.254
  [v4(172, 16, 0, 0), 12, "private"],
  [v4(192, 0, 0, 0), 24, "reserved"],
  [v4(192, 168, 0, 0), 16, "private"],
  [v4(198, 18, 0, 0), 15, "reserved"],
  [v4(224, 0, 0, 0), 4, "multicast"],
  [v4(240, 0, 0, 0), 4, "reserved"], // and 255.255.255.255, the broadcast address
];

const IPV6: Range[] = [
  [0n, 128, "unspecified"],
  [1n, 128, "loopback"],
  [0xfc00n << 112n, 7, "private"], // unique local addresses
  [0xfe80n << 112n, 10, "link-local"],
  [0xfec0n << 112n, 10, "private"], // site-local (deprecated, still routed inside some networks)
  [0xff00n << 112n, 8, "multicast"],
];

// IPv6 forms that carry an IPv4 address, which is what they reach: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d),
// NAT64 (64:ff9b::a.b.c.d). 6to4 (2002:aabb:ccdd::) carries it in bits 16 to 48.
const EMBEDS_V4_LOW: [bigint, number][] = [
  [0xffffn << 32n, 96],
  [0n, 96],
  [0x64ff9bn << 96n, 96],
];

const within = (value: bigint, prefix: bigint, bits: number, width: number) => value >> BigInt(width - bits) === prefix >> BigInt(width - bits);

function kindIn(ranges: Range[], value: bigint, width: number): AddressKind {
  return ranges.find(([prefix, bits]) => within(value, prefix, bits, width))?.[2] ?? "public";
}

function parseV4(address: string): bigint {
  const [a, b, c, d] = address.split(".").map(Number);
  return v4(a, b, c, d);
}

function parseV6(address: string): bigint {
  let text = address.toLowerCase().replace(/%.*$/, "");
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const n = Number(parseV4(dotted[1]));
    text = `${text.slice(0, dotted.index)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** The kind of network an IPv4 or IPv6 address (IPv4-mapped and the other IPv4-carrying IPv6 forms too) belongs to. */
export function classifyAddress(address: string): AddressKind {
  const family = isIP(address.replace(/%.*$/, ""));
  if (family === 4) return kindIn(IPV4, parseV4(address), 32);
  if (family !== 6) return "invalid";
  const value = parseV6(address);
  const embedded = EMBEDS_V4_LOW.find(([prefix, bits]) => within(value, prefix, bits, 128));
  // :: and ::1 are IPv6's own unspecified and loopback addresses, not the IPv4-compatible 0.0.0.0 and 0.0.0.1.
  if (embedded && value > 1n) return kindIn(IPV4, value & 0xffffffffn, 32);
  if (within(value, 0x2002n << 112n, 16, 128)) return kindIn(IPV4, (value >> 80n) & 0xffffffffn, 32);
  return kindIn(IPV6, value, 128);
}
