// How simulated participants rate: each statement gets a profile so the demo's charts and shortlist tell a story.
import type { RatingValue } from "@peerpulse/shared";

/** A statement's planted shape. */
export type Profile = "positive" | "negative" | "divided" | "hct-apart" | "mixed";

/** Cumulative weights over a five-point scale (strongly disagree … strongly agree). */
const WEIGHTS: Record<Profile, number[]> = {
  positive: [0.02, 0.05, 0.13, 0.5, 0.3],
  negative: [0.3, 0.45, 0.15, 0.07, 0.03],
  divided: [0.35, 0.12, 0.06, 0.12, 0.35],
  "hct-apart": [0.03, 0.07, 0.15, 0.45, 0.3],
  mixed: [0.1, 0.2, 0.3, 0.25, 0.15],
};

/** The profile of the statement at `index`: a fixed rotation so every run shows each kind. */
export function profileOf(index: number): Profile {
  const rotation: Profile[] = ["positive", "mixed", "negative", "divided", "hct-apart", "mixed"];
  return rotation[index % rotation.length]!;
}

/** A small seeded random generator (mulberry32), so a demo run is the same every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One simulated rating: the HCT sees "hct-apart" statements the other way round; 5% say "don't know". */
export function simulatedRating(profile: Profile, isHct: boolean, random: () => number): RatingValue {
  if (random() < 0.05) return "dont-know";
  const weights = profile === "hct-apart" && isHct ? [...WEIGHTS[profile]].reverse() : WEIGHTS[profile];
  let draw = random();
  for (const [index, weight] of weights.entries()) {
    draw -= weight;
    if (draw <= 0) return index + 1;
  }
  return weights.length;
}
