// An M-Pesa receipt code in what an operator types or forwards: the bare code the customer reads out
// ("QK12ABC345", typed in any case), or the customer's M-Pesa SMS forwarded whole, which also states the
// amount and, for a paybill, the account number.

export interface ReceiptInText {
  /** Ten capital letters and digits. */
  receipt: string;
  /** The amount the SMS states, whole shillings; null when it states none (or cents). */
  amountKes: number | null;
  /** The paybill account number the SMS states ("for account S12"); null for a till or a bare code. */
  account: string | null;
}

/** Ten letters and digits, standing alone. */
const CODE = /(?<![A-Za-z0-9])[A-Za-z0-9]{10}(?![A-Za-z0-9])/g;
/**
 * A receipt mixes letters and digits, typed in any case; about one in twenty has no digit at all
 * (its characters are random), and is taken only as M-Pesa writes it, in capitals, so that a ten-letter
 * word ("everything") is not mistaken for one.
 */
const isReceipt = (word: string) => (/[A-Za-z]/.test(word) && /\d/.test(word)) || /^[A-Z]{10}$/.test(word);
/** "Ksh120.00", "Ksh 1,230.00": the first is the money moved (the balance and the cost come after it). */
const AMOUNT = /\bKsh\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?/i;
/** "for account S12 on 29/11/26": what the customer typed as the account number. */
const ACCOUNT = /\bfor account\s+(.{1,40}?)\s+on\s+\d/i;

/** The receipt in `text` (one of letters and digits before one of capitals alone) and what the SMS around it says; null when there is none. */
export function findReceipt(text: string): ReceiptInText | null {
  const codes = [...text.matchAll(CODE)].map((match) => match[0]).filter(isReceipt);
  const receipt = codes.find((code) => /\d/.test(code)) ?? codes[0];
  if (receipt === undefined) return null;
  const amount = AMOUNT.exec(text);
  const cents = amount?.[2] === undefined ? 0 : Number(amount[2]);
  const amountKes = amount?.[1] !== undefined && cents === 0 ? Number(amount[1].replaceAll(",", "")) : null;
  const account = ACCOUNT.exec(text)?.[1]?.trim() ?? null;
  return { receipt: receipt.toUpperCase(), amountKes: amountKes !== null && amountKes > 0 ? amountKes : null, account };
}

/**
 * A message sent outside any question that is about a receipt: the code alone, or an M-Pesa SMS
 * ("… Confirmed. Ksh…"). Anything else that merely holds ten letters (a name typed in capitals, a word)
 * is not taken for one; nor a bare code without a digit.
 */
export function receiptMessage(text: string): ReceiptInText | null {
  const found = findReceipt(text);
  if (!found) return null;
  // A bare code of capitals alone is as likely a word: asked for under a bill, it is taken (findReceipt).
  const alone = text.trim().toUpperCase() === found.receipt && /\d/.test(found.receipt);
  const sms = /\bconfirmed\b/i.test(text) && /\bksh/i.test(text);
  return alone || sms ? found : null;
}
