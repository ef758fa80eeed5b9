// Which of the server's addresses the presenter projects (Wi-Fi or Ethernet, say), kept in its address (?join=host)
// so a reload or a bookmarked projector shows the same one.
import type { JoinLink } from "@peerpulse/shared";
import { parameterInAddress, withParameter } from "./presenter-address.ts";

const hostOf = (link: JoinLink): string => new URL(link.url).host;

export class JoinLinkChoice {
  #host = $state<string | null>(parameterInAddress(location.search, "join"));

  /** The chosen link if the server still offers it, else the server's first (its likeliest to be reachable). */
  pick(links: readonly JoinLink[]): JoinLink | undefined {
    return links.find((link) => hostOf(link) === this.#host) ?? links[0];
  }

  choose(host: string): void {
    this.#host = host;
    history.replaceState(null, "", withParameter(location.search, "join", host));
  }
}

/** What the picker shows for a link: its host, and the network it is on. */
export function linkLabel(link: JoinLink): { host: string; network: string } {
  return { host: hostOf(link), network: link.network };
}
