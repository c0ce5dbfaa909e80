import { describe, expect, it } from "vitest";
import { rateLimitName } from "./rate-limit-name";

describe("rateLimitName", () => {
  it("keeps the limit and drops the subject it counts", () => {
    expect(rateLimitName("sign-in:ip:203.0.113.0/24")).toBe("sign-in:ip");
    expect(rateLimitName("sign-in:address:a@example.com")).toBe("sign-in:address");
    expect(rateLimitName("join-request:workspace:acme")).toBe("join-request:workspace");
    expect(rateLimitName("api:0b6f2c4e-1111-4222-8333-944445555666")).toBe("api");
    expect(rateLimitName("device-token:2001:db8::1")).toBe("device-token");
    expect(rateLimitName("scim:tok")).toBe("scim");
  });

  it("names a key of an unexpected shape 'other'", () => {
    expect(rateLimitName("Weird Key")).toBe("other");
    expect(rateLimitName(":x")).toBe("other");
  });
});
