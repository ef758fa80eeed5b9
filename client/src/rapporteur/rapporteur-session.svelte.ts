// A rapporteur's session: the group's record read and written with the link's token, sent in the
// `x-rapporteur-token` header and never in an API address (docs/api.md, "Break-out groups and rapporteurs").
import type { PriorityDraft, RapporteurView } from "@peerpulse/shared";
import { api, ApiFailure } from "../lib/connection/api.ts";
import type { SaveRefusal } from "../lib/i18n/priority-form-messages.ts";
import { saveRefusal } from "../lib/breakout/save-refusal.ts";

/** The token of a rapporteur link `/r/<token>`, or null on another address. */
export function tokenInPath(path: string): string | null {
  const found = /^\/r\/([^/?#]+)\/?$/.exec(path)?.[1];
  return found ? decodeURIComponent(found) : null;
}

export type LoadProblem = "bad_link" | "failed";

export class RapporteurSession {
  #view = $state<RapporteurView | null>(null);
  #problem = $state<LoadProblem | null>(null);
  readonly #token: string | null;

  constructor(token: string | null) {
    this.#token = token;
    if (!token) this.#problem = "bad_link";
  }

  get view(): RapporteurView | null {
    return this.#view;
  }
  get problem(): LoadProblem | null {
    return this.#problem;
  }

  async load(): Promise<void> {
    if (!this.#token) return;
    try {
      this.#view = await api<RapporteurView>("GET", "/api/rapporteur", this.#auth());
      this.#problem = null;
    } catch (error) {
      const badLink = error instanceof ApiFailure && error.code === "bad_rapporteur_token";
      this.#problem = badLink ? "bad_link" : "failed";
    }
  }

  /** Records a new priority (`priorityId` null) or replaces one; resolves with the refusal, if any. */
  save(priorityId: string | null, draft: PriorityDraft): Promise<SaveRefusal | null> {
    return priorityId === null
      ? this.#write("POST", "/api/rapporteur/priorities", draft)
      : this.#write("PUT", `/api/rapporteur/priorities/${encodeURIComponent(priorityId)}`, draft);
  }

  remove(priorityId: string): Promise<SaveRefusal | null> {
    return this.#write("DELETE", `/api/rapporteur/priorities/${encodeURIComponent(priorityId)}`);
  }

  async #write(method: "POST" | "PUT" | "DELETE", path: string, body?: PriorityDraft): Promise<SaveRefusal | null> {
    try {
      this.#view = await api<RapporteurView>(method, path, { ...this.#auth(), body });
      return null;
    } catch (error) {
      const refusal = saveRefusal(error);
      // A refusal may come from news the page missed (closed, deleted elsewhere): show what holds now.
      if (refusal !== "network") await this.load();
      return refusal;
    }
  }

  #auth(): { headers: Record<string, string> } {
    return { headers: { "x-rapporteur-token": this.#token ?? "" } };
  }
}
