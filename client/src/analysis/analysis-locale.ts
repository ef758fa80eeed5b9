// The analysis page's language, shared with every part of the page through a typed context (set once by AnalysisApp).
import { createContext } from "svelte";
import type { AnalysisMessages } from "../lib/i18n/analysis-messages.ts";
import type { ScreenLocale } from "../lib/i18n/screen-locale.svelte.ts";
import { FigureWords } from "./figure-words.ts";

/**
 * The analysis page's locale, in any of its components: `const locale = analysisLocale()` while the component
 * initialises (a context is read then only), then `const m = $derived(locale.messages)` for its texts and
 * `const words = $derived(figureWords(locale))` for its figures.
 */
export const [analysisLocale, setAnalysisLocale] = createContext<ScreenLocale<AnalysisMessages>>();

/** The figures and sentences of the locale's language. */
export function figureWords(locale: ScreenLocale<AnalysisMessages>): FigureWords {
  return new FigureWords(locale.messages, locale.language);
}
