/** Keeps only a same-origin path ("/w/acme"); anything else ("//evil.com", "https://evil.com", "javascript:") becomes "/". */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value === "") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  try {
    const url = new URL(value, "http://roster.invalid");
    if (url.origin !== "http://roster.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/**
 * Auth.js's redirect callback: where the browser goes after signing in (magic link and GitHub alike). A path or an
 * address on this origin keeps its path and query; anything else goes to the home page.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  if (url.startsWith("/")) return `${baseUrl}${safeCallbackPath(url)}`;
  try {
    const target = new URL(url);
    if (target.origin === new URL(baseUrl).origin) return `${baseUrl}${safeCallbackPath(target.pathname + target.search)}`;
  } catch {
    // not an address: the home page
  }
  return baseUrl;
}
