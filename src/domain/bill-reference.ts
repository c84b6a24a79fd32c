// A bill's reference: the short code an operator reads out for the M-Pesa menu's "Account no."
// (S1234 for a session's charge, P567 for any other payment), and what customers type back.

/** The bill a reference names: a session's charge, or a payment by its own id. */
export type BillReference = { kind: "session"; sessionId: number } | { kind: "payment"; paymentId: number };

/** S<session id> for a session's charge, P<payment id> for any other payment. */
export function billReference(payment: { id: number; sessionId: number | null }): string {
  return payment.sessionId !== null ? `S${payment.sessionId}` : `P${payment.id}`;
}

/**
 * The bill a typed account number names, or null. People type "s1234", "S 1234", "S-1234" or "#S1234";
 * anything else (a name, a phone number, digits alone) names none.
 */
export function parseBillReference(text: string): BillReference | null {
  const match = /^#?\s*([SP])\s*[-.]?\s*0*([1-9]\d{0,8})$/i.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  const id = Number(match[2]);
  return match[1].toUpperCase() === "S" ? { kind: "session", sessionId: id } : { kind: "payment", paymentId: id };
}
