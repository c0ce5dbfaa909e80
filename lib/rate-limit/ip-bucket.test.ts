import { describe, expect, it } from "vitest";
import { ipBucket } from "./ip-bucket";

describe("ipBucket", () => {
  it("keeps an IPv4 address, also when IPv4-mapped", () => {
    expect(ipBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(ipBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts IPv6 by its /64, however the address is written", () => {
    const bucket = ipBucket("2001:db8:1:2::1");
    expect(bucket).toBe("2001:db8:1:2::/64");
    expect(ipBucket("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe(bucket);
    expect(ipBucket("[2001:DB8:1:2:0:0:0:9]")).toBe(bucket);
    expect(ipBucket("2001:db8:1:3::1")).not.toBe(bucket);
    expect(ipBucket("::1")).toBe("0:0:0:0::/64");
    expect(ipBucket("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("hashes anything else into a short key", () => {
    const huge = "x".repeat(10_000);
    expect(ipBucket(huge)).toMatch(/^other-[0-9a-f]{16}$/);
    expect(ipBucket("unknown")).toMatch(/^other-[0-9a-f]{16}$/);
    expect(ipBucket("1.2.3.4, 5.6.7.8")).not.toBe(ipBucket("1.2.3.4"));
  });
});
