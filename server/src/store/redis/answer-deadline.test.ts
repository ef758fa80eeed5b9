import { describe, expect, it } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import { AnswerDeadline } from "./answer-deadline.ts";

const tooLate = () => new Error("too late");

describe("AnswerDeadline", () => {
  it("passes on a value or an error that comes in time, mapping the error", async () => {
    const deadline = new AnswerDeadline(1_000, tooLate);
    await expect(deadline.watch(Promise.resolve(7))).resolves.toBe(7);
    await expect(
      deadline.watch(Promise.reject(new Error("broken")), (error) => new Error(`mapped: ${(error as Error).message}`)),
    ).rejects.toThrow("mapped: broken");
    expect(deadline.pending).toBe(0);
  });

  it("refuses a call not answered within the limit, and ignores its answer when it comes later", async () => {
    const deadline = new AnswerDeadline(50, tooLate);
    let answer!: (value: string) => void;
    const late = deadline.watch(new Promise<string>((resolve) => (answer = resolve)));
    const prompt = deadline.watch(sleep(5).then(() => "prompt"));
    await expect(prompt).resolves.toBe("prompt");
    await expect(late).rejects.toThrow("too late");
    answer("after the deadline");
    await expect(late).rejects.toThrow("too late");
    expect(deadline.pending).toBe(0);
  });

  it("refuses only the overdue calls, in the order they started", async () => {
    const deadline = new AnswerDeadline(60, tooLate);
    const never = () => new Promise<never>(() => undefined);
    const settled: string[] = [];
    const first = deadline.watch(never()).catch(() => settled.push("first"));
    await sleep(40);
    const second = deadline.watch(never()).catch(() => settled.push("second"));
    await first;
    expect(settled).toEqual(["first"]);
    expect(deadline.pending).toBe(1);
    await second;
    expect(settled).toEqual(["first", "second"]);
    expect(deadline.pending).toBe(0);
  });
});
