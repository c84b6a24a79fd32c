// How numbers, amounts, durations and phone numbers are written for people, in the current language
// (messages `money`, `duration-*`, … at the top of locales/*.ftl).
import { businessDate, businessTime } from "../domain/dates.js";
import { formatPhoneForPeople } from "../domain/phone.js";
import { t } from "./i18n.js";

export const kes = (amount: number): string => t("money", { amount });

/** 4330 s → "1 h 12 min"; 45 s → "under a minute". */
export function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 1) return t("duration-under-a-minute");
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return t("duration-minutes", { minutes });
  return minutes % 60 === 0 ? t("duration-hours", { hours }) : t("duration-hours-minutes", { hours, minutes: minutes % 60 });
}

export const phone = (msisdn: string | null | undefined): string => (msisdn ? formatPhoneForPeople(msisdn) : t("no-phone"));

/** How a payment was made; M-Pesa through the built-in simulator is named as such. */
export function paymentMethod(method: "MPESA" | "CASH" | null, simulated: boolean): string {
  if (method === "CASH") return t("method-cash");
  if (method === "MPESA") return simulated ? t("method-mpesa-simulated") : t("method-mpesa");
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
  return t("date-at-time", { date: date(businessDate(instant, timeZone)), time: businessTime(instant, timeZone) });
}
