// The language of a facilitator screen read up close (console, analysis page): the facilitator's earlier choice, else
// the mission's first language, else the browser's. Every interface language is offered, whatever the mission's:
// a French-speaking team may run an Arabic mission. The page's `<html lang dir>` follows.
import { RIGHT_TO_LEFT, type Language } from "@peerpulse/shared";
import { preferredLanguage } from "./preferred-language.ts";

/** Where the facilitator's choice is kept, shared by the console and the analysis page. */
const REMEMBERED = "peerpulse:facilitator-language";

export class ScreenLocale<Messages> {
  #chosen = $state<Language | null>(null);
  #mission = $state<readonly Language[] | null>(null);
  readonly #catalogues: Record<Language, Messages>;
  /** Every interface language, for the picker. */
  readonly languages: readonly Language[];

  constructor(catalogues: Record<Language, Messages>) {
    this.#catalogues = catalogues;
    this.languages = Object.keys(catalogues) as Language[];
    this.#chosen = this.languages.find((language) => language === localStorage.getItem(REMEMBERED)) ?? null;
    this.#apply();
  }

  get language(): Language {
    return this.#chosen ?? this.#mission?.[0] ?? preferredLanguage(this.languages, null);
  }

  get rightToLeft(): boolean {
    return RIGHT_TO_LEFT.has(this.language);
  }

  get messages(): Messages {
    return this.#catalogues[this.language];
  }

  /** Each language's name in itself, for the picker. */
  names(name: (messages: Messages) => string): string[] {
    return this.languages.map((language) => name(this.#catalogues[language]));
  }

  /** The mission's languages, once loaded: its first is the default until the facilitator picks one. */
  followMission(languages: readonly Language[]): void {
    this.#mission = languages;
    this.#apply();
  }

  /** The facilitator's pick, remembered in this browser for every mission. */
  choose(language: Language): void {
    this.#chosen = language;
    localStorage.setItem(REMEMBERED, language);
    this.#apply();
  }

  #apply(): void {
    document.documentElement.lang = this.language;
    document.documentElement.dir = this.rightToLeft ? "rtl" : "ltr";
  }
}
