// The deadline's rules on real timers: refused when the time is up, never passed on late, refused all at once (F8).
import { describe, expect, it } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import { AnswerDeadline } from "./answer-deadline.ts";

const tooLate = () => new Error("too late");
const never = () => new Promise<never>(() => undefined);

/** Keeps the event loop busy (as a burst of work does) so that no timer can run for `ms`. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe("AnswerDeadline", () => {
  it("F8: passes on a value or an error that comes in time, mapping the error", async () => {
    const deadline = new AnswerDeadline(1_000, tooLate);
    await expect(deadline.watch(Promise.resolve(7))).resolves.toBe(7);
    await expect(
      deadline.watch(Promise.reject(new Error("broken")), (error) => new Error(`mapped: ${(error as Error).message}`)),
    ).rejects.toThrow("mapped: broken");
    expect(deadline.pending).toBe(0);
  });

  it("F8: refuses a piece not answered within the limit, no earlier, and ignores its answer when it comes later", async () => {
    const deadline = new AnswerDeadline(50, tooLate);
    let answer!: (value: string) => void;
    const started = performance.now();
    const late = deadline.watch(new Promise<string>((resolve) => (answer = resolve)));
    const prompt = deadline.watch(sleep(5).then(() => "prompt"));
    await expect(prompt).resolves.toBe("prompt");
    await expect(late).rejects.toThrow("too late");
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
    answer("after the deadline");
    await expect(late).rejects.toThrow("too late");
    expect(deadline.pending).toBe(0);
  });

  it("F8: an answer that arrives after the deadline, before the timer could run, is refused rather than passed on late", async () => {
    const deadline = new AnswerDeadline(20, tooLate);
    let answer!: (value: string) => void;
    const watched = deadline.watch(new Promise<string>((resolve) => (answer = resolve)));
    // The event loop is busy past the deadline; the answer is there before the timer had a chance to fire.
    busyFor(40);
    answer("late");
    await expect(watched).rejects.toThrow("too late");
  });

  it("F8: refuses only the overdue pieces, in the order they were handed over", async () => {
    const deadline = new AnswerDeadline(60, tooLate);
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

  it("F2: refuseAll refuses every waiting piece at once with the error given, and later answers change nothing", async () => {
    const deadline = new AnswerDeadline(60_000, tooLate);
    let answer!: (value: number) => void;
    const pieces = [deadline.watch(new Promise<number>((resolve) => (answer = resolve))), deadline.watch(never())];
    deadline.refuseAll(new Error("connection lost"));
    answer(1);
    for (const piece of pieces) await expect(piece).rejects.toThrow("connection lost");
    expect(deadline.pending).toBe(0);
  });
});
