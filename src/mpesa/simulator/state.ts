// The simulator's prompts, kept in a table of their own (SimulatedPush), as Safaricom keeps its own:
// after a restart the pretend customer still answers and the STK query still knows the prompt.
import { randomInt } from "node:crypto";
import type { Db } from "../../db/client.js";
import { Prisma, type SimulatedPush } from "../../generated/prisma/client.js";
import { darajaTimestamp } from "../timestamp.js";
import type { ScriptedNumber } from "./scripted-numbers.js";

/** The simulator's own tables, and nothing else of the service's database. */
export type SimulatorDb = Pick<Db, "simulatedPush" | "simulatedMenuPayment" | "simulatedC2bRegistration">;

/** How long a prompt is remembered (for the STK query) after the customer answered it. */
const KEEP_ANSWERED_PUSHES_MS = 30 * 24 * 60 * 60 * 1000;

export const digits = (count: number) => Array.from({ length: count }, () => randomInt(10)).join("");

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** An M-Pesa receipt: ten upper-case letters and digits, starting with a letter (as M-Pesa's do). */
export function receiptNumber(): string {
  return ALPHANUMERIC.charAt(randomInt(26)) + Array.from({ length: 9 }, () => ALPHANUMERIC.charAt(randomInt(ALPHANUMERIC.length))).join("");
}

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

/** Records the customer's answer (with the receipt of a payment), once: false when the prompt was answered already. */
export async function answerPush(db: SimulatorDb, checkoutRequestId: string, at: Date, receipt: string | null): Promise<boolean> {
  const answered = await db.simulatedPush.updateMany({
    where: { checkoutRequestId, openMsisdn: { not: null } },
    data: { openMsisdn: null, answeredAt: at, receipt },
  });
  return answered.count > 0;
}

export const findPush = (db: SimulatorDb, checkoutRequestId: string) => db.simulatedPush.findUnique({ where: { checkoutRequestId } });

/** Prompts not answered yet, oldest first. */
export const openPushes = (db: SimulatorDb) => db.simulatedPush.findMany({ where: { openMsisdn: { not: null } }, orderBy: { createdAt: "asc" } });

/** What a pretend customer paid from the menu (C2B simulate), remembered like the prompts. */
export interface NewMenuPayment {
  readonly receipt: string;
  readonly shortCode: string;
  readonly commandId: string;
  readonly amountKes: number;
  readonly msisdn: string;
  readonly billRefNumber: string;
  readonly createdAt: Date;
}

/** Records the money taken; returns the shortcode's balance after it, in shillings. */
export async function recordMenuPayment(db: SimulatorDb, payment: NewMenuPayment): Promise<number> {
  await db.simulatedMenuPayment.deleteMany({ where: { createdAt: { lt: new Date(payment.createdAt.getTime() - KEEP_ANSWERED_PUSHES_MS) } } });
  await db.simulatedMenuPayment.create({ data: payment });
  const total = await db.simulatedMenuPayment.aggregate({ where: { shortCode: payment.shortCode }, _sum: { amountKes: true } });
  return total._sum.amountKes ?? 0;
}

export const findMenuPayment = (db: SimulatorDb, receipt: string) => db.simulatedMenuPayment.findUnique({ where: { receipt } });

/** A paid prompt by its receipt. */
export const findPaidPush = (db: SimulatorDb, receipt: string) => db.simulatedPush.findUnique({ where: { receipt } });

export interface C2bRegistration {
  readonly shortCode: string;
  readonly responseType: string;
  readonly confirmationUrl: string;
  readonly validationUrl: string;
  readonly registeredAt: Date;
}

/** Registers (or, as the sandbox allows, registers again) a shortcode's URLs. */
export async function saveRegistration(db: SimulatorDb, registration: C2bRegistration): Promise<void> {
  await db.simulatedC2bRegistration.upsert({ where: { shortCode: registration.shortCode }, create: registration, update: registration });
}

export const findRegistration = (db: SimulatorDb, shortCode: string) => db.simulatedC2bRegistration.findUnique({ where: { shortCode } });
