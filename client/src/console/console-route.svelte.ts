// Where the console is (home, a mission, a workshop), kept in the URL so a reload or a bookmark comes back to it.

export class ConsoleRoute {
  #missionId = $state<string | null>(null);
  #workshopId = $state<string | null>(null);

  constructor() {
    this.#read();
    addEventListener("popstate", () => this.#read());
  }

  get missionId(): string | null {
    return this.#missionId;
  }
  get workshopId(): string | null {
    return this.#workshopId;
  }

  go(missionId: string | null, workshopId: string | null = null): void {
    const parts = [
      missionId ? `mission=${encodeURIComponent(missionId)}` : "",
      workshopId ? `workshop=${encodeURIComponent(workshopId)}` : "",
    ].filter(Boolean);
    history.pushState(null, "", parts.length > 0 ? `?${parts.join("&")}` : location.pathname);
    this.#read();
  }

  #read(): void {
    const param = (name: string): string | null => {
      const found = new RegExp(`[?&]${name}=([^&]*)`).exec(location.search)?.[1];
      return found ? decodeURIComponent(found) : null;
    };
    this.#missionId = param("mission");
    this.#workshopId = param("workshop");
  }
}
