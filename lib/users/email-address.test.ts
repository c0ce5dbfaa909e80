import { describe, expect, it } from "vitest";
import { emailAddressSchema } from "./email-address";

describe("emailAddressSchema", () => {
  it.each(["", "   ", "plain", "a@x.com,b@y.com", "a@x.com b@y.com", '"quoted"@example.com', "fullwidth＠example.com", "a@b", "a..b@example.com", ".a@example.com", "a@-x.com", "<a@x.com>"])(
    "refuses %j",
    (value) => expect(emailAddressSchema.safeParse(value).success).toBe(false),
  );
  it("accepts and lowercases a plain address", () => {
    expect(emailAddressSchema.parse(" Ada.Lovelace+x@Example.COM ")).toBe("ada.lovelace+x@example.com");
  });
});
