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
