// The operations the bot and the server call, bound to one ServiceContext and M-Pesa gateway.
import * as adjustments from "./adjustments.js";
import * as audit from "./audit.js";
import * as callbacks from "./callbacks.js";
import * as computers from "./computers.js";
import * as conversationState from "./conversation-state.js";
import type { ServiceContext } from "./context.js";
import * as customers from "./customers.js";
import * as exportFiles from "./exports.js";
import { whileChatHeld } from "./leases.js";
import * as mpesaNotices from "./mpesa-notices.js";
import * as payments from "./payments.js";
import * as prepaid from "./prepaid.js";
import * as prompts from "./prompts.js";
import * as reports from "./reports.js";
import * as sessions from "./sessions.js";
import * as shifts from "./shifts.js";
import * as staff from "./staff.js";
import * as receiptChecks from "./receipt-checks.js";
import * as recipients from "./recipients.js";
import * as tariff from "./tariff.js";
import * as telegramUpdates from "./telegram-updates.js";
import * as unplaced from "./unplaced.js";
import { requestMpesaPayment, type MpesaGateway, type PromptRequest } from "./prompts.js";
import { checkReceipt, type ReceiptCheckRequest } from "./receipt-checks.js";

export type { ServiceContext, MpesaGateway };

type Bound<F> = F extends (context: ServiceContext, ...args: infer A) => infer R ? (...args: A) => R : never;
type BoundModule<M> = { [K in keyof M as M[K] extends (context: ServiceContext, ...args: never[]) => unknown ? K : never]: Bound<M[K]> };

function bind<M extends object>(context: ServiceContext, module: M): BoundModule<M> {
  const bound: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === "function") bound[name] = (...args: unknown[]) => (value as (...a: unknown[]) => unknown)(context, ...args);
  }
  return bound as BoundModule<M>;
}

export function createServices(context: ServiceContext, mpesa: MpesaGateway) {
  // Without Transaction Status credentials receipts are checked against what M-Pesa sent alone.
  const receiptStatus = context.config.mpesa.initiator ? mpesa : null;
  return {
    staff: bind(context, staff),
    recipients: bind(context, recipients),
    customers: bind(context, customers),
    sessions: bind(context, sessions),
    prepaid: bind(context, prepaid),
    computers: bind(context, computers),
    adjustments: bind(context, adjustments),
    tariff: bind(context, tariff),
    reports: bind(context, reports),
    shifts: bind(context, shifts),
    audit: bind(context, audit),
    exports: bind(context, exportFiles),
    telegramUpdates: bind(context, telegramUpdates),
    callbacks: { ...bind(context, callbacks), receiveCallback: callbacks.callbackReceiver(context) },
    notices: bind(context, mpesaNotices),
    menuPayments: bind(context, unplaced),
    conversationState: bind(context, conversationState),
    receiptChecks: {
      ...bind(context, receiptChecks),
      checkReceipt: (request: ReceiptCheckRequest) => checkReceipt(context, receiptStatus, request),
    },
    whileChatHeld: <T>(chat: string, work: () => Promise<T>) => whileChatHeld(context, chat, work),
    payments: {
      ...bind(context, payments),
      ...bind(context, prompts),
      requestMpesaPayment: (request: PromptRequest) => requestMpesaPayment(context, mpesa, request),
    },
  };
}

export type Services = ReturnType<typeof createServices>;
