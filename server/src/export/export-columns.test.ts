// The export columns: one meaning per name, and docs/api.md promising exactly the names the exports use (E9).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GLOSSARY, hctColumn, othersColumn } from "./export-columns.ts";
import { csvCell } from "./column-kinds.ts";
import { xmlSafeText } from "./xml-safe-text.ts";

const API_DOC = readFileSync(new URL("../../../docs/api.md", import.meta.url), "utf8");

describe("export columns", () => {
  it("E9: docs/api.md lists every column name with the meaning the notes sheet gives it", () => {
    const start = API_DOC.indexOf("## Export columns");
    const section = API_DOC.slice(start, API_DOC.indexOf("\n## ", start + 1));
    const documented = new Map(
      [...section.matchAll(/^\| `([^`]+)` \| [^|]+ \| (.+) \|$/gm)].map((match) => [match[1], match[2]]),
    );
    expect([...documented.keys()].sort()).toEqual(Object.keys(GLOSSARY).sort());
    for (const [name, { meaning }] of Object.entries(GLOSSARY)) expect(documented.get(name), name).toBe(meaning);
  });

  it("E9: no column is called n, and the pooled HCT and others columns cannot be taken for a constituency's", () => {
    expect(Object.keys(GLOSSARY)).not.toContain("n");
    expect(hctColumn("ratings").name).toBe("HCT pooled ratings");
    expect(othersColumn("mean").meaning).toContain("every constituency but the HCT");
  });

  it("E9: the CSV writes shares in percent and gaps in percentage points, other figures as they are", () => {
    expect(csvCell({ name: "agree %", ...GLOSSARY["agree %"] }, 0.701)).toBe(70.1);
    expect(csvCell({ name: "x", ...GLOSSARY["HCT − others, net agreement (points)"] }, -0.5)).toBe(-50);
    expect(csvCell({ name: "mean", ...GLOSSARY.mean }, 3.456)).toBe(3.456);
    expect(csvCell({ name: "agree %", ...GLOSSARY["agree %"] }, "withheld")).toBe("withheld");
  });

  it("X7: text loses exactly the characters XML 1.0 forbids", () => {
    expect(xmlSafeText("a\uFFFEb\uFFFFc\u0000d\u0001e\u001Ff")).toBe("abcdef");
    expect(xmlSafeText("lone \uD800 and \uDC00 surrogates")).toBe("lone  and  surrogates");
    const kept = "tab\tline\ncr\r é ع 中 😀 \uFFFD \uE000 \u{10FFFD}";
    expect(xmlSafeText(kept)).toBe(kept);
  });
});
