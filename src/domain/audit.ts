// The audit trail's vocabulary: what an entry may record, and an entry as people read it (names, not
// ids). Written and read by src/services/audit.ts, worded by src/texts/audit.ts.

/** What an entry records. */
export const AUDIT_ACTIONS = [
  "session_started",
  "session_ended",
  "session_voided",
  "phone_changed",
  "prompt_sent",
  "cash_taken",
  "payment_recorded",
  "amount_lowered",
  "prepaid_refunded",
  "tariff_changed",
  "staff_invited",
  "staff_joined",
  "staff_role_changed",
  "staff_deactivated",
  "staff_reactivated",
  "shift_opened",
  "shift_closed",
  "callback_unmatched",
  "amount_mismatch",
  "paid_after_failure",
  "paid_twice",
  "menu_payment_placed",
  "menu_payment_unplaced",
  "menu_payment_set_aside",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A small object of what else an entry needs to read well; stored as JSON. */
export type AuditDetails = Record<string, string | number | boolean | null>;

/** An entry as people read it: names instead of ids. */
export interface AuditLine {
  id: number;
  at: Date;
  action: AuditAction;
  /** Null for M-Pesa's or the service's own doing. */
  by: string | null;
  subjectStaff: string | null;
  customer: string | null;
  sessionId: number | null;
  paymentId: number | null;
  amountKes: number | null;
  details: AuditDetails;
}
