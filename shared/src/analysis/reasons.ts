// The reason of each flag in words and figures, as a facilitator reads it out: means in points, shares in %.
import type { Commonality } from "./commonality.ts";
import { evenSpreadSd, type Interval } from "./intervals.ts";
import type { ConstituencySpread } from "./spread.ts";
import type { Summary } from "./summary.ts";

const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);
const signedPercent = (share: number) => `${share > 0 ? "+" : ""}${Math.round(share * 100)}%`;
const decimal = (value: number | null, digits = 1) => (value === null ? "–" : value.toFixed(digits));
const signed = (value: number) => `${value > 0 ? "+" : ""}${value.toFixed(1)}`;
/** A p-value with two significant digits, never rounded to zero. */
const pValue = (p: number) => (p < 0.0001 ? "< 0.0001" : `= ${Number(p.toPrecision(2))}`);

function netPart(summary: Summary): string {
  const interval = summary.intervals.netAgreement;
  const range = interval ? ` (interval ${signedPercent(interval.low)} to ${signedPercent(interval.high)})` : "";
  return `net ${signedPercent(summary.netAgreement ?? 0)}${range}`;
}

/** "positive: 78% agree, 8% disagree, net +70% (interval +57% to +80%), mean 4.1 points of 5, n = 64". */
export function positiveReason(summary: Summary): string {
  return `positive: ${percent(summary.agree)} agree, ${percent(summary.disagree)} disagree, ${netPart(summary)}, mean ${decimal(summary.mean)} points of ${summary.points}, n = ${summary.n}`;
}

/** "negative: 10% agree, 72% disagree, net -62% (interval -74% to -46%), mean 1.9 points of 5, n = 64". */
export function negativeReason(summary: Summary): string {
  return `negative: ${percent(summary.agree)} agree, ${percent(summary.disagree)} disagree, ${netPart(summary)}, mean ${decimal(summary.mean)} points of ${summary.points}, n = ${summary.n}`;
}

function spreadPart(summary: Summary): string {
  const interval = summary.intervals.sd;
  const range = interval ? ` (interval ${decimal(interval.low)} to ${decimal(interval.high)})` : "";
  return `spread ${decimal(summary.sd)} points${range}, against ${decimal(evenSpreadSd(summary.points))} for an even spread; agreement A ${decimal(summary.agreementA, 2)}`;
}

/** "divided, two camps: 45% agree, 40% disagree; spread 1.8 points (interval 1.6 to 1.9), against 1.4 for an even spread; agreement A -0.45; n = 80". */
export function dividedReason(summary: Summary): string {
  return `divided, two camps: ${percent(summary.agree)} agree, ${percent(summary.disagree)} disagree; ${spreadPart(summary)}; n = ${summary.n}`;
}

/** "no shared view: 40% agree, 40% disagree, 20% neutral; spread 1.4 points (interval 1.3 to 1.6), against 1.4 for an even spread; agreement A 0.02; n = 80". */
export function noSharedViewReason(summary: Summary): string {
  return `no shared view: ${percent(summary.agree)} agree, ${percent(summary.disagree)} disagree, ${percent(summary.neutral)} neutral; ${spreadPart(summary)}; n = ${summary.n}`;
}

/**
 * "HCT apart: mean 1.9 points against 3.8 for the others, a gap of -1.9 points (interval -2.9 to -0.9,
 * allowing for the mission's 30 statements); net agreement -70% against +45%; n = 10 and 80".
 */
export function hctReason(hct: Summary, others: Summary, gap: number, interval: Interval, statements: number): string {
  return (
    `HCT apart: mean ${decimal(hct.mean)} points against ${decimal(others.mean)} for the others, ` +
    `a gap of ${signed(gap)} points (interval ${signed(interval.low)} to ${signed(interval.high)}, ` +
    `allowing for the mission's ${statements} statements); ` +
    `net agreement ${signedPercent(hct.netAgreement ?? 0)} against ${signedPercent(others.netAgreement ?? 0)}; n = ${hct.n} and ${others.n}`
  );
}

/**
 * "constituencies apart: means from 2.1 points (NNGOs) to 4.0 points (INGOs), a range of 1.9 points across
 * 5 constituencies; p = 0.00041, at most 0.0031 allowed for the mission's 30 statements".
 */
export function spreadReason(
  spread: ConstituencySpread,
  names: Readonly<Record<string, string>>,
  level: number,
  statements: number,
): string {
  const name = (id: string) => names[id] ?? id;
  return (
    `constituencies apart: means from ${decimal(spread.lowest.mean)} points (${name(spread.lowest.constituencyId)}) ` +
    `to ${decimal(spread.highest.mean)} points (${name(spread.highest.constituencyId)}), a range of ${decimal(spread.range)} points ` +
    `across ${spread.constituencies} constituencies; p ${pValue(spread.pValue)}, at most ${Number(level.toPrecision(2))} allowed ` +
    `for the mission's ${statements} statements`
  );
}

/** "common ground: all 5 constituencies mostly agree, 62% to 90% (each above 50% within its interval)". */
export function commonReason(common: Commonality, majority: number): string {
  const verb = common.side === "agree" ? "agree" : "disagree";
  const range = common.shareRange ? `, ${percent(common.shareRange.low)} to ${percent(common.shareRange.high)}` : "";
  return `common ground: all ${common.constituencies} constituencies mostly ${verb}${range} (each above ${percent(majority)} within its interval)`;
}
