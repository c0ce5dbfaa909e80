import { describe, expect, it } from "vitest";
import { appOrigin } from "./app-origin";

const env = (AUTH_URL?: string) => ({ AUTH_URL, PORT: 3000 });

describe("appOrigin: where people reach Roster", () => {
  it("is AUTH_URL's origin when configured, whatever the request says", () => {
    expect(appOrigin(new Headers({ host: "10.0.0.5:3000" }), env("https://roster.acme.dev/some/path/"))).toBe("https://roster.acme.dev");
  });

  it("is the request's origin without AUTH_URL, a proxy's forwarded host and protocol first", () => {
    expect(appOrigin(new Headers({ host: "box.lan:8080" }), env())).toBe("http://box.lan:8080");
    expect(appOrigin(new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "team.example.org, inner", "x-forwarded-proto": "https" }), env())).toBe(
      "https://team.example.org",
    );
  });

  it("falls back to localhost on PORT for no host or one that is not a host", () => {
    expect(appOrigin(new Headers(), env())).toBe("http://localhost:3000");
    expect(appOrigin(new Headers({ host: "bad host/<script>" }), env())).toBe("http://localhost:3000");
    expect(appOrigin(new Headers(), env("not a url"))).toBe("http://localhost:3000");
  });
});
