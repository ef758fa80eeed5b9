// Seals and opens mission transfer files with AES-256-GCM under a key derived (scrypt) from the facilitator key.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";
import type { MissionTransferFile } from "@peerpulse/shared";
import { DomainError } from "./domain-error.ts";

type Sealed = MissionTransferFile["sealed"];

function keyFor(facilitatorKey: string, salt: Buffer): Buffer {
  return scryptSync(facilitatorKey, salt, 32, { N: 16384, r: 8, p: 1 });
}

/** Encrypts `payload` so that only the holder of the facilitator key can read it. */
export function seal(payload: unknown, facilitatorKey: string): Sealed {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(facilitatorKey, salt), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(payload), "utf8"), cipher.final()]);
  return {
    algorithm: "aes-256-gcm+scrypt",
    salt: salt.toString("base64"),
    iv: iv.toString("base64"),
    tag: cipher.getAuthTag().toString("base64"),
    data: data.toString("base64"),
  };
}

/** Decrypts a sealed payload; a wrong key or a changed file is refused, never half-read. */
export function open(sealed: Sealed, facilitatorKey: string): unknown {
  try {
    const decipher = createDecipheriv(
      "aes-256-gcm",
      keyFor(facilitatorKey, Buffer.from(sealed.salt, "base64")),
      Buffer.from(sealed.iv, "base64"),
    );
    decipher.setAuthTag(Buffer.from(sealed.tag, "base64"));
    const text = Buffer.concat([decipher.update(Buffer.from(sealed.data, "base64")), decipher.final()]).toString(
      "utf8",
    );
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError(
      "bad_facilitator_key",
      "this file cannot be opened with that facilitator key, or it was changed after export",
    );
  }
}
