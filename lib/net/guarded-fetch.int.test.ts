import { createServer, type IncomingHttpHeaders } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { startLocalDns } from "@/lib/testing/local-dns-server";
import { unique } from "@/lib/testing/factories";
import { fetchIdpMetadata } from "@/lib/sso/saml/fetch-idp-metadata";
import { guardedFetch } from "./guarded-fetch";

// A real DNS server (names the test publishes) and a real HTTP server on 127.0.0.1 that records what reached it.
const dns = await startLocalDns();
process.env.DNS_SERVERS = dns.server;
const reached: { url: string; headers: IncomingHttpHeaders }[] = [];
let base = "";
const server = createServer((req, res) => {
  reached.push({ url: req.url ?? "", headers: req.headers });
  const to = new URL(req.url ?? "/", "http://x").searchParams.get("to");
  if (to) return res.writeHead(302, { location: to }).end();
  if (req.url === "/big") return res.end("x".repeat(5000));
  res.writeHead(200, { "content-type": "text/plain" }).end("hello");
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await dns.close();
});

/** A name the local DNS server answers with these IPv4 addresses. */
function nameFor(...addresses: string[]) {
  const name = `host-${unique()}.roster-test.example`;
  dns.setA(name, addresses);
  return name;
}

async function expectRefused(promise: Promise<unknown>, message: RegExp) {
  const before = reached.length;
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("ADDRESS_NOT_ALLOWED");
  expect((error as AppError).message).toMatch(message);
  expect(reached.length, "nothing reached the server").toBe(before);
}

const port = () => new URL(base).port;

describe("guardedFetch with private networks off", () => {
  it("refuses a name that resolves to 127.0.0.1, before connecting", async () => {
    const name = nameFor("127.0.0.1");
    await expectRefused(guardedFetch(`http://${name}:${port()}/`, { allowPrivate: false }), new RegExp(`^This address is this server itself \\(loopback\\): ${name} is 127\\.0\\.0\\.1\\.`));
  });

  it("refuses a name with one private address among public ones", async () => {
    await expectRefused(guardedFetch(`http://${nameFor("8.8.8.8", "10.0.0.7")}/`, { allowPrivate: false }), /private network/);
  });

  it("refuses loopback, private, CGNAT and mapped addresses given as literals, and localhost", async () => {
    for (const host of ["127.0.0.1", "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "10.1.2.3", "192.168.1.1", "100.64.0.1", "[fd00::1]", "localhost"]) {
      await expectRefused(guardedFetch(`http://${host}:${port()}/`, { allowPrivate: false }), /private network|loopback|carrier-grade/);
    }
  });

  it("refuses other schemes and credentials in the URL", async () => {
    await expectRefused(guardedFetch("file:///etc/passwd", { allowPrivate: false }), /only http\(s\)/);
    await expectRefused(guardedFetch("ftp://8.8.8.8/", { allowPrivate: false }), /only http\(s\)/);
    await expectRefused(guardedFetch(`https://user:pw@${nameFor("8.8.8.8")}/`, { allowPrivate: false }), /user name or password/);
  });
});

describe("guardedFetch never reaches link-local, unspecified or multicast addresses, even with private networks on", () => {
  it.each(["169.254.169.254", "[fe80::1]", "0.0.0.0", "[::]", "224.0.0.1", "[::ffff:169.254.169.254]"])("%s", async (host) => {
    await expectRefused(guardedFetch(`http://${host}/latest/meta-data/`, { allowPrivate: true }), /link-local|unspecified|multicast/);
  });

  it("a name that resolves to the cloud metadata address", async () => {
    await expectRefused(guardedFetch(`http://${nameFor("169.254.169.254")}/`, { allowPrivate: true }), /link-local/);
  });
});

describe("redirects", () => {
  it("are not followed by default: the 3xx comes back as it is, its target not called", async () => {
    const response = await guardedFetch(`${base}/start?to=${encodeURIComponent(`${base}/secret`)}`, { allowPrivate: true });
    expect(response.status).toBe(302);
    expect(reached.map((r) => r.url)).not.toContain("/secret");
  });

  it("when followed, each hop is checked again: a redirect to a loopback or metadata URL is refused", async () => {
    const toLoopbackName = `http://${nameFor("127.0.0.1")}:${port()}/secret`;
    for (const to of ["http://169.254.169.254/latest/meta-data/", `http://${nameFor("169.254.169.254")}/`]) {
      const before = reached.length;
      const error = await guardedFetch(`${base}/start?to=${encodeURIComponent(to)}`, { allowPrivate: true, maxRedirects: 3 }).catch((e: unknown) => e);
      expect((error as AppError).code).toBe("ADDRESS_NOT_ALLOWED");
      expect(reached.length, "only the first hop was called").toBe(before + 1);
    }
    // Private networks off: the same redirect to a loopback name is refused (here the first hop is refused already).
    await expectRefused(guardedFetch(`${base}/start?to=${encodeURIComponent(toLoopbackName)}`, { allowPrivate: false, maxRedirects: 3 }), /loopback/);
    // And with them on, a hop to a name on this machine is followed, to the address DNS gave for it.
    const followed = await guardedFetch(`${base}/start?to=${encodeURIComponent(toLoopbackName)}`, { allowPrivate: true, maxRedirects: 3 });
    expect(await followed.text()).toBe("hello");
    expect(reached.at(-1)).toMatchObject({ url: "/secret", headers: { host: new URL(toLoopbackName).host } });
  });
});

describe("with private networks on", () => {
  it("connects to the address DNS answered for the name (the checked one), with the name as Host", async () => {
    const name = nameFor("127.0.0.1");
    const response = await guardedFetch(`http://${name}:${port()}/hi`, { allowPrivate: true, headers: { accept: "text/plain" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("hello");
    expect(reached.at(-1)).toMatchObject({ url: "/hi", headers: { host: `${name}:${port()}`, accept: "text/plain" } });
  });

  it("caps the body, and the metadata fetch says so", async () => {
    await expect(guardedFetch(`${base}/big`, { allowPrivate: true, maxBytes: 1000 })).rejects.toBeInstanceOf(RangeError);
    const error = await fetchIdpMetadata(`${base}/big`, { maxBytes: 1000 }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("SSO_METADATA_UNREACHABLE");
  });

  it("an unknown name is unreachable (a TypeError, as fetch's), not a refusal", async () => {
    await expect(guardedFetch(`http://nowhere-${unique()}.roster-test.example/`, { allowPrivate: true })).rejects.toBeInstanceOf(TypeError);
  });
});
