// The report's figures and words in each language: a true minus kept in front, the language's decimal mark,
// and an Arabic catalog with no English left in it.
import { describe, expect, it } from "vitest";
import { reportMessages } from "./messages/report-messages.ts";
import { figureFormat } from "./report-format.ts";

const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("report figures and words", () => {
  it("writes a signed percentage with a true minus in front, isolated left to right, in every language", () => {
    expect(figureFormat("ar").signedPercent(-0.69)).toBe('<span class="num" dir="ltr">−69%</span>');
    expect(text(figureFormat("en").signedPercent(0.742))).toBe("+74%");
    expect(text(figureFormat("fr").signedPercent(-0.69))).toBe("−69\u202f%");
    expect(text(figureFormat("es").percent(0.87))).toBe("87\u00a0%");
    expect(figureFormat("en").signedPercent(null)).toBe("–");
  });

  it("uses each language's decimal mark with Latin digits", () => {
    expect(text(figureFormat("fr").decimal(4.254))).toBe("4,25");
    expect(text(figureFormat("es").decimal(-1.5))).toBe("−1,50");
    expect(text(figureFormat("ar").decimal(4.254))).toBe("4.25");
    expect(text(figureFormat("ar").count(1234))).toBe("1234");
    expect(text(figureFormat("en").signedDecimal(-2.104))).toBe("−2.10");
  });

  it("has every Arabic label in Arabic: no Latin letters left in the catalog", () => {
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === "string") strings.push(value);
      else if (value && typeof value === "object") Object.values(value).forEach(walk);
    };
    walk(reportMessages("ar"));
    expect(strings.length).toBeGreaterThan(40);
    expect(strings.filter((label) => /[A-Za-z]/.test(label))).toEqual([]);
  });
});
