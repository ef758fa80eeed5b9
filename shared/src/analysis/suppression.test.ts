// Anonymity: no group below the minimum is shown, and none can be recovered by subtracting shown groups.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressedGroups } from "./suppression.ts";

describe("suppressedGroups", () => {
  it("withholds nothing when every group reaches the minimum", () => {
    expect(
      suppressedGroups(
        [
          { id: "a", respondents: 5 },
          { id: "b", respondents: 9 },
        ],
        5,
      ),
    ).toEqual({});
  });

  it("withholds the smallest shown group with a lone small one, so everyone minus the shown cannot expose it", () => {
    const groups = [
      { id: "a", respondents: 3 },
      { id: "b", respondents: 12 },
      { id: "c", respondents: 7 },
    ];
    expect(suppressedGroups(groups, 5)).toEqual({ a: "below-minimum", c: "complementary" });
  });

  it("needs no complement when the small groups together reach the minimum", () => {
    const groups = [
      { id: "a", respondents: 3 },
      { id: "b", respondents: 2 },
      { id: "c", respondents: 7 },
    ];
    expect(suppressedGroups(groups, 5)).toEqual({ a: "below-minimum", b: "below-minimum" });
  });

  it("withholds an empty group without withholding others for it", () => {
    expect(
      suppressedGroups(
        [
          { id: "a", respondents: 0 },
          { id: "b", respondents: 6 },
        ],
        5,
      ),
    ).toEqual({ a: "below-minimum" });
  });

  it("leaves the withheld groups, pooled, either empty or at least the minimum, and shows only groups at the minimum", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 15 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 10 }),
        (sizes, minimum) => {
          const groups = sizes.map((respondents, index) => ({ id: `g${index}`, respondents }));
          const withheld = suppressedGroups(groups, minimum);
          const pooled = groups.filter((g) => g.id in withheld).reduce((sum, g) => sum + g.respondents, 0);
          const total = groups.reduce((sum, g) => sum + g.respondents, 0);
          expect(pooled === 0 || pooled >= minimum || pooled === total).toBe(true);
          for (const g of groups) if (!(g.id in withheld)) expect(g.respondents).toBeGreaterThanOrEqual(minimum);
        },
      ),
    );
  });
});
