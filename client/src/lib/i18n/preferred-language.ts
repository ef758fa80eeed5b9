// Picks the first language to show: the device's earlier choice, else the phone's own language, else the first offered.
import type { Language } from "@peerpulse/shared";

export function preferredLanguage(offered: readonly Language[], remembered: string | null): Language {
  const match = (tag: string): Language | undefined =>
    offered.find((language) => tag.toLowerCase().startsWith(language));
  return (
    (remembered ? match(remembered) : undefined) ??
    navigator.languages.map(match).find((language) => language !== undefined) ??
    offered[0] ??
    "en"
  );
}
