// What the benchmarks seed and send: staff, customers and pending prompts written with raw SQL in one
// transaction (far faster than through the services), and Safaricom-shaped paid callbacks for them.
import type Database from "better-sqlite3";
import { stkCallbackBody } from "../test/support/daraja-callbacks.js";

const AMOUNT_KES = 100;
/** The Telegram id of the first manager; the others follow. */
export const MANAGER_CHAT = 100_000;
/** The Telegram id of the first operator; the others follow. */
export const OPERATOR_CHAT = 200_000;

/** The CheckoutRequestID of pending prompt n. */
const checkoutId = (n: number) => `ws_CO_29112026${String(n).padStart(10, "0")}`;

export interface PendingPrompts {
  prompts: number;
  managers: number;
  /** Prompt n is sent by operator n % operators, from their chat; with none, every prompt is the first manager's. */
  operators: number;
  /** When the prompts come due for an STK query: after the run, so that only the callbacks settle them. */
  nextQueryAt: Date;
  /** The message that shows prompt n as waiting (default n). */
  messageId?: (n: number) => number;
}

const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** Staff (managers, then operators), and `prompts` payments each with a pending prompt (checkout id n for prompt n), in one transaction. */
export function seedPendingPrompts(sqlite: Database.Database, { prompts, managers, operators, nextQueryAt, messageId = (n) => n }: PendingPrompts): void {
  const now = sqliteTime(new Date());
  const nextQuery = sqliteTime(nextQueryAt);
  sqlite.transaction(() => {
    const staff = sqlite.prepare(`INSERT INTO "Staff" ("id", "telegramId", "name", "role", "active", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, 1, ?, ?)`);
    for (let i = 0; i < managers; i++) staff.run(1 + i, MANAGER_CHAT + i, `Manager ${i + 1}`, "MANAGER", now, now);
    for (let i = 0; i < operators; i++) staff.run(1 + managers + i, OPERATOR_CHAT + i, `Operator ${i + 1}`, "OPERATOR", now, now);
    const customer = sqlite.prepare(
      `INSERT INTO "Customer" ("id", "firstName", "lastName", "phone", "searchKey", "createdAt", "updatedAt") VALUES (?, 'Wanjiru', ?, '254712345678', ?, ?, ?)`,
    );
    const payment = sqlite.prepare(
      `INSERT INTO "Payment" ("id", "customerId", "amountKes", "date", "state", "phone", "currentStkRequestId", "recordedById", "createdAt", "updatedAt")
       VALUES (?, ?, ${AMOUNT_KES}, '2026-11-29', 'PENDING', '254712345678', ?, ?, ?, ?)`,
    );
    const prompt = sqlite.prepare(
      `INSERT INTO "StkRequest" ("id", "paymentId", "state", "merchantRequestId", "checkoutRequestId", "phone", "amountKes", "accountReference",
         "description", "simulated", "requestedById", "chatId", "messageId", "nextQueryAt", "createdAt", "updatedAt")
       VALUES (?, ?, 'PENDING', ?, ?, '254712345678', ${AMOUNT_KES}, ?, 'Cafe payment', 1, ?, ?, ?, ?, ?, ?)`,
    );
    for (let n = 1; n <= prompts; n++) {
      const operator = operators > 0 ? n % operators : null;
      const staffId = operator === null ? 1 : 1 + managers + operator;
      const chatId = operator === null ? MANAGER_CHAT : OPERATOR_CHAT + operator;
      customer.run(n, `Customer ${n}`, `wanjiru customer ${n} 254712345678`, now, now);
      payment.run(n, n, n, staffId, now, now);
      prompt.run(n, n, `29115-34620561-${n}`, checkoutId(n), `Payment ${n}`, staffId, chatId, messageId(n), nextQuery, now, now);
    }
  })();
}

/** A paid callback with receipt number n, for prompt n unless another CheckoutRequestID is given. */
export function paidCallback(n: number, checkoutRequestId = checkoutId(n)): string {
  const items = [
    { Name: "Amount", Value: AMOUNT_KES },
    { Name: "MpesaReceiptNumber", Value: `B${String(n % 1e9).padStart(9, "0")}` },
    { Name: "Balance" },
    { Name: "TransactionDate", Value: 20261129093015 },
    { Name: "PhoneNumber", Value: 254712345678 },
  ];
  return JSON.stringify(stkCallbackBody(checkoutRequestId, 0, items));
}
