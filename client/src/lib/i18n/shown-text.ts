// Text from the mission as a screen shows it: the words, and the language (hence direction) they are really in.
import { RIGHT_TO_LEFT, type Language, type LocalizedText } from "@peerpulse/shared";

/** Text from the mission in the language it is shown in, which may be a fallback when a translation is missing. */
export interface ShownText {
  text: string;
  /** The language of `text`; an element holding it gets `lang` and `dir` from it. */
  language: Language;
  direction: "rtl" | "ltr";
}

// A plain list, not the schema's enum: the participant page shares this module's chunk and carries no zod.
const FALLBACKS: readonly Language[] = ["en", "fr", "ar", "es"];

/** Picks `text` in `wanted`, falling back as `textIn` does, and says which language it is really in. */
export function shownText(text: LocalizedText, wanted: Language): ShownText {
  const given = (language: Language) => text[language] !== undefined;
  const said = [wanted, ...FALLBACKS].find(given) ?? wanted;
  return { text: text[said] ?? "", language: said, direction: RIGHT_TO_LEFT.has(said) ? "rtl" : "ltr" };
}
