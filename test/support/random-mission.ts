// Random missions for the subtraction tests: constituencies, their workshops, who answered what, and the minimum.
import fc from "fast-check";
import type { PublishedFigure } from "./subtraction-attacker.ts";

/** One answer: a scale point 1–5, or 0 for "don't know". */
export type Answer = 0 | 1 | 2 | 3 | 4 | 5;

export interface RandomWorkshop {
  id: string;
  constituencyId: string;
  /** Open (shown live right now) rather than closed. */
  live: boolean;
  /** Per statement, every answer given in this workshop (who skipped gave none). */
  answers: Answer[][];
}

export interface RandomMission {
  minimum: number;
  statements: number;
  constituencies: { id: string; isHct: boolean }[];
  workshops: RandomWorkshop[];
}

/** A mission generator: 1–5 constituencies (any of them HCT), 1–4 workshops each, `maxSize` answers at most. */
export function randomMission(options: { maxSize: number; statements: number; minimum?: [number, number] }) {
  const [low, high] = options.minimum ?? [3, 8];
  const answers = fc.array(fc.constantFrom<Answer>(0, 1, 2, 3, 4, 5), { maxLength: options.maxSize });
  const workshop = fc.record({
    live: fc.boolean(),
    answers: fc.array(answers, { minLength: options.statements, maxLength: options.statements }),
  });
  const constituency = fc.record({
    isHct: fc.boolean(),
    workshops: fc.array(workshop, { minLength: 1, maxLength: 4 }),
  });
  return fc
    .record({
      minimum: fc.integer({ min: low, max: high }),
      constituencies: fc.array(constituency, { minLength: 1, maxLength: 5 }),
    })
    .map(({ minimum, constituencies }): RandomMission => ({
      minimum,
      statements: options.statements,
      constituencies: constituencies.map((c, i) => ({ id: `c${i}`, isHct: c.isHct })),
      workshops: constituencies.flatMap((c, i) =>
        c.workshops.map((w, j) => ({ id: `c${i}w${j}`, constituencyId: `c${i}`, live: w.live, answers: w.answers })),
      ),
    }));
}

/** A workshop's counts on one statement: scale points 1–5, then don't know. */
export function countsOf(answers: readonly Answer[]): number[] {
  const counts = [0, 0, 0, 0, 0, 0];
  for (const answer of answers) counts[answer === 0 ? 5 : answer - 1]!++;
  return counts;
}

/** The truth the attacker is after: every workshop's respondents and counts on one statement. */
export function truthOf(mission: RandomMission, statement: number) {
  return mission.workshops.map((w) => ({
    id: w.id,
    respondents: w.answers[statement]!.length,
    counts: countsOf(w.answers[statement]!),
  }));
}

/** A published figure for a group of workshops, with the counts the truth gives it. */
export function figureOf(mission: RandomMission, statement: number, units: readonly string[]): PublishedFigure {
  const counts = [0, 0, 0, 0, 0, 0];
  for (const w of mission.workshops)
    if (units.includes(w.id)) countsOf(w.answers[statement]!).forEach((count, k) => (counts[k]! += count));
  return { units: [...units], counts };
}
