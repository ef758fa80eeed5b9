// How the report writes figures in each language: Latin digits, the language's decimal mark, a true minus sign,
// and each figure isolated left to right so that "−69 %" stays "−69 %" inside Arabic text.
import type { Language } from "@peerpulse/shared";

const MINUS = "\u2212";
/** The percent sign and the space before it, as each language writes it (French and Spanish keep it apart). */
const PERCENT: Record<Language, string> = { en: "%", ar: "%", fr: "\u202f%", es: "\u00a0%" };

/** Writes figures for one language; every result is HTML, already isolated for bidirectional text. */
export interface FigureFormat {
  /** A count: 24. */
  count(value: number): string;
  /** A figure with `digits` decimals (mean 4.25; French 4,25), "–" when unknown. */
  decimal(value: number | null | undefined, digits?: number): string;
  /** A share as a whole percentage: 87 %, "–" when unknown. */
  percent(value: number | null | undefined): string;
  /** A share that may be negative, always signed: +74 %, −69 %. */
  signedPercent(value: number | null | undefined): string;
  /** A difference, always signed: +1.25, −2.10. */
  signedDecimal(value: number | null | undefined, digits?: number): string;
  /** A date (YYYY-MM-DD or an ISO instant) in the language's words, Latin digits. */
  date(value: string): string;
}

const UNKNOWN = "–";

/** A figure as HTML that stays left to right wherever it sits. */
function isolated(text: string): string {
  return `<span class="num" dir="ltr">${text}</span>`;
}

/** The figure formatter of `language`. */
export function figureFormat(language: Language): FigureFormat {
  const locale = `${language}-u-nu-latn`;
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })
      .format(Math.abs(value))
      // Intl may add bidi marks around figures in Arabic; the isolating span does that job.
      .replace(/[\u200e\u200f\u061c]/g, "");
  const sign = (rounded: number) => (rounded > 0 ? "+" : rounded < 0 ? MINUS : "");
  const known = (value: number | null | undefined): value is number => value !== null && value !== undefined;
  return {
    count: (value) => isolated(number(value, 0)),
    decimal: (value, digits = 2) =>
      known(value) ? isolated(`${value < 0 ? MINUS : ""}${number(value, digits)}`) : UNKNOWN,
    percent: (value) => (known(value) ? isolated(`${number(value * 100, 0)}${PERCENT[language]}`) : UNKNOWN),
    signedPercent: (value) => {
      if (!known(value)) return UNKNOWN;
      const whole = Math.round(value * 100);
      return isolated(`${sign(whole)}${number(whole, 0)}${PERCENT[language]}`);
    },
    signedDecimal: (value, digits = 2) => {
      if (!known(value)) return UNKNOWN;
      const rounded = Number(value.toFixed(digits));
      return isolated(`${sign(rounded)}${number(rounded, digits)}`);
    },
    date: (value) => {
      const moment = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
      if (Number.isNaN(moment.getTime())) return value;
      return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(moment);
    },
  };
}
