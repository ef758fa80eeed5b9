// The decider on hand-made missions: the two leaks of issue 13, live workshops, priorities, and the safe side of doubt.
import { describe, expect, it } from "vitest";
import { decideDisclosure } from "./decide-disclosure.ts";
import { InexactArithmetic, reducedEchelon } from "./integer-echelon.ts";
import { revealsSmallGroup } from "./small-set-search.ts";
import { liveWorkshopVerdict, statementDisclosure, type DisclosureStructure } from "./statement-disclosure.ts";

/** One workshop per constituency unless `extra` adds more to a constituency. */
function structure(
  constituencies: { id: string; isHct?: boolean; workshops?: string[] }[],
  live: readonly string[] = [],
): DisclosureStructure {
  return {
    constituencies: constituencies.map((c) => ({ id: c.id, isHct: c.isHct ?? false })),
    workshops: constituencies.flatMap((c) =>
      (c.workshops ?? [`${c.id}-w`]).map((id) => ({ id, constituencyId: c.id, live: live.includes(id) })),
    ),
  };
}

describe("W1 W2: the two leaks of issue 13 are closed", () => {
  it("W2: NNGO with workshops of 5 and 1: the constituency is withheld once the big workshop is shown", () => {
    const mission = structure([
      { id: "hct", isHct: true },
      { id: "nngo", workshops: ["w5", "w1"] },
    ]);
    const verdict = statementDisclosure(mission, { "hct-w": 8, w5: 5, w1: 1 }, 5);
    expect(verdict.workshops.w1).toBe("below-minimum");
    // Everyone and the constituency come before closed workshops, so it is the big workshop that yields.
    expect(verdict.constituencies.nngo).toBeNull();
    expect(verdict.workshops.w5).toBe("complementary");
  });

  it("W2 W3: while the big workshop runs live it is shown, and the constituencies that would give back the small one are withheld", () => {
    const mission = structure(
      [
        { id: "hct", isHct: true },
        { id: "nngo", workshops: ["w5", "w1"] },
      ],
      ["w5"],
    );
    const verdict = statementDisclosure(mission, { "hct-w": 8, w5: 5, w1: 1 }, 5);
    expect(verdict.workshops.w5).toBeNull();
    expect(verdict.everyone).toBeNull();
    // Everyone − live workshop − HCT would be the one-person workshop; so would NNGO − live workshop.
    expect(verdict.constituencies).toEqual({ hct: "complementary", nngo: "complementary" });
    expect(verdict.others).toBe("complementary");
  });

  it("W2: HCT 6, A 7, B 5, Tiny 1: B is withheld with Tiny, and so is every workshop that would give B back", () => {
    const mission = structure([{ id: "hct", isHct: true }, { id: "a" }, { id: "b" }, { id: "tiny" }]);
    const verdict = statementDisclosure(mission, { "hct-w": 6, "a-w": 7, "b-w": 5, "tiny-w": 1 }, 5);
    expect(verdict.everyone).toBeNull();
    expect(verdict.constituencies).toEqual({ hct: null, a: null, b: "complementary", tiny: "below-minimum" });
    expect(verdict.workshops).toEqual({
      "hct-w": null,
      "a-w": null,
      "b-w": "complementary",
      "tiny-w": "below-minimum",
    });
    expect(verdict.hct).toBeNull();
    expect(verdict.others).toBeNull();
  });
});

