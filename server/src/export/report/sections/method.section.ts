// How the figures were made, in a few paragraphs the reader of an attached report needs and nothing they cannot open.
import type { ReportContext } from "../report-context.ts";

export function methodSection({ m }: ReportContext): string {
  return `<section class="method"><h2>${m.method.title}</h2>${m.method.paragraphs.map((text) => `<p>${text}</p>`).join("")}</section>`;
}
