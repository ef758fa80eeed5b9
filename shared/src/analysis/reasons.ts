// The reason of each flag in words and figures, as a facilitator reads it out: "divided: 42% agree, …".
import type { Commonality } from "./commonality.ts";
import type { Gap } from "./gap.ts";
import type { ConstituencySpread } from "./spread.ts";
import type { Summary } from "./summary.ts";

const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);
const signedPercent = (share: number) => `${share > 0 ? "+" : ""}${Math.round(share * 100)}%`;
const decimal = (value: number | null, digits = 1) => (value === null ? "–" : value.toFixed(digits));
const signed = (value: number) => `${value > 0 ? "+" : ""}${value.toFixed(1)}`;

/** "positive: 78% agree, 8% disagree, mean 4.1 of 5, n = 64". */
export function positiveReason(summary: Summary): string {
  return `positive: ${percent(summary.agree)} agree, ${percent(summary.disagree)} disagree, mean ${decimal(summary.mean)} of ${summary.points}, n = ${summary.n}`;
}

/** "negative: 10% agree, 72% disagree, mean 1.9 of 5, n = 64". */
export function negativeReason(summary: Summary): string {
  return `negative: ${percent(summary.agree)} agree, ${percent(summary.disagree)} disagree, mean ${decimal(summary.mean)} of ${summary.points}, n = ${summary.n}`;
}

/** "divided: 42% agree, 46% disagree, consensus 0.41, n = 24". */
export function dividedReason(summary: Summary): string {
  return `divided: ${percent(summary.agree)} agree, ${percent(summary.disagree)} disagree, consensus ${decimal(summary.consensus, 2)}, n = ${summary.n}`;
}

/** "HCT apart: mean 1.9 against 3.8 for the others (gap -1.9, 95% interval -2.6 to -1.2); net agreement -70% against +45%; n = 10 and 80". */
export function hctReason(hct: Summary, others: Summary, gap: Gap): string {
  const { interval } = gap.mean;
  return (
    `HCT apart: mean ${decimal(hct.mean)} against ${decimal(others.mean)} for the others ` +
    `(gap ${signed(gap.mean.gap)}, 95% interval ${signed(interval.low)} to ${signed(interval.high)}); ` +
    `net agreement ${signedPercent(hct.netAgreement ?? 0)} against ${signedPercent(others.netAgreement ?? 0)}; n = ${hct.n} and ${others.n}`
  );
}

/** "constituencies apart: means from 2.1 (NNGOs) to 4.0 (INGOs), range 1.9, p = 0.003, 5 constituencies". */
export function spreadReason(spread: ConstituencySpread, names: Readonly<Record<string, string>>): string {
  const name = (id: string) => names[id] ?? id;
  const p = spread.pValue < 0.001 ? "p < 0.001" : `p = ${spread.pValue.toFixed(3)}`;
  return (
    `constituencies apart: means from ${decimal(spread.lowest.mean)} (${name(spread.lowest.constituencyId)}) ` +
    `to ${decimal(spread.highest.mean)} (${name(spread.highest.constituencyId)}), range ${decimal(spread.range)}, ${p}, ` +
    `${spread.constituencies} constituencies`
  );
}

/** "common ground: all 5 constituencies mostly agree (62% to 90% agreeing)". */
export function commonReason(common: Commonality): string {
  const verb = common.side === "agree" ? "agree" : "disagree";
  const range = common.shareRange
    ? ` (${percent(common.shareRange.low)} to ${percent(common.shareRange.high)} ${verb}ing)`
    : "";
  return `common ground: all ${common.constituencies} constituencies mostly ${verb}${range}`;
}
