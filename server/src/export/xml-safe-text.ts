// Text on its way into XML (XLSX parts) or HTML (the report): characters XML 1.0 forbids are removed here.

/**
 * XML 1.0 allows tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. Everything
 * else — other C0 controls, U+FFFE, U+FFFF and surrogates that are not part of a pair — makes a document that
 * no XML parser (and so no spreadsheet program) opens. A mission text may hold them (pasted from anywhere), so
 * they are dropped rather than replaced: the rest of the text stays as typed.
 */
const FORBIDDEN_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is what this expression is for
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids (rule X7 in docs/protocol.md). */
export function xmlSafeText(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, "");
}
