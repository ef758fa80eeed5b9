// A random id this device sends when joining, so the server counts failed join attempts per phone, not per Wi-Fi.
import { nanoid } from "nanoid";
import { readJson, writeJson } from "./device-storage.ts";

const DEVICE_KEY = "peerpulse:device";

/** This device's id, made once and kept. */
export function deviceId(): string {
  const known = readJson<string>(DEVICE_KEY);
  if (known) return known;
  const made = nanoid(21);
  writeJson(DEVICE_KEY, made);
  return made;
}
