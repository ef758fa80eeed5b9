// Matches the pillar a file names to a known pillar, or makes a new pillar for a value no known pillar answers to.
import { SAMPLE_QUESTIONNAIRE, type Pillar, type PillarId } from "@peerpulse/shared";

/** Pillars a file may name by id, or by name in any language: those of the sample questionnaire. */
export const KNOWN_PILLARS: readonly Pillar[] = SAMPLE_QUESTIONNAIRE.pillars;

/** Longest pillar id the schema accepts. */
const MAX_ID_LENGTH = 40;

/** Resolves the pillar values of one file, remembering the pillars it uses. */
export type PillarResolver = {
  /** The id of the pillar a non-empty value names; an unknown value makes a new pillar named after it in English. */
  resolve(value: string): PillarId;
  /** The pillars resolved so far, in the order the file first used them. */
  used(): Pillar[];
};

/** A resolver for one file; pillars made for unknown values are shared by every later row naming them. */
export function createPillarResolver(known: readonly Pillar[] = KNOWN_PILLARS): PillarResolver {
  const byKey = new Map<string, Pillar>();
  const ids = new Set<string>();
  for (const pillar of known) {
    ids.add(pillar.id);
    byKey.set(matchKey(pillar.id), pillar);
    for (const name of Object.values(pillar.name)) byKey.set(matchKey(name), pillar);
  }
  const used = new Map<PillarId, Pillar>();

  return {
    resolve(value) {
      const key = matchKey(value);
      let pillar = byKey.get(key);
      if (!pillar) {
        pillar = { id: freshId(key, ids), name: { en: value.trim() } };
        ids.add(pillar.id);
        byKey.set(key, pillar);
        byKey.set(matchKey(pillar.id), pillar);
      }
      if (!used.has(pillar.id)) used.set(pillar.id, pillar);
      return pillar.id;
    },
    used: () => [...used.values()],
  };
}

/**
 * What two spellings of one pillar have in common: no case, no accents (nor Arabic vowel marks), and any run of
 * spaces or punctuation read as one dash. "Coordinación", "coordinacion" and "COORDINACIÓN" share a key.
 */
export function matchKey(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** A pillar id from a key: its latin letters and digits, or `pillar-N` when it has none (an Arabic name). */
function freshId(key: string, taken: ReadonlySet<string>): PillarId {
  const latin = key.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  const base = latin === "" ? "pillar" : /^[a-z]/.test(latin) ? latin : `pillar-${latin}`;
  const trimmed = (suffix: string) => `${base.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
  if (latin !== "" && !taken.has(trimmed(""))) return trimmed("");
  for (let n = latin === "" ? 1 : 2; ; n++) {
    const id = trimmed(`-${n}`);
    if (!taken.has(id)) return id;
  }
}
