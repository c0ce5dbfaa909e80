// Test support: a real DNS server on 127.0.0.1 (dns2, UDP) that answers TXT and A queries from records the test publishes.
import { createServer as createHttpServer } from "node:http";
import dns2 from "dns2";

const { Packet } = dns2;
const RCODE = { SERVFAIL: 2, NXDOMAIN: 3 } as const;

export type LocalDns = {
  /** The DNS_SERVERS value that reaches it ("127.0.0.1:<port>"). */
  server: string;
  /** Publishes the TXT values of a name (replacing any), or removes them with an empty list. */
  setTxt(name: string, values: string[]): void;
  /** Publishes the IPv4 addresses (A records) of a name (replacing any), or removes them with an empty list. */
  setA(name: string, addresses: string[]): void;
  /** Answers SERVFAIL for a name (DNS "not answering") until called with false. */
  setFailing(name: string, failing: boolean): void;
  close(): Promise<void>;
};

export async function startLocalDns(): Promise<LocalDns> {
  const records = new Map<string, string[]>();
  const aRecords = new Map<string, string[]>();
  const failing = new Set<string>();
  const server = dns2.createServer({
    udp: true,
    handle(request, send) {
      const response = Packet.createResponseFromRequest(request);
      const question = request.questions[0];
      const name = question?.name.toLowerCase() ?? "";
      const values = records.get(name);
      const addresses = aRecords.get(name);
      if (failing.has(name)) response.header.rcode = RCODE.SERVFAIL;
      else if (!values && !addresses) response.header.rcode = RCODE.NXDOMAIN;
      else if (question?.type === Packet.TYPE.A) {
        for (const address of addresses ?? []) response.answers.push(Packet.createResourceFromQuestion(question, { type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 1, address }));
      } else if (question?.type === Packet.TYPE.TXT && values) {
        for (const data of values) response.answers.push(Packet.createResourceFromQuestion(question, { type: Packet.TYPE.TXT, class: Packet.CLASS.IN, ttl: 1, data }));
      }
      send(response);
    },
  });
  const { udp } = await server.listen({ udp: { port: 0, address: "127.0.0.1" } });
  return {
    server: `127.0.0.1:${udp!.port}`,
    setTxt(name, values) {
      if (values.length) records.set(name.toLowerCase(), values);
      else records.delete(name.toLowerCase());
    },
    setA(name, addresses) {
      if (addresses.length) aRecords.set(name.toLowerCase(), addresses);
      else aRecords.delete(name.toLowerCase());
    },
    setFailing(name, on) {
      if (on) failing.add(name.toLowerCase());
      else failing.delete(name.toLowerCase());
    },
    close: () => server.close(),
  };
}

/**
 * For the e2e suite, whose tests run in other processes than the harness holding the server: an HTTP endpoint on
 * 127.0.0.1 where `PUT /txt/<name>` with `{"values":[...]}` publishes records (an empty list removes them).
 */
export async function serveDnsControl(dns: LocalDns): Promise<{ url: string; close(): Promise<void> }> {
  const http = createHttpServer((req, res) => {
    const name = decodeURIComponent(req.url?.replace(/^\/txt\//, "") ?? "");
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      try {
        const { values } = JSON.parse(body || "{}") as { values?: unknown };
        if (req.method !== "PUT" || !name || !Array.isArray(values)) throw new Error("PUT /txt/<name> {\"values\":[...]}");
        dns.setTxt(name, values.map(String));
        res.writeHead(204).end();
      } catch (error) {
        res.writeHead(400).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => http.close(() => resolve())) };
}
