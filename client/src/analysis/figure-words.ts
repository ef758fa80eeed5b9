// How the analysis page writes figures in the chosen language, one unit per figure as the flag lists, exports and
// report write them: shares and net agreement in %, means and gaps between means in points of the rating scale.
// Latin digits everywhere, the language's decimal mark and percent sign, a true minus; in Arabic each figure is
// isolated left to right so that "−45%" is not read "%45−".
import { RIGHT_TO_LEFT, type GroupFigures, type Language, type SuppressionReason } from "@peerpulse/shared";
import type { AnalysisMessages } from "../lib/i18n/analysis-messages.ts";

const MINUS = "\u2212";
const UNKNOWN = "–";

/** The figures and the sentences about them of one language. */
export class FigureWords {
  readonly m: AnalysisMessages;
  readonly #isolate: boolean;
  readonly #locale: string;

  constructor(messages: AnalysisMessages, language: Language) {
    this.m = messages;
    this.#isolate = RIGHT_TO_LEFT.has(language);
    this.#locale = `${language}-u-nu-latn`;
  }

  /** A share (0 to 1) as a whole percentage: "45%", "45 %". */
  share(share: number | null | undefined): string {
    return share === null || share === undefined ? UNKNOWN : this.#figure(this.m.percent(Math.round(share * 100)));
  }

  /** Net agreement (−1 to 1, % agree − % disagree) signed: "+70%", "−45 %", "0%". */
  net(net: number | null | undefined): string {
    if (net === null || net === undefined) return UNKNOWN;
    const whole = Math.round(net * 100);
    return this.#figure(`${this.#sign(whole)}${this.m.percent(Math.abs(whole))}`);
  }

  /** A figure with `digits` decimals: a mean (4.1), a spread, agreement A (−0.45). */
  decimal(value: number | null | undefined, digits = 1): string {
    if (value === null || value === undefined) return UNKNOWN;
    const rounded = Number(value.toFixed(digits));
    return this.#figure(`${rounded < 0 ? MINUS : ""}${this.#number(Math.abs(rounded), digits)}`);
  }

  /** A difference, always signed: a gap between means in scale points (+1.5, −0.3). */
  signed(value: number, digits = 1): string {
    const rounded = Number(value.toFixed(digits));
    return this.#figure(`${this.#sign(rounded)}${this.#number(Math.abs(rounded), digits)}`);
  }

  /** A p-value with two significant digits, never rounded to zero: "= 0.0041", "< 0.0001". */
  pValue(p: number): string {
    if (p < 0.0001) return `< ${this.#figure(this.#number(0.0001, 4))}`;
    const significant = Number(p.toPrecision(2));
    const digits = Math.max(0, -Math.floor(Math.log10(significant)) + 1);
    return `= ${this.#figure(this.#number(significant, digits))}`;
  }

  /** Why a group is withheld, in words a facilitator can say to a participant who asks. */
  withheld(group: string, reason: SuppressionReason, respondents: number, minimum: number): string {
    switch (reason) {
      case "below-minimum":
        return this.m.describe.withheldBelowMinimum(group, respondents, minimum);
      case "complementary":
        return this.m.describe.withheldComplementary(group, respondents);
    }
  }

  /** A one-line description of a shown group's figures, for tooltips and screen readers. */
  figures(group: string, figures: GroupFigures & { suppressed: false }): string {
    const { summary } = figures;
    if (summary.n === 0) return this.m.describe.allDontKnow(group, figures.respondents);
    const interval = summary.intervals.netAgreement;
    const range = interval ? this.m.describe.interval(this.net(interval.low), this.net(interval.high)) : null;
    return this.m.describe.figures(
      group,
      this.net(summary.netAgreement),
      range,
      this.share(summary.agree),
      this.share(summary.disagree),
      summary.n,
      summary.dontKnow,
    );
  }

  #sign(value: number): string {
    return value > 0 ? "+" : value < 0 ? MINUS : "";
  }

  #number(value: number, digits: number): string {
    return new Intl.NumberFormat(this.#locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    })
      .format(value)
      .replace(/[\u200e\u200f\u061c]/g, "");
  }

  /** In a right-to-left language, a figure kept left to right wherever it sits in a sentence. */
  #figure(text: string): string {
    return this.#isolate ? `\u2066${text}\u2069` : text;
  }
}
