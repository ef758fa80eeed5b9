// Which part of the analysis page is shown, kept in the URL's hash so a reload or a shared link comes back to it.

/** The parts of the page. */
export const VIEWS = [
  { id: "analysis", name: "Constituencies compared" },
  { id: "shortlist", name: "Shortlist" },
  { id: "retreat", name: "Retreat view" },
  { id: "exports", name: "Exports" },
] as const;
/** A part of the page. */
export type ViewId = (typeof VIEWS)[number]["id"];

function fromHash(): ViewId {
  const hash = location.hash.slice(1);
  return VIEWS.find((view) => view.id === hash)?.id ?? "analysis";
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
