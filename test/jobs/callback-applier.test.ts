// The callback applier's pacing: while callbacks keep being stored, acknowledging them comes first.
import { describe, expect, it } from "vitest";
import { restAfterBatch } from "../../src/jobs/callback-applier.js";

describe("the callback applier's rest between batches", () => {
  const batch = { startedAt: 1_000, finishedAt: 1_003, applied: 2 };

  it("rests as long as the batch took while callbacks are still being stored", () => {
    expect(restAfterBatch(batch, 1_002)).toBe(3);
    expect(restAfterBatch({ ...batch, finishedAt: 1_012 }, 995)).toBe(12);
  });

  it("does not rest once callbacks have stopped arriving: the backlog is applied at full speed", () => {
    expect(restAfterBatch(batch, 900)).toBe(0);
    expect(restAfterBatch(batch, -Infinity)).toBe(0);
  });

  it("does not rest after a batch that applied nothing (it only sorted out duplicates and unknown ids)", () => {
    expect(restAfterBatch({ ...batch, applied: 0 }, 1_002)).toBe(0);
  });
});
