// Room names, built only here, so no emit can reach a room of another workshop by a typo.

/** Participants' phones in a workshop: they receive its control state. */
export function participantsRoom(workshopId: string): string {
  return `workshop:${workshopId}:participants`;
}

/** Presenter screens and consoles following a workshop: they receive its tallies and control state. */
export function subscribersRoom(workshopId: string): string {
  return `workshop:${workshopId}:subscribers`;
}
