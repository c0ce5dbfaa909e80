import { getEnv } from "@/lib/env";

/** An absolute link into the app for an email (AUTH_URL, the origin browsers use; else localhost on PORT). */
export function appUrl(path: string): string {
  const env = getEnv();
  return `${(env.AUTH_URL || `http://localhost:${env.PORT}`).replace(/\/$/, "")}${path}`;
}
