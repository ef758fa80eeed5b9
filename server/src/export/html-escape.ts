// Escapes text for HTML: every mission text, note and name passes through here before it enters the report.
import { xmlSafeText } from "./xml-safe-text.ts";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe to place in HTML content or a quoted attribute, without characters XML 1.0 forbids (X7). */
export function escapeHtml(text: string): string {
  return xmlSafeText(text).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
