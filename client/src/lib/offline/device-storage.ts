// Reads and writes small JSON records in localStorage, surviving private modes and full quotas without throwing.

/** Reads a JSON record, or null when absent, unreadable or storage is unavailable. */
export function readJson<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as T);
  } catch {
    return null;
  }
}

/** Writes a JSON record; returns false when the device refused (the page then keeps working from memory). */
export function writeJson(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes a record, ignoring unavailable storage. */
export function removeKey(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to remove from a storage we cannot reach.
  }
}
