import type { Env } from "@/lib/env";
import { getEnv } from "@/lib/env";

/**
 * The origin people reach Roster at, for addresses shown on a page (the API reference's examples): AUTH_URL's when
 * configured, else the one this request was made to (Host, or a proxy's X-Forwarded-Host and -Proto), else
 * localhost on PORT. Shown to the requester only, so a client naming another host misleads nobody but itself.
 */
export function appOrigin(headers: Headers, env: Pick<Env, "AUTH_URL" | "PORT"> = getEnv()): string {
  const configured = env.AUTH_URL && originOf(env.AUTH_URL);
  if (configured) return configured;
  const first = (name: string) => headers.get(name)?.split(",")[0]?.trim() || undefined;
  const host = first("x-forwarded-host") ?? first("host");
  const proto = first("x-forwarded-proto") === "https" ? "https" : "http";
  return (host && originOf(`${proto}://${host}`)) || `http://localhost:${env.PORT}`;
}

function originOf(url: string): string | undefined {
  try {
    const { origin } = new URL(url);
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}
