// Steps many tests take on the way to what they check: the conversation for a new customer, and a
// session ended with its money owed.
import { texts } from "../../src/texts/index.js";
import { computerId, type Harness, type TestUser } from "./harness.js";

/** /new for a customer not met before, found by first name, created without an ID number: up to the computer question. */
export async function newCustomerUpToComputer(h: Harness, user: TestUser, first: string, last: string, phone: string): Promise<void> {
  await h.send(user, "/new");
  await h.send(user, first);
  await h.press(user, texts.customer.createButton);
  await h.send(user, first);
  await h.send(user, last);
  await h.send(user, phone);
  await h.send(user, "/skip");
}

export interface OwedPaymentOptions {
  /** The staff member who starts and ends the session (already added with addStaff). */
  operator: TestUser;
  /** First and last name. */
  customer?: string;
  /** The customer's phone, as stored (254…); null: none saved. */
  phone?: string | null;
  /** The computer the session runs on, listed if it is not yet; null: none. */
  computer?: string | null;
  /** How long the session runs: 72 minutes cost KES 120 at the default tariff. */
  minutes?: number;
  /**
   * Where the session is ended: at the counter (/sessions, then End, which leaves the settle question on
   * the operator's screen) or quietly through the sessions service (nothing sent to anyone).
   */
  endedAt?: "counter" | "service";
}

export interface OwedPayment {
  customerId: number;
  sessionId: number;
  paymentId: number;
  /** The settle question's message, when ended at the counter. */
  messageId: number | null;
}

/** A new customer's session, started now and ended `minutes` later: the payment it leaves owed. */
export async function owedPayment(h: Harness, options: OwedPaymentOptions): Promise<OwedPayment> {
  const { operator, customer = "Jane Wanjiku", phone = "254712345678", computer = null, minutes = 72, endedAt = "counter" } = options;
  const staffId = (await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(operator.id) } })).id;
  const [firstName = "", lastName = ""] = customer.split(" ");
  const created = await h.services.customers.createCustomer({ firstName, lastName, phone, idNumber: null });
  if (!created.ok) throw new Error(`customer ${customer} not created`);
  const started = await h.services.sessions.startSession({
    customerId: created.customer.id,
    computerId: computer === null ? null : await computerId(h, computer),
    staffId,
  });
  if (!started.ok) throw new Error(`session for ${customer} not started`);
  h.advance(minutes * 60 * 1000);
  let messageId: number | null = null;
  if (endedAt === "counter") {
    await h.send(operator, "/sessions");
    await h.press(operator, texts.session.endButton(customer, computer));
    messageId = h.latest(operator).messageId;
  } else {
    const ended = await h.services.sessions.endSession(started.sessionId, staffId);
    if (!ended.ok) throw new Error(`session for ${customer} not ended`);
  }
  const payment = await h.db.payment.findFirstOrThrow({ where: { sessionId: started.sessionId } });
  return { customerId: created.customer.id, sessionId: started.sessionId, paymentId: payment.id, messageId };
}

/** A payment owed at the counter (see owedPayment), and the operator taps Send prompt on its settle question. */
export async function promptSent(h: Harness, options: Omit<OwedPaymentOptions, "endedAt">): Promise<OwedPayment & { messageId: number }> {
  const owed = await owedPayment(h, { ...options, endedAt: "counter" });
  await h.press(options.operator, texts.settle.sendButton);
  return { ...owed, messageId: owed.messageId! };
}
