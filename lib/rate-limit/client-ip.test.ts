import { describe, expect, it } from "vitest";
import { resolveClientIp } from "./client-ip";

const headers = (socket: string | null, forwardedFor?: string) => {
  const h = new Headers();
  if (socket !== null) h.set("x-roster-client-ip", socket);
  if (forwardedFor !== undefined) h.set("x-forwarded-for", forwardedFor);
  return h;
};

describe("resolveClientIp", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientIp(headers("10.0.0.5", "203.0.113.7"), undefined)).toBe("10.0.0.5");
    expect(resolveClientIp(headers("::ffff:10.0.0.5"), undefined)).toBe("10.0.0.5");
  });

  it("is null when the server did not say (never one shared bucket)", () => {
    expect(resolveClientIp(headers(null, "203.0.113.7"), undefined)).toBeNull();
    expect(resolveClientIp(headers("not-an-ip"), { hops: 1 })).toBeNull();
  });

  it("walks back exactly the trusted number of hops", () => {
    // client 203.0.113.7 -> CDN 198.51.100.1 -> load balancer 10.0.0.2 (the socket)
    const h = headers("10.0.0.2", "203.0.113.7, 198.51.100.1");
    expect(resolveClientIp(h, { hops: 0 })).toBe("10.0.0.2");
    expect(resolveClientIp(h, { hops: 1 })).toBe("198.51.100.1");
    expect(resolveClientIp(h, { hops: 2 })).toBe("203.0.113.7");
    // A client that prepends its own entries cannot get past the hops that are trusted.
    expect(resolveClientIp(headers("10.0.0.2", "1.1.1.1, 203.0.113.7, 198.51.100.1"), { hops: 2 })).toBe("203.0.113.7");
    expect(resolveClientIp(headers("10.0.0.2", "203.0.113.7"), { hops: 5 })).toBe("203.0.113.7");
  });

  it("skips trusted addresses and ranges from the right", () => {
    const trusted = { ranges: ["10.0.0.0/8", "198.51.100.1"] };
    expect(resolveClientIp(headers("10.0.0.2", "1.1.1.1, 203.0.113.7, 198.51.100.1"), trusted)).toBe("203.0.113.7");
    expect(resolveClientIp(headers("192.0.2.9", "203.0.113.7"), trusted)).toBe("192.0.2.9");
    expect(resolveClientIp(headers("10.0.0.2", "10.1.1.1"), trusted)).toBe("10.1.1.1");
  });

  it("trusts only the socket when X-Forwarded-For holds something that is not an address", () => {
    expect(resolveClientIp(headers("10.0.0.2", "203.0.113.7, evil"), { hops: 1 })).toBe("10.0.0.2");
  });
});
