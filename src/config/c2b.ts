// What money paid from the M-Pesa menu (C2B) is paid to, and whether the validation URL checks it.
import type { Config } from "./types.js";

interface C2bSettings {
  /** Validation refuses an account number or amount that cannot be right (MPESA_C2B_VALIDATE). */
  readonly validate: boolean;
  /** What customers pay to: the paybill, or the till number. */
  readonly shortCode: string;
  readonly kind: "paybill" | "till";
}

/** The one place the C2B settings are read from. */
export function c2bSettings(config: Config): C2bSettings {
  return { validate: false, shortCode: config.mpesa.partyB, kind: config.mpesa.shortcodeType === "till_number" ? "till" : "paybill" };
}
