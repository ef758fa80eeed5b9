// The exact check beneath the decider, against the independent attacker on arbitrary families of groups.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attack } from "../../../test/support/subtraction-attacker.ts";
import { revealsSmallGroup } from "./small-set-search.ts";

describe("revealsSmallGroup", () => {
  it("W2 W6: says 'revealed' exactly when the attacker recovers a group under the minimum (any groups, not only nested ones)", () => {
    const family = fc
      .record({
        weights: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 8 }),
        minimum: fc.integer({ min: 2, max: 8 }),
      })
      .chain(({ weights, minimum }) =>
        fc.record({
          weights: fc.constant(weights),
          minimum: fc.constant(minimum),
          sets: fc.array(
            fc.subarray(
              weights.map((_, unit) => unit),
              { minLength: 1 },
            ),
            { maxLength: 6 },
          ),
        }),
      );
    fc.assert(
      fc.property(family, ({ weights, sets, minimum }) => {
        const units = weights.map((respondents, unit) => ({ id: `u${unit}`, respondents }));
        const published = sets.map((set) => ({ units: set.map((unit) => `u${unit}`), counts: [0] }));
        const attacked = published.length > 0 && attack(published, units, minimum).length > 0;
        expect(revealsSmallGroup(sets, weights, minimum)).toBe(attacked);
      }),
      { numRuns: 400 },
    );
  });
});
