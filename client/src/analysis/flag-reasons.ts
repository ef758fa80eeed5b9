// Why a statement is in a flagged list, written from the statement's figures in the page's language. The server's
// `reason` is English only; the figures it cites are all in the statement's analysis, except the interval of an "HCT
// apart" gap widened for the mission's number of statements, which the list's hint speaks of instead.
import { evenSpreadSd, type Flag, type StatementAnalysis, type Summary } from "@peerpulse/shared";
import type { FigureWords } from "./figure-words.ts";

function shown(figures: StatementAnalysis["everyone"] | null): Summary | null {
  return figures && !figures.suppressed ? figures.summary : null;
}

/** The reason of `flag`, or the server's English one when the figures it needs are not at hand. */
export function flagReason(
  flag: Flag,
  statement: StatementAnalysis | undefined,
  words: FigureWords,
  constituencyName: (id: string) => string,
  /** The analysis's `commonGroundMajority` (its options say which was used). */
  majority: number,
): string {
  const { m } = words;
  const everyone = statement ? shown(statement.everyone) : null;
  const range = (interval: { low: number; high: number } | null, write: (value: number) => string) =>
    interval ? m.describe.interval(write(interval.low), write(interval.high)) : null;
  const decimal = (value: number) => words.decimal(value);
  switch (flag.kind) {
    case "positive":
    case "negative": {
      if (!everyone) break;
      const figures = {
        agree: words.share(everyone.agree),
        disagree: words.share(everyone.disagree),
        net: words.net(everyone.netAgreement),
        netInterval: range(everyone.intervals.netAgreement, (value) => words.net(value)),
        mean: words.decimal(everyone.mean),
        points: everyone.points,
        n: everyone.n,
      };
      return flag.kind === "positive" ? m.reasons.positive(figures) : m.reasons.negative(figures);
    }
    case "divided":
    case "no-shared-view": {
      if (!everyone) break;
      const figures = {
        agree: words.share(everyone.agree),
        disagree: words.share(everyone.disagree),
        neutral: words.share(everyone.neutral),
        spread: words.decimal(everyone.sd),
        spreadInterval: range(everyone.intervals.sd, decimal),
        evenSpread: words.decimal(evenSpreadSd(everyone.points)),
        agreementA: words.decimal(everyone.agreementA, 2),
        n: everyone.n,
      };
      return flag.kind === "divided" ? m.reasons.divided(figures) : m.reasons.noSharedView(figures);
    }
    case "divergent": {
      const hct = statement ? shown(statement.hct) : null;
      const others = statement ? shown(statement.others) : null;
      const gap = statement?.hctGap?.mean;
      if (flag.between === "hct-and-others" && hct && others && gap) {
        return m.reasons.hctApart({
          hctMean: words.decimal(hct.mean),
          othersMean: words.decimal(others.mean),
          gap: words.signed(gap.gap),
          hctNet: words.net(hct.netAgreement),
          othersNet: words.net(others.netAgreement),
          hctN: hct.n,
          othersN: others.n,
        });
      }
      const spread = statement?.spread;
      if (flag.between === "constituencies" && spread) {
        return m.reasons.constituenciesApart({
          lowest: words.decimal(spread.lowest.mean),
          lowestName: constituencyName(spread.lowest.constituencyId),
          highest: words.decimal(spread.highest.mean),
          highestName: constituencyName(spread.highest.constituencyId),
          range: words.decimal(spread.range),
          constituencies: spread.constituencies,
          p: words.pValue(spread.pValue),
        });
      }
      break;
    }
    case "common-ground": {
      const common = statement?.commonality;
      if (!common?.side) break;
      return m.reasons.commonGround({
        constituencies: common.constituencies,
        side: common.side,
        shares: range(common.shareRange, (value) => words.share(value)),
        majority: words.share(majority),
      });
    }
  }
  return flag.reason;
}
