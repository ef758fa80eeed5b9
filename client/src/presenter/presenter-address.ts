// The presenter's languages in its address (?lang=fr&also=ar), beside the workshop and mission it shows.
import type { Language } from "@peerpulse/shared";

/** The language named by `name` in the address, if it is one of `known`. */
export function languageInAddress(search: string, name: string, known: readonly Language[]): Language | null {
  const given = new URLSearchParams(search).get(name);
  return known.find((language) => language === given) ?? null;
}

/** The query string with the two languages set (the second left out when there is none), the rest kept. */
export function withLanguages(search: string, language: Language, second: Language | null): string {
  const params = new URLSearchParams(search);
  params.set("lang", language);
  if (second) params.set("also", second);
  else params.delete("also");
  return `?${params.toString()}`;
}

/** The query string with `name` set to `value`, the rest kept. */
export function withParameter(search: string, name: string, value: string): string {
  const params = new URLSearchParams(search);
  params.set(name, value);
  return `?${params.toString()}`;
}

/** The value of `name` in the query string, if set. */
export function parameterInAddress(search: string, name: string): string | null {
  return new URLSearchParams(search).get(name);
}