describe("W4: the decision's priorities", () => {
  it("W4: the HCT comes before larger constituencies", () => {
    // Everyone minus any two shown constituencies of three would give the third; with a small fourth, one must yield.
    const mission = structure([{ id: "big" }, { id: "hct", isHct: true }, { id: "tiny" }]);
    const verdict = statementDisclosure(mission, { "big-w": 20, "hct-w": 6, "tiny-w": 2 }, 5);
    expect(verdict.constituencies).toEqual({ big: "complementary", hct: null, tiny: "below-minimum" });
  });

  it("W4: larger constituencies before smaller, ties in the mission's order", () => {
    const mission = structure([{ id: "x" }, { id: "y" }, { id: "tiny" }]);
    expect(statementDisclosure(mission, { "x-w": 6, "y-w": 9, "tiny-w": 1 }, 5).constituencies).toEqual({
      x: "complementary",
      y: null,
      tiny: "below-minimum",
    });
    expect(statementDisclosure(mission, { "x-w": 7, "y-w": 7, "tiny-w": 1 }, 5).constituencies).toEqual({
      x: null,
      y: "complementary",
      tiny: "below-minimum",
    });
  });

  it("W1: empty groups are withheld and make nothing else withheld", () => {
    const mission = structure([{ id: "a" }, { id: "empty" }, { id: "hct", isHct: true }]);
    const verdict = statementDisclosure(mission, { "a-w": 9, "hct-w": 5 }, 5);
    expect(verdict.constituencies).toEqual({ a: null, empty: "below-minimum", hct: null });
  });

  it("W2: two small groups that together reach the minimum may stay pooled inside shown groups", () => {
    const mission = structure([{ id: "a" }, { id: "s1" }, { id: "s2" }]);
    const verdict = statementDisclosure(mission, { "a-w": 9, "s1-w": 3, "s2-w": 3 }, 5);
    expect(verdict.everyone).toBeNull();
    expect(verdict.constituencies).toEqual({ a: null, s1: "below-minimum", s2: "below-minimum" });
  });

  it("W2: a union of small workshops under the minimum is protected, not only each one", () => {
    const mission = structure([{ id: "a" }, { id: "s1" }, { id: "s2" }]);
    const verdict = statementDisclosure(mission, { "a-w": 9, "s1-w": 2, "s2-w": 2 }, 5);
    // everyone − a = s1 + s2 (4 people): so a is withheld.
    expect(verdict.constituencies).toEqual({ a: "complementary", s1: "below-minimum", s2: "below-minimum" });
  });

  it("W3: a live workshop is shown exactly when it reaches the minimum, as the whole decision says", () => {
    const mission = structure(
      [
        { id: "a", workshops: ["l1", "l2", "c1"] },
        { id: "b", workshops: ["l3"] },
      ],
      ["l1", "l2", "l3"],
    );
    const sizes = { l1: 5, l2: 4, c1: 1, l3: 7 };
    const verdict = statementDisclosure(mission, sizes, 5);
    for (const id of ["l1", "l2", "l3"]) expect(verdict.workshops[id]).toBe(liveWorkshopVerdict(sizes[id as "l1"], 5));
  });
});

describe("W6: a doubt withholds", () => {
  it("W6: arithmetic that cannot stay exact is refused, never rounded", () => {
    const huge = 2 ** 52;
    expect(() =>
      reducedEchelon(
        [
          [huge, 3],
          [3, huge],
        ],
        2,
      ),
    ).toThrow(InexactArithmetic);
  });

  it("W6: a search past its budget answers 'revealed', so the group is withheld", () => {
    // 40 one-person workshops under a minimum of 50, each in its own pair with a shared big one: a vast search.
    const weights = [...new Array<number>(40).fill(1), 100];
    const sets = weights.map((_, i) => (i < 40 ? [i, 40] : [40]));
    expect(revealsSmallGroup(sets, weights, 50)).toBe(true);
  });

  it("W2: the decider does not show a group whose figures are already those of a withheld one", () => {
    const verdicts = decideDisclosure(
      [
        { id: "u", respondents: 3 },
        { id: "v", respondents: 8 },
      ],
      [
        { id: "small", units: ["u"] },
        { id: "pair", units: ["u", "v"] },
        { id: "big", units: ["v"] },
      ],
      5,
    );
    expect(Object.fromEntries(verdicts)).toEqual({ small: "below-minimum", pair: null, big: "complementary" });
  });
});
