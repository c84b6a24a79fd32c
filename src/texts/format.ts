// How numbers, amounts, durations and phone numbers are written for people (English).
import { businessDate, businessTime } from "../domain/dates.js";
import { formatPhoneForPeople } from "../domain/phone.js";

export function kes(amount: number): string {
  return `KES ${amount.toLocaleString("en-KE")}`;
}

/** 4330 s → "1 h 12 min"; 45 s → "under a minute". */
export function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 1) return "under a minute";
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return `${minutes} min`;
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

export const phone = (msisdn: string | null | undefined): string => (msisdn ? formatPhoneForPeople(msisdn) : "no phone");

/** How a payment was made; M-Pesa through the built-in simulator is named as such. */
export function paymentMethod(method: "MPESA" | "CASH" | null, simulated: boolean): string {
  if (method === "CASH") return "cash";
  if (method === "MPESA") return simulated ? "simulated M-Pesa 🧪" : "M-Pesa";
  return "—";
}

/** 390 (minutes after midnight) → "06:30". */
export function clockTime(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}`;
}

/** "2026-11-27" → "27/11/2026", the way dates are typed at the counter. */
export function date(isoDate: string): string {
  return isoDate.split("-").reverse().join("/");
}

/** A period of business days: "01/11/2026 – 15/11/2026", or one day "28/11/2026". */
export function period({ from, to }: { from: string; to: string }): string {
  return from === to ? date(from) : `${date(from)} – ${date(to)}`;
}

/** An instant on the café's calendar and clock: "27/11/2026 09:00". */
export function dateTime(instant: Date, timeZone: string): string {
  return `${date(businessDate(instant, timeZone))} ${businessTime(instant, timeZone)}`;
}

/** The same, in a sentence: "27/11/2026 at 09:00". */
export function dateAtTime(instant: Date, timeZone: string): string {
  return `${date(businessDate(instant, timeZone))} at ${businessTime(instant, timeZone)}`;
}
