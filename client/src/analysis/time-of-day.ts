// When the analysis page loaded its figures, as the facilitator's clock shows it.

/** A moment (milliseconds since 1970) as the hour and minute of the day, in the browser's locale. */
export function timeOfDay(moment: number): string {
  return new Date(moment).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}
