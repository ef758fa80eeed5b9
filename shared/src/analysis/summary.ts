// One group's figures for one statement: every measure of the issue, from a frequency vector, in one object.
import { z } from "zod";
import type { StatementTally } from "../schemas/tally.ts";
import { agreementA } from "./agreement-a.ts";
import { consensus } from "./consensus.ts";
import { interpolatedMedianOf, meanOf, sharesOf, standardDeviationOf } from "./descriptives.ts";
import { assertFrequencyVector, type FrequencyVector, totalOf } from "./frequency-vector.ts";
import { Interval, meanInterval, netAgreementInterval, spreadInterval, wilsonInterval } from "./intervals.ts";
import { leikDispersion } from "./leik.ts";

const figure = z.number().nullable();

/**
 * A group's figures for one statement. Every figure is null when nobody rated (n = 0), so the object stays
 * JSON-safe (no NaN). Only `n`, `dontKnow` and the intervals depend on the size of the group; every other
 * figure depends only on the shape of the frequency vector.
 */
export const Summary = z.object({
  /** Number of scale points. */
  points: z.number().int(),
  /** Ratings on the scale (don't know not included). */
  n: z.number(),
  /** "Don't know" answers, counted apart. */
  dontKnow: z.number(),
  /** Mean scale point, 1 (most disagreeing) to `points`. */
  mean: figure,
  /** Interpolated median, on the same 1 to `points` scale. */
  median: figure,
  /** Standard deviation of the ratings (dividing by n). */
  sd: figure,
  /** Share of ratings above the middle of the scale. */
  agree: figure,
  /** Share at the middle point (0 on even scales). */
  neutral: figure,
  /** Share of ratings below the middle of the scale. */
  disagree: figure,
  /** agree − disagree, −1 to 1. */
  netAgreement: figure,
  /** Tastle and Wierman's consensus, 0 to 1. */
  consensus: figure,
  /** 1 − consensus, 0 to 1. */
  dissent: figure,
  /** Van der Eijk's agreement A, −1 to 1. */
  agreementA: figure,
  /** Leik's ordinal dispersion, 0 to 1. */
  leikDispersion: figure,
  /**
   * 95% intervals: Student's t for the mean, Bonett's for the standard deviation (null below 5 ratings),
   * Wilson for the shares, adjusted Wald for net agreement.
   */
  intervals: z.object({
    mean: Interval.nullable(),
    sd: Interval.nullable(),
    agree: Interval.nullable(),
    neutral: Interval.nullable(),
    disagree: Interval.nullable(),
    netAgreement: Interval.nullable(),
  }),
});
/** A group's figures for one statement. */
export type Summary = z.infer<typeof Summary>;

/** Extra answers that sit outside the frequency vector. */
export interface SummarizeOptions {
  /** "Don't know" answers; ignored when a tally (which carries its own) is given. */
  dontKnow?: number;
}

/**
 * Every figure for one group and one statement, from a frequency vector (or a tally with its "don't know"
 * count). Throws a RangeError only for a malformed vector (see `assertFrequencyVector`), never for n = 0.
 */
export function summarize(input: FrequencyVector | StatementTally, options: SummarizeOptions = {}): Summary {
  const counts = "counts" in input ? input.counts : input;
  const dontKnow = "counts" in input ? input.dontKnow : (options.dontKnow ?? 0);
  assertFrequencyVector(counts);
  const n = totalOf(counts);
  const points = counts.length;
  const mean = meanOf(counts);
  const sd = standardDeviationOf(counts);
  const shares = sharesOf(counts);
  const cns = consensus(counts);
  return {
    points,
    n,
    dontKnow,
    mean,
    median: interpolatedMedianOf(counts),
    sd,
    agree: shares?.agree ?? null,
    neutral: shares?.neutral ?? null,
    disagree: shares?.disagree ?? null,
    netAgreement: shares?.netAgreement ?? null,
    consensus: cns,
    dissent: cns === null ? null : 1 - cns,
    agreementA: agreementA(counts),
    leikDispersion: leikDispersion(counts),
    intervals: {
      mean: mean === null || sd === null ? null : meanInterval(mean, sd, n, points),
      sd: spreadInterval(counts),
      agree: shares ? wilsonInterval(shares.agree, n) : null,
      neutral: shares ? wilsonInterval(shares.neutral, n) : null,
      disagree: shares ? wilsonInterval(shares.disagree, n) : null,
      netAgreement: shares ? netAgreementInterval(shares.agree, shares.disagree, n) : null,
    },
  };
}
