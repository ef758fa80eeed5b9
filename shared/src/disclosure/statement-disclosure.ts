// Every published cell of a mission's statement, decided once: workshops, everyone, constituencies, HCT, others.
import { type CandidateGroup, decideDisclosure } from "./decide-disclosure.ts";
import type { Withheld } from "./withheld-reason.ts";

/** What the decision needs to know of a mission: its constituencies and workshops (the smallest units). */
export interface DisclosureStructure {
  /** In the mission's order; those with `isHct` together form the HCT. */
  constituencies: readonly { id: string; isHct: boolean }[];
  /** In a fixed order (the mission's listing); `live` when open, so its room sees its own tally as it runs. */
  workshops: readonly { id: string; constituencyId: string; live: boolean }[];
}

/** The verdict on every cell of one statement: null where figures are shown, else why they are withheld. */
export interface StatementDisclosure {
  everyone: Withheld;
  /** The HCT pooled; decided even when the mission has no HCT (then it is empty, so below the minimum). */
  hct: Withheld;
  /** Every constituency but the HCT, pooled. */
  others: Withheld;
  /** By constituency id. */
  constituencies: Record<string, Withheld>;
  /** By workshop id. */
  workshops: Record<string, Withheld>;
}

const key = {
  everyone: "everyone",
  hct: "hct",
  others: "others",
  constituency: (id: string) => `constituency:${id}`,
  workshop: (id: string) => `workshop:${id}`,
};

/** Larger first; ties keep the given order (Array.prototype.sort is stable). */
function largerFirst<T>(items: readonly T[], size: (item: T) => number): T[] {
  return [...items].sort((a, b) => size(b) - size(a));
}

/**
 * The candidate groups of one statement in priority order: workshops live right now (a room sees its own
 * result), everyone, the constituencies (HCT ones first, then larger first), the HCT pooled and the others,
 * then the remaining workshops (larger first).
 */
export function candidateGroups(
  structure: DisclosureStructure,
  respondents: Readonly<Record<string, number>>,
): CandidateGroup[] {
  const sizeOf = (workshopIds: readonly string[]) => workshopIds.reduce((sum, id) => sum + (respondents[id] ?? 0), 0);
  const workshopsOf = (constituencyIds: readonly string[]) =>
    structure.workshops.filter((w) => constituencyIds.includes(w.constituencyId)).map((w) => w.id);
  const workshopGroup = (w: { id: string }) => ({ id: key.workshop(w.id), units: [w.id] });
  const constituencies = structure.constituencies.map((c) => ({
    id: key.constituency(c.id),
    units: workshopsOf([c.id]),
    isHct: c.isHct,
  }));
  const hctIds = structure.constituencies.filter((c) => c.isHct).map((c) => c.id);
  const otherIds = structure.constituencies.filter((c) => !c.isHct).map((c) => c.id);
  const bySize = (group: { units: readonly string[] }) => sizeOf(group.units);
  return [
    ...largerFirst(
      structure.workshops.filter((w) => w.live),
      (w) => respondents[w.id] ?? 0,
    ).map(workshopGroup),
    { id: key.everyone, units: structure.workshops.map((w) => w.id) },
    ...largerFirst(
      constituencies.filter((c) => c.isHct),
      bySize,
    ),
    ...largerFirst(
      constituencies.filter((c) => !c.isHct),
      bySize,
    ),
    { id: key.hct, units: workshopsOf(hctIds) },
    { id: key.others, units: workshopsOf(otherIds) },
    ...largerFirst(
      structure.workshops.filter((w) => !w.live),
      (w) => respondents[w.id] ?? 0,
    ).map(workshopGroup),
  ].map(({ id, units }) => ({ id, units }));
}

/**
 * Decides every cell of one statement: `respondents` gives each workshop's respondents on the statement
 * (ratings plus "don't know"; a missing workshop counts as nobody). The one rule every route, event, export
 * and report follows (docs/analysis.md, "Withheld figures"; rules W1–W5 in docs/protocol.md).
 */
export function statementDisclosure(
  structure: DisclosureStructure,
  respondents: Readonly<Record<string, number>>,
  minimum: number,
): StatementDisclosure {
  const units = structure.workshops.map((w) => ({ id: w.id, respondents: respondents[w.id] ?? 0 }));
  const verdicts = decideDisclosure(units, candidateGroups(structure, respondents), minimum);
  // Every candidate has a verdict; a missing one would be a bug, and withholding is the safe side of it.
  const verdict = (id: string): Withheld => (verdicts.has(id) ? verdicts.get(id)! : "below-minimum");
  return {
    everyone: verdict(key.everyone),
    hct: verdict(key.hct),
    others: verdict(key.others),
    constituencies: Object.fromEntries(structure.constituencies.map((c) => [c.id, verdict(key.constituency(c.id))])),
    workshops: Object.fromEntries(structure.workshops.map((w) => [w.id, verdict(key.workshop(w.id))])),
  };
}

/** The verdict on cell `id` of `cells` (a cell the decision left out is withheld: the safe side of a bug). */
export function verdictOf(cells: Readonly<Record<string, Withheld>> | undefined, id: string): Withheld {
  return cells && id in cells ? (cells[id] ?? null) : "below-minimum";
}

/**
 * The verdict on a live workshop's own tally, without deciding the whole mission: live workshops come first
 * and never overlap, so a set of them can only reveal a union of whole live workshops, each at the minimum;
 * a live workshop is therefore shown exactly when it reaches the minimum (rule W3), as `statementDisclosure`
 * decides it.
 */
export function liveWorkshopVerdict(respondents: number, minimum: number): Withheld {
  return respondents < minimum ? "below-minimum" : null;
}
