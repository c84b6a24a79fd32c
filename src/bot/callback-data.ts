// Buttons carry ids, never state: each press re-reads the current state before acting.
// Callback data is at most 64 bytes.

export type SettleAction = "send" | "other" | "cash" | "later";
export type ListName = "sessions" | "payments" | "unpaid";

export const callbackData = {
  endSession: (sessionId: number) => `end:${sessionId}`,
  /** From the question under an ended session or a new payment: the answer replaces that message. */
  settle: (action: SettleAction, paymentId: number) => `settle:${action}:${paymentId}`,
  /** From a list (/unpaid, a failure notice): the answer comes as a new message. */
  settleFromList: (action: SettleAction, paymentId: number) => `list:${action}:${paymentId}`,
  page: (list: ListName, page: number) => `page:${list}:${page}`,
  pickCustomer: (customerId: number) => `pick:${customerId}`,
  choice: (value: string) => `choice:${value}`,
};

export const callbackPattern = {
  endSession: /^end:(\d+)$/,
  settle: /^(settle|list):(send|other|cash|later):(\d+)$/,
  page: /^page:(sessions|payments|unpaid):(\d+)$/,
  pickCustomer: /^pick:(\d+)$/,
  choice: /^choice:([\w-]+)$/,
};
