// Buttons carry ids, never state: each press re-reads the current state before acting.
// Callback data is at most 64 bytes.

export type SettleAction = "send" | "other" | "cash" | "later" | "lower";
export type ListName = "sessions" | "payments" | "unpaid";

export const callbackData = {
  endSession: (sessionId: number) => `end:${sessionId}`,
  /** Prepaid time for a running session: so many minutes, or "amount" to type what the customer pays. */
  prepay: (sessionId: number, minutes: number | "amount") => `prepay:${sessionId}:${minutes}`,
  voidSession: (sessionId: number) => `void:${sessionId}`,
  /** A manager gives back a session's unused prepaid time. */
  refundPrepaid: (sessionId: number) => `refund:${sessionId}`,
  /** Under a payment still owed: the answer replaces that message. */
  settle: (action: SettleAction, paymentId: number) => `settle:${action}:${paymentId}`,
  /** From /unpaid: asks how to take a payment, in a new message. */
  openPayment: (paymentId: number) => `owed:${paymentId}`,
  /** From /payments: the payment's details, in a new message. */
  paymentDetails: (paymentId: number) => `payment:${paymentId}`,
  page: (list: ListName, page: number) => `page:${list}:${page}`,
  /** A manager's answer to a lower amount. */
  decideAdjustment: (decision: "approve" | "refuse", adjustmentId: number) => `adjust:${decision}:${adjustmentId}`,
  pickCustomer: (customerId: number) => `pick:${customerId}`,
  choice: (value: string) => `choice:${value}`,
};

export const callbackPattern = {
  endSession: /^end:(\d+)$/,
  prepay: /^prepay:(\d+):(\d+|amount)$/,
  voidSession: /^void:(\d+)$/,
  refundPrepaid: /^refund:(\d+)$/,
  settle: /^settle:(send|other|cash|later|lower):(\d+)$/,
  decideAdjustment: /^adjust:(approve|refuse):(\d+)$/,
  openPayment: /^owed:(\d+)$/,
  paymentDetails: /^payment:(\d+)$/,
  page: /^page:(sessions|payments|unpaid):(\d+)$/,
  pickCustomer: /^pick:(\d+)$/,
  choice: /^choice:([\w-]+)$/,
};
