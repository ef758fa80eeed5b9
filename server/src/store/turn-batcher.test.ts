import { describe, expect, it } from "vitest";
import { TurnBatcher } from "./turn-batcher.ts";

describe("TurnBatcher", () => {
  it("sends what one turn gathered as one group per key, in arrival order, and answers each item with its own result", async () => {
    const sent: string[][][] = [];
    const batcher = new TurnBatcher<string, string>((groups) => {
      sent.push(groups);
      return groups.map((group) => Promise.resolve(group.map((item) => item.toUpperCase())));
    });
    const answers = Promise.all([
      batcher.add("w1", "a"),
      batcher.add("w2", "b"),
      batcher.add("w1", "c"),
      batcher.add("w1", "d"),
    ]);
    expect(sent).toEqual([]);
    expect(await answers).toEqual(["A", "B", "C", "D"]);
    expect(sent).toEqual([[["a", "c", "d"], ["b"]]]);
  });

  it("starts a new batch for what arrives in a later turn", async () => {
    const sent: string[][][] = [];
    const batcher = new TurnBatcher<string, number>((groups) => {
      sent.push(groups);
      return groups.map((group) => Promise.resolve(group.map((item) => item.length)));
    });
    expect(await batcher.add("w1", "one")).toBe(3);
    expect(await batcher.add("w1", "three")).toBe(5);
    expect(sent).toEqual([[["one"]], [["three"]]]);
  });

  it("fails a group's items with its error, leaving other groups alone; a sender that throws fails the whole turn", async () => {
    const failing = new TurnBatcher<string, string>((groups) =>
      groups.map((group) =>
        group[0] === "bad" ? Promise.reject(new Error("refused")) : Promise.resolve(group.map(() => "ok")),
      ),
    );
    const results = await Promise.allSettled([
      failing.add("w1", "bad"),
      failing.add("w1", "x"),
      failing.add("w2", "y"),
    ]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected", "fulfilled"]);

    const throwing = new TurnBatcher<string, string>(() => {
      throw new Error("no connection");
    });
    await expect(Promise.all([throwing.add("w1", "a"), throwing.add("w2", "b")])).rejects.toThrow("no connection");
  });

  it("refuses a group answered with the wrong number of results instead of mixing them up", async () => {
    const batcher = new TurnBatcher<string, string>((groups) => groups.map(() => Promise.resolve(["only one"])));
    const results = await Promise.allSettled([batcher.add("w1", "a"), batcher.add("w1", "b")]);
    expect(results.every((result) => result.status === "rejected")).toBe(true);
  });
});
