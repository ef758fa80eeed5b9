// Files from routes that need the facilitator key: fetched with the key header, then saved or opened from a Blob URL.
import type { ApiError } from "@peerpulse/shared";
import { ApiFailure } from "../lib/connection/api.ts";

/** A fetched file and the name the server gave it. */
export interface FetchedFile {
  blob: Blob;
  fileName: string;
}

/** Fetches a file with the key in a header (never in the URL: URLs end up on projectors and in logs). */
export async function fetchFile(path: string, facilitatorKey: string, fallbackName: string): Promise<FetchedFile> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { "x-facilitator-key": facilitatorKey } });
  } catch (error) {
    throw new ApiFailure("network", error instanceof Error ? error.message : "network error");
  }
  if (!response.ok) {
    const refusal = (await response.json().catch(() => null)) as { error?: ApiError } | null;
    throw new ApiFailure(
      refusal?.error?.code ?? "internal",
      refusal?.error?.message ?? response.statusText,
      response.status,
    );
  }
  const disposition = response.headers.get("content-disposition") ?? "";
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  return { blob: await response.blob(), fileName };
}

/** Saves a blob under `fileName` through a temporary link, as a download. */
export function saveFile({ blob, fileName }: FetchedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Opens an HTML page (the printable report) in a new window. The window is opened before the fetch, while the
 * click still counts as the user's gesture, so pop-up blockers let it through; it is closed again on failure.
 */
export async function openHtml(path: string, facilitatorKey: string): Promise<void> {
  const target = window.open("", "_blank");
  if (!target) throw new ApiFailure("internal", "the browser blocked the new window: allow pop-ups for this page");
  try {
    const { blob } = await fetchFile(path, facilitatorKey, "report.html");
    const url = URL.createObjectURL(new Blob([blob], { type: "text/html;charset=utf-8" }));
    target.location.href = url;
    // Long enough for the window to load it, and for a reload there to work for a while.
    setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
  } catch (error) {
    target.close();
    throw error;
  }
}
