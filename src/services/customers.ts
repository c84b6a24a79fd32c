import { Prisma, type Customer } from "../generated/prisma/client.js";
import { normalisePhone } from "../domain/phone.js";
import { recordAudit } from "./audit.js";
import type { ServiceContext } from "./context.js";
import { askedThroughSimulator, simulatedPrompts, type PaymentSummary } from "./payments.js";

export type { Customer };

export const SEARCH_LIMIT = 8;

export function searchKeyOf(customer: Pick<Customer, "firstName" | "lastName" | "idNumber" | "phone">): string {
  const localPhone = customer.phone ? `0${customer.phone.slice(3)}` : "";
  return [customer.firstName, customer.lastName, customer.idNumber ?? "", customer.phone ?? "", localPhone].join(" ").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Customers matching every word typed (part of a name, phone or ID number), best known first. */
export async function searchCustomers({ db }: ServiceContext, query: string): Promise<Customer[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 4);
  if (words.length === 0) return [];
  const phone = normalisePhone(query, { nonSafaricomPrefixes: [] });
  const terms = phone.ok ? [phone.msisdn] : words.map((word) => word.replace(/^\+/, ""));
  return db.customer.findMany({
    where: { AND: terms.map((term) => ({ searchKey: { contains: term } })) },
    orderBy: [{ updatedAt: "desc" }],
    take: SEARCH_LIMIT,
  });
}

export interface NewCustomer {
  firstName: string;
  lastName: string;
  phone: string | null;
  idNumber: string | null;
}

export type CreateCustomerResult = { ok: true; customer: Customer } | { ok: false; reason: "id_number_taken"; existing: Customer };

/** Creates a customer; repeating the call with the same idempotency key returns the same customer. */
export async function createCustomer({ db }: ServiceContext, input: NewCustomer, idempotencyKey?: string): Promise<CreateCustomerResult> {
  if (idempotencyKey) {
    const earlier = await db.customer.findUnique({ where: { idempotencyKey } });
    if (earlier) return { ok: true, customer: earlier };
  }
  const data = { ...input, searchKey: searchKeyOf(input), idempotencyKey: idempotencyKey ?? null };
  try {
    return { ok: true, customer: await db.customer.create({ data }) };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && input.idNumber) {
      const existing = await db.customer.findUnique({ where: { idNumber: input.idNumber } });
      if (existing) return { ok: false, reason: "id_number_taken", existing };
    }
    throw error;
  }
}

export async function getCustomer({ db }: ServiceContext, customerId: number): Promise<Customer | null> {
  return db.customer.findUnique({ where: { id: customerId } });
}

/** Changes a customer's name or phone; a phone changed (not set again to the same) goes to the audit trail. */
export async function updateCustomer(
  { db, now }: ServiceContext,
  customerId: number,
  change: Partial<Pick<Customer, "firstName" | "lastName" | "phone">>,
  staffId: number,
): Promise<Customer | null> {
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.findUnique({ where: { id: customerId } });
    if (!customer) return null;
    const next = { ...customer, ...change };
    const updated = await tx.customer.update({ where: { id: customerId }, data: { ...change, searchKey: searchKeyOf(next) } });
    if (change.phone !== undefined && change.phone !== customer.phone) {
      await recordAudit(tx, now(), { action: "phone_changed", staffId, customerId, details: { from: customer.phone, to: change.phone } });
    }
    return updated;
  });
}

export interface CustomerHistory {
  customer: Customer;
  sessions: { id: number; startedAt: Date; endedAt: Date | null; computer: string | null; amountKes: number | null }[];
  payments: Pick<PaymentSummary, "id" | "amountKes" | "balanceKes" | "date" | "state" | "method" | "receipt" | "sessionId" | "simulated">[];
  /** Sum of the session charges and payments not paid yet. */
  unpaidKes: number;
  /** The balance noted on the customer's latest payment (the original app's "balance"). */
  latestBalanceKes: number;
}

export async function customerHistory({ db }: ServiceContext, customerId: number): Promise<CustomerHistory | null> {
  const customer = await db.customer.findUnique({ where: { id: customerId } });
  if (!customer) return null;
  const [sessions, payments, unpaid, latest] = await Promise.all([
    db.usageSession.findMany({ where: { customerId }, orderBy: { startedAt: "desc" }, take: 5, include: { computer: true } }),
    db.payment.findMany({ where: { customerId }, orderBy: { createdAt: "desc" }, take: 5, include: simulatedPrompts }),
    db.payment.aggregate({ where: { customerId, state: { not: "PAID" } }, _sum: { amountKes: true } }),
    db.payment.findFirst({ where: { customerId }, orderBy: { createdAt: "desc" }, select: { balanceKes: true } }),
  ]);
  return {
    customer,
    sessions: sessions.map(({ id, startedAt, endedAt, computer, amountKes }) => ({ id, startedAt, endedAt, computer: computer?.name ?? null, amountKes })),
    payments: payments.map((payment) => {
      const { id, amountKes, balanceKes, date, state, method, receipt, sessionId } = payment;
      return { id, amountKes, balanceKes, date, state, method, receipt, sessionId, simulated: askedThroughSimulator(payment) };
    }),
    unpaidKes: unpaid._sum.amountKes ?? 0,
    latestBalanceKes: latest?.balanceKes ?? 0,
  };
}
