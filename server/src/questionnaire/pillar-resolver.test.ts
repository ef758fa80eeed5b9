// Pillar values from a file: known pillars by id or any name, new pillars with ids the schema accepts.
import { PillarId } from "@peerpulse/shared";
import { describe, expect, it } from "vitest";
import { createPillarResolver, KNOWN_PILLARS, matchKey } from "./pillar-resolver.ts";

describe("createPillarResolver", () => {
  it("knows the sample questionnaire's pillars by id and by name in every language", () => {
    for (const pillar of KNOWN_PILLARS) {
      const resolver = createPillarResolver();
      expect(resolver.resolve(pillar.id.toUpperCase())).toBe(pillar.id);
      for (const name of Object.values(pillar.name)) expect(resolver.resolve(` ${name} `)).toBe(pillar.id);
      expect(resolver.used()).toEqual([pillar]);
    }
  });

  it("lists the pillars in the order the file first uses them, each once", () => {
    const resolver = createPillarResolver();
    for (const value of ["Protección", "leadership", "protection", "Liderazgo"]) resolver.resolve(value);
    expect(resolver.used().map((pillar) => pillar.id)).toEqual(["protection", "leadership"]);
  });

  it("makes ids the schema accepts from any value, and never gives two new pillars the same id", () => {
    const resolver = createPillarResolver();
    const ids = ["Cash & vouchers", "الأمن الغذائي", "المياه", "2024 priorities", "x".repeat(60), "Cash vouchers"].map(
      (value) => resolver.resolve(value),
    );
    expect(ids).toEqual([
      "cash-vouchers",
      "pillar-1",
      "pillar-2",
      "pillar-2024-priorities",
      "x".repeat(40),
      "cash-vouchers",
    ]);
    for (const id of ids) expect(PillarId.safeParse(id).success).toBe(true);
    expect(resolver.used().map((pillar) => pillar.name.en)).toEqual([
      "Cash & vouchers",
      "الأمن الغذائي",
      "المياه",
      "2024 priorities",
      "x".repeat(60),
    ]);
  });

  it("reads a value that reduces to a known id as that pillar", () => {
    const resolver = createPillarResolver([{ id: "cash", name: { en: "Cash assistance" } }]);
    expect(resolver.resolve("CASH!")).toBe("cash");
    expect(resolver.used()).toEqual([{ id: "cash", name: { en: "Cash assistance" } }]);
  });

  it("numbers new pillars whose ids would otherwise be the same after shortening", () => {
    const resolver = createPillarResolver();
    const stem = "coordination of the response in the north";
    expect(resolver.resolve(`${stem}ern region`)).toBe("coordination-of-the-response-in-the-nort");
    expect(resolver.resolve(`${stem}-east`)).toBe("coordination-of-the-response-in-the-no-2");
  });
});

describe("matchKey", () => {
  it("ignores case, accents, Arabic marks and punctuation", () => {
    expect(matchKey("  Coordinación ")).toBe(matchKey("COORDINACION"));
    expect(matchKey("Redevabilité envers les populations affectées")).toBe(
      "redevabilite-envers-les-populations-affectees",
    );
    expect(matchKey("القِيادة")).toBe(matchKey("القيادة"));
  });
});
