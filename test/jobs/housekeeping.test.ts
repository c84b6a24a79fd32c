// Housekeeping: what is pruned, when, and what is kept for good. Time comes from the harness's clock.
import { afterEach, describe, expect, it } from "vitest";
import { housekeeping } from "../../src/jobs/housekeeping.js";
import { enqueueMessages } from "../../src/services/outbox.js";
import { stkCallbackBody } from "../support/daraja-callbacks.js";
import { createHarness, type Harness } from "../support/harness.js";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("housekeeping", () => {
  let h: Harness;
  afterEach(() => h.close());

  async function callbackRow(status: "APPLIED" | "DUPLICATE" | "UNMATCHED" | "RECEIVED", n: number) {
    const body = JSON.stringify(stkCallbackBody(`ws_CO_${status}_${n}`, 1032));
    return h.db.mpesaCallback.create({ data: { body, sourceIp: "196.201.214.200", status, receivedAt: h.context.now() } });
  }

  async function outboxRows(keys: string[]) {
    await h.db.$transaction((tx) =>
      enqueueMessages(
        tx,
        keys.map((dedupeKey) => ({ dedupeKey, chatId: 7001, payload: () => ({ text: dedupeKey }) })),
        h.context.now(),
      ),
    );
  }

  it("prunes rejected callbacks and sent messages after 30 days; keeps callbacks that were applied, duplicates, unmatched or waiting, and unsent messages", async () => {
    h = await createHarness();
    // Day 0: a junk body, the callbacks kept as evidence, a delivered message, and one Telegram gave up on.
    expect((await h.services.callbacks.receiveCallback("{junk", "41.90.1.2")).ok).toBe(false);
    for (const status of ["REJECTED", "APPLIED", "DUPLICATE", "UNMATCHED", "RECEIVED"] as const) {
      await h.db.mpesaNotice.create({ data: { kind: "CONFIRMATION", body: "{}", status, receivedAt: h.context.now() } });
    }
    for (const status of ["APPLIED", "DUPLICATE", "UNMATCHED", "RECEIVED"] as const) await callbackRow(status, 0);
    await outboxRows(["old-sent"]);
    expect(await h.deliverNotifications()).toBe(1);
    await outboxRows(["old-dead"]);
    await h.db.outboxMessage.updateMany({ where: { dedupeKey: "old-dead" }, data: { status: "DEAD" } });

    // Day 29: another junk body, another delivered message.
    h.advance(29 * DAY_MS);
    expect((await h.services.callbacks.receiveCallback("", "41.90.1.3")).ok).toBe(false);
    await outboxRows(["newer-sent"]);
    expect(await h.deliverNotifications()).toBe(1);
    // Not due yet: waits for a retry.
    await outboxRows(["pending"]);
    await h.db.outboxMessage.updateMany({ where: { dedupeKey: "pending" }, data: { nextAttemptAt: new Date(h.context.now().getTime() + 365 * DAY_MS) } });

    h.advance(DAY_MS);
    expect(await housekeeping(h.context)).toMatchObject({ rejectedCallbacks: 0, rejectedNotices: 0, sentMessages: 0 }); // exactly 30 days: still kept
    h.advance(1);
    expect(await housekeeping(h.context)).toMatchObject({ rejectedCallbacks: 1, rejectedNotices: 1, sentMessages: 1 });
    expect((await h.db.mpesaNotice.findMany({ orderBy: { id: "asc" } })).map((notice) => notice.status)).toEqual([
      "APPLIED",
      "DUPLICATE",
      "UNMATCHED",
      "RECEIVED",
    ]);

    const callbacks = await h.db.mpesaCallback.findMany({ orderBy: { id: "asc" } });
    expect(callbacks.map((row) => [row.status, row.sourceIp])).toEqual([
      ["APPLIED", "196.201.214.200"],
      ["DUPLICATE", "196.201.214.200"],
      ["UNMATCHED", "196.201.214.200"],
      ["RECEIVED", "196.201.214.200"],
      ["REJECTED", "41.90.1.3"],
    ]);
    const messages = await h.db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(messages.map((row) => [row.dedupeKey, row.status])).toEqual([
      ["old-dead", "DEAD"],
      ["newer-sent", "SENT"],
      ["pending", "PENDING"],
    ]);

    // Years later, what is kept for good is still there.
    h.advance(3 * 365 * DAY_MS);
    await housekeeping(h.context);
    expect((await h.db.mpesaCallback.findMany({ orderBy: { id: "asc" } })).map((row) => row.status)).toEqual(["APPLIED", "DUPLICATE", "UNMATCHED", "RECEIVED"]);
    expect((await h.db.outboxMessage.findMany({ orderBy: { id: "asc" } })).map((row) => row.status)).toEqual(["DEAD", "PENDING"]);
  });

  it("forgets chats' leases a day after they were let go, and keeps one held", async () => {
    h = await createHarness();
    // A stranger writing to the bot leaves a lease for their chat, let go once answered.
    await h.send(h.user(9001, "Stranger"), "hello");
    expect(await h.db.lease.findMany({ select: { key: true } })).toEqual([{ key: "chat:9001" }]);
    await h.db.lease.create({ data: { key: "chat:9002", holder: "another-instance", until: new Date(h.context.now().getTime() + 2 * DAY_MS) } });
    h.advance(DAY_MS);
    expect(await housekeeping(h.context)).toMatchObject({ leases: 1 });
    expect(await h.db.lease.findMany({ select: { key: true } })).toEqual([{ key: "chat:9002" }]);
  });
});
