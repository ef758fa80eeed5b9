// Facilitator keys, participant tokens and ids: random, stored only as hashes, compared in constant time.
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** A new facilitator key: 192 random bits, so a fast hash is enough to store it. */
export function newFacilitatorKey(): string {
  return `fk_${randomBytes(24).toString("base64url")}`;
}

/** A participant token names its workshop, so the server finds the right place to check it. */
export function newParticipantToken(workshopId: string): string {
  return `${workshopId}.${randomBytes(18).toString("base64url")}`;
}

/** The workshop a token claims to belong to, or null when it is not shaped like a token. */
export function workshopOfToken(token: string): string | null {
  const match = /^([A-Za-z0-9_-]{6,40})\.[A-Za-z0-9_-]{24}$/.exec(token);
  return match?.[1] ?? null;
}

/** The SHA-256 of a secret, as stored. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(presented: string, storedHash: string): boolean {
  const presentedHash = Buffer.from(hashSecret(presented), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return stored.length === presentedHash.length && timingSafeEqual(presentedHash, stored);
}

/** A workshop's join token, carried by its link and QR code: 192 random bits, so no sweep finds one. */
export function newJoinToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Whether a presented join token is the workshop's, compared in constant time. */
export function joinTokenMatches(presented: string | undefined, expected: string | undefined): boolean {
  if (!presented || !expected) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A random url-safe id. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString("base64url")}`;
}

/** A six-digit join code, easy to read aloud and to type on a phone keypad. */
export function newJoinCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/**
 * A break-out group's rapporteur token, made from the facilitator key (HMAC-SHA-256), so the facilitator's console
 * can show the same link again while the server keeps only its hash. It names its workshop and group, so the server
 * finds the right place to check it.
 */
export function rapporteurToken(facilitatorKey: string, workshopId: string, groupId: string): string {
  const mac = createHmac("sha256", facilitatorKey).update(`rapporteur:${workshopId}:${groupId}`).digest("base64url");
  return `${workshopId}.${groupId}.${mac}`;
}

/** The workshop and group a rapporteur token claims, or null when it is not shaped like one. */
export function groupOfRapporteurToken(token: string): { workshopId: string; groupId: string } | null {
  const match = /^([A-Za-z0-9_-]{6,40})\.([A-Za-z0-9_-]{6,40})\.[A-Za-z0-9_-]{43}$/.exec(token);
  return match ? { workshopId: match[1]!, groupId: match[2]! } : null;
}
