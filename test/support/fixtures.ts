// Builders of valid missions, workshops and ratings for tests, with random ids so tests never collide.
import { randomBytes, randomInt } from "node:crypto";
import { DEFAULT_PILLARS, DEFAULT_SCALE, type Mission, type RatingValue, type Workshop } from "@peerpulse/shared";
import type { RatingRecord } from "../../server/src/domain/store.ts";

export function id(prefix = "t"): string {
  return `${prefix}${randomBytes(8).toString("hex")}`;
}

export function voteId(): string {
  return `v${randomBytes(10).toString("hex")}`;
}

export const STATEMENT_CODES = ["L1", "L2", "C1", "C2", "A1"] as const;

export function aMission(overrides: Partial<Mission> = {}): Mission {
  return {
    id: id("m"),
    title: "OPR Testland",
    kind: "operational-peer-review",
    country: "Testland",
    languages: ["en"],
    scale: DEFAULT_SCALE,
    pillars: DEFAULT_PILLARS,
    constituencies: [
      { id: id("c"), name: "ICCG", isHct: false },
      { id: id("c"), name: "HCT", isHct: true },
    ],
    statements: STATEMENT_CODES.map((code) => ({
      code,
      pillar: code.startsWith("L") ? "leadership" : code.startsWith("C") ? "coordination" : "accountability",
      text: { en: `Statement ${code}` },
    })),
    anonymityMinimum: 5,
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

export function aWorkshop(mission: Mission, overrides: Partial<Workshop> = {}): Workshop {
  return {
    id: id("w"),
    missionId: mission.id,
    constituencyId: mission.constituencies[0]!.id,
    round: 1,
    date: "2026-11-23",
    place: "Capital",
    joinCode: String(randomInt(0, 1_000_000)).padStart(6, "0"),
    status: "open",
    pacing: "self-paced",
    currentIndex: 0,
    locked: [],
    revealed: false,
    entryClosed: false,
    expectedSize: null,
    ...overrides,
  };
}

export function aRating(
  workshop: Workshop,
  participantId: string,
  statementCode: string,
  value: RatingValue,
): RatingRecord {
  return { workshopId: workshop.id, participantId, statementCode, value, voteId: voteId() };
}
