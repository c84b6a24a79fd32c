// Amounts typed by people, read as whole shillings.

/** The most M-Pesa moves in one payment. */
export const MAX_PAYMENT_KES = 250_000;

/** "1,500", "KES 1500", "1500/-", "1,500/=" → 1500. Decimals, negatives and words are refused (null). */
export function parseKesInput(text: string, { allowZero = false, max = MAX_PAYMENT_KES } = {}): number | null {
  const cleaned = text
    .trim()
    .replace(/^(kes|kshs|ksh)\.?\s*/i, "")
    .replace(/\/[-=]?$/, "")
    .replace(/[,\s]/g, "");
  if (!/^\d{1,6}$/.test(cleaned)) return null;
  const amount = Number(cleaned);
  if (amount > max || (amount === 0 && !allowZero)) return null;
  return amount;
}
