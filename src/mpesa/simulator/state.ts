// The simulator's prompts, kept in a table of their own (SimulatedPush), as Safaricom keeps its own:
// after a restart the pretend customer still answers and the STK query still knows the prompt.
import { randomInt } from "node:crypto";
import type { Db } from "../../db/client.js";
import { Prisma, type SimulatedPush } from "../../generated/prisma/client.js";
import { darajaTimestamp } from "../timestamp.js";
import type { ScriptedNumber } from "./scripted-numbers.js";

/** The simulator's own table, and nothing else of the service's database. */
export type SimulatorDb = Pick<Db, "simulatedPush">;

/** How long a prompt is remembered (for the STK query) after the customer answered it. */
const KEEP_ANSWERED_PUSHES_MS = 30 * 24 * 60 * 60 * 1000;

export const digits = (count: number) => Array.from({ length: count }, () => randomInt(10)).join("");

/** Daraja's MerchantRequestID and CheckoutRequestID for new prompts. */
export function idMaker(now: () => Date): () => { merchantRequestId: string; checkoutRequestId: string } {
  let merchantSequence = randomInt(10_000_000);
  return () => {
    merchantSequence = (merchantSequence + 1) % 100_000_000;
    const merchantRequestId = `${10_000 + randomInt(90_000)}-${String(merchantSequence).padStart(8, "0")}-1`;
    // ws_CO_ + DDMMYYYYHHmmss (East Africa Time) + digits, like Safaricom's.
    const stamp = darajaTimestamp(now());
    const dayFirst = stamp.slice(6, 8) + stamp.slice(4, 6) + stamp.slice(0, 4) + stamp.slice(8);
    return { merchantRequestId, checkoutRequestId: `ws_CO_${dayFirst}${digits(6)}` };
  };
}

export interface NewPush {
  readonly ids: { merchantRequestId: string; checkoutRequestId: string };
  readonly msisdn: string;
  readonly amountKes: number;
  readonly script: ScriptedNumber;
  readonly createdAt: Date;
  readonly answerAt: Date;
}

/** Records a prompt; "locked" when the customer already has one open (one at a time, as on M-Pesa). */
export async function openPush(db: SimulatorDb, push: NewPush): Promise<SimulatedPush | "locked"> {
  const { ids, msisdn, amountKes, script, createdAt, answerAt } = push;
  await db.simulatedPush.deleteMany({ where: { answeredAt: { lt: new Date(createdAt.getTime() - KEEP_ANSWERED_PUSHES_MS) } } });
  try {
    return await db.simulatedPush.create({
      data: {
        ...ids,
        msisdn,
        openMsisdn: msisdn,
        amountKes,
        resultCode: script.resultCode,
        resultDesc: script.resultDesc,
        behaviour: script.behaviour,
        answerAt,
        createdAt,
      },
    });
  } catch (error) {
    const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if (duplicate && (await db.simulatedPush.findUnique({ where: { openMsisdn: msisdn } }))) return "locked";
    throw error;
  }
}

/** Records the customer's answer, once: false when the prompt was answered already. */
export async function answerPush(db: SimulatorDb, checkoutRequestId: string, at: Date): Promise<boolean> {
  const answered = await db.simulatedPush.updateMany({
    where: { checkoutRequestId, openMsisdn: { not: null } },
    data: { openMsisdn: null, answeredAt: at },
  });
  return answered.count > 0;
}

export const findPush = (db: SimulatorDb, checkoutRequestId: string) => db.simulatedPush.findUnique({ where: { checkoutRequestId } });

/** Prompts not answered yet, oldest first. */
export const openPushes = (db: SimulatorDb) => db.simulatedPush.findMany({ where: { openMsisdn: { not: null } }, orderBy: { createdAt: "asc" } });
