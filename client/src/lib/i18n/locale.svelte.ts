// The chosen interface language of a screen: its catalogue, and the page's `<html lang dir>` kept in step.
import { RIGHT_TO_LEFT, type Language } from "@peerpulse/shared";

export class Locale<Messages> {
  #language = $state<Language>("en");
  readonly #catalogues: Record<Language, Messages>;

  constructor(catalogues: Record<Language, Messages>, language: Language) {
    this.#catalogues = catalogues;
    this.language = language;
  }

  get language(): Language {
    return this.#language;
  }

  /** Switching language also flips the whole page to right to left for Arabic. */
  set language(language: Language) {
    this.#language = language;
    document.documentElement.lang = language;
    document.documentElement.dir = this.rightToLeft ? "rtl" : "ltr";
  }

  get rightToLeft(): boolean {
    return RIGHT_TO_LEFT.has(this.#language);
  }

  get messages(): Messages {
    return this.#catalogues[this.#language];
  }
}
