// Which part of the analysis page is shown, kept in the URL's hash so a reload or a shared link comes back to it.

/** The parts of the page. */
export const VIEWS = ["analysis", "shortlist", "retreat", "exports"] as const;
/** A part of the page; its name is in the catalogue (`views`). */
export type ViewId = (typeof VIEWS)[number];

function fromHash(): ViewId {
  const hash = location.hash.slice(1);
  return VIEWS.find((view) => view === hash) ?? "analysis";
}

/** The view named by the hash; links to `#shortlist` and the like switch it, the back button too. */
export class AnalysisView {
  #current = $state<ViewId>(fromHash());

  constructor() {
    addEventListener("hashchange", () => (this.#current = fromHash()));
  }

  get current(): ViewId {
    return this.#current;
  }
}
