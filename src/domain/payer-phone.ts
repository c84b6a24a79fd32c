// Whether the payer of money paid from the M-Pesa menu may be the holder of a phone number we know.
// Safaricom sends the payer's MSISDN in full (older APIs), masked ("2547 ***** 149") or as the SHA-256
// hex hash of the 2547… number, depending on the API and the shortcode.
import { createHash } from "node:crypto";

/**
 * True when `payer` (the MSISDN as Safaricom sent it) fits `msisdn` (254…): a full number equal, a
 * masked one by its visible leading and trailing digits (and its length), a hash equal to the number's.
 */
export function payerFits(payer: string, msisdn: string): boolean {
  const compact = payer.replace(/\s+/g, "");
  if (/^[0-9a-f]{64}$/i.test(compact)) return createHash("sha256").update(msisdn).digest("hex") === compact.toLowerCase();
  if (/^\d{9,15}$/.test(compact)) return compact === msisdn;
  const masked = /^(\d+)(\*+)(\d+)$/.exec(compact);
  if (!masked?.[1] || !masked[2] || !masked[3]) return false;
  const [, head, , tail] = masked;
  // A masked number that shows no more than the country code and a digit or two fits too many phones.
  if (head.length + tail.length < 6) return false;
  return msisdn.length === compact.length && msisdn.startsWith(head) && msisdn.endsWith(tail);
}
