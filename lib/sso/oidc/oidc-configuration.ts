import "server-only";
import * as client from "openid-client";
import { getEnv } from "@/lib/env";
import { guardedFetch } from "@/lib/net/guarded-fetch";
import { isLoopbackHttp } from "@/lib/sso/schemas";

const cache = new Map<string, { at: number; config: Promise<client.Configuration> }>();
const CACHE_MS = 10 * 60_000;

/** Every call to the IdP (discovery, JWKS, token, userinfo) goes through the outbound-fetch guard. */
const idpFetch: client.CustomFetch = async (url, options) => {
  if (options.body instanceof ReadableStream) throw new TypeError("A streamed request body is not sent to an IdP.");
  return guardedFetch(url, { allowPrivate: getEnv().SSO_ALLOW_PRIVATE_NETWORKS, method: options.method, headers: options.headers, body: options.body, signal: options.signal });
};

/**
 * The IdP's configuration through OpenID Connect discovery (`<issuer>/.well-known/openid-configuration`), cached for
 * ten minutes per issuer and client. ID tokens are checked against the issuer's JWKS (non-repudiation checks: the
 * signature too, not only iss, aud, exp and nonce). Plain http only for a loopback issuer (a local test IdP), which the
 * guard calls only when SSO_ALLOW_PRIVATE_NETWORKS is on.
 */
export function oidcConfiguration(issuer: string, clientId: string, clientSecret: string | undefined): Promise<client.Configuration> {
  const key = JSON.stringify([issuer, clientId, clientSecret ?? ""]);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.config;
  const execute = [client.enableNonRepudiationChecks, ...(isLoopbackHttp(issuer) ? [client.allowInsecureRequests] : [])];
  const config = client.discovery(new URL(issuer), clientId, clientSecret, undefined, { execute, timeout: 10, [client.customFetch]: idpFetch });
  cache.set(key, { at: Date.now(), config });
  // A failed discovery is not kept: the next sign-in asks again.
  config.catch(() => cache.delete(key));
  return config;
}
