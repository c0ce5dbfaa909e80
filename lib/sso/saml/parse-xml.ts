import { DOMParser } from "@xmldom/xmldom";

/**
 * An XML document, or null when the text is not well-formed XML. xmldom resolves no external entities and fetches
 * nothing, so untrusted XML (metadata, a posted response) is safe to parse; a DOCTYPE is refused all the same.
 */
export function parseXml(text: string): Document | null {
  if (/<!DOCTYPE/i.test(text)) return null;
  let failed = false;
  const fail = () => {
    failed = true;
  };
  const doc = new DOMParser({ errorHandler: { error: fail, fatalError: fail } }).parseFromString(text, "text/xml");
  return failed || !doc?.documentElement ? null : (doc as unknown as Document);
}
