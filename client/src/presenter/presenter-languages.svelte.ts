// The presenter's languages: the screen's language (labels, statements, right to left) and an optional second one for
// mixed rooms. Both are kept in the address (?lang=fr&also=ar), so a reload or a bookmarked projector comes back to them.
import { RIGHT_TO_LEFT, type Language } from "@peerpulse/shared";
import { PRESENTER_MESSAGES, type PresenterMessages } from "../lib/i18n/presenter-messages.ts";
import { preferredLanguage } from "../lib/i18n/preferred-language.ts";
import { languageInAddress, withLanguages } from "./presenter-address.ts";

const ALL_LANGUAGES = Object.keys(PRESENTER_MESSAGES) as Language[];

const fromAddress = (name: string): Language | null => languageInAddress(location.search, name, ALL_LANGUAGES);

export class PresenterLanguages {
  #chosen = $state<Language | null>(fromAddress("lang"));
  #second = $state<Language | null>(fromAddress("also"));
  #offered = $state<readonly Language[] | null>(null);

  /** The mission's languages, once known; until then every language is possible. */
  offer(languages: readonly Language[]): void {
    this.#offered = languages;
  }

  get offered(): readonly Language[] {
    return this.#offered ?? ALL_LANGUAGES;
  }

  /** The chosen language if the mission offers it, else the mission's first (its default). */
  get language(): Language {
    const offered = this.#offered;
    if (this.#chosen && (!offered || offered.includes(this.#chosen))) return this.#chosen;
    return offered?.[0] ?? preferredLanguage(ALL_LANGUAGES, null);
  }

  /** The second language, when set, offered and not the same as the first. */
  get second(): Language | null {
    const second = this.#second;
    return second && second !== this.language && this.offered.includes(second) ? second : null;
  }

  get messages(): PresenterMessages {
    return PRESENTER_MESSAGES[this.language];
  }

  get secondMessages(): PresenterMessages | null {
    return this.second ? PRESENTER_MESSAGES[this.second] : null;
  }

  get rightToLeft(): boolean {
    return RIGHT_TO_LEFT.has(this.language);
  }

  choose(language: Language): void {
    this.#chosen = language;
    this.#remember();
  }

  chooseSecond(language: Language | null): void {
    this.#second = language;
    this.#remember();
  }

  #remember(): void {
    history.replaceState(null, "", withLanguages(location.search, this.language, this.second));
  }
}

/** What a component needs to say its texts in the second language too. */
export interface SecondLanguage {
  language: Language;
  messages: PresenterMessages;
  /** The mission's scale in that language. */
  labels: { points: string[]; dontKnow: string };
}
