/** A word for a POSIX shell: single-quoted, a single quote inside written as '\''. */
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The API reference's example of one operation: a curl command against `origin`, authenticated with the token in
 * $ROSTER_TOKEN (none when `anonymous`), sending `body` as JSON. Path parameters stay as the document writes them ({id}).
 */
export function curlExample({ origin, method, path, body, anonymous }: { origin: string; method: string; path: string; body?: unknown; anonymous?: boolean }): string {
  const lines = [`curl${method.toLowerCase() === "get" ? "" : ` -X ${method.toUpperCase()}`} ${shellQuote(`${origin}${path}`)}`];
  // The CLI's login endpoints take no token.
  if (!anonymous) lines.push(`-H "Authorization: Bearer $ROSTER_TOKEN"`);
  // The JSON indented under its -d line (whitespace JSON ignores).
  if (body !== undefined) lines.push(`-H "Content-Type: application/json"`, `-d ${shellQuote(JSON.stringify(body, null, 2).replace(/\n/g, "\n  "))}`);
  return lines.join(" \\\n  ");
}
