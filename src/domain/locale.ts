/** The languages the bot speaks (locales/<locale>.ftl); the first is the one every message is written in first. */
export const LOCALES = ["en", "sw"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string | null | undefined): value is Locale {
  return (LOCALES as readonly (string | null | undefined)[]).includes(value);
}

/** Kiswahili for someone whose Telegram is in Kiswahili ("sw", "sw-KE"); null for any other language. */
export function telegramLocale(languageCode: string | undefined): Locale | null {
  return languageCode?.toLowerCase().split("-")[0] === "sw" ? "sw" : null;
}

/**
 * The language to write to someone in: the one they chose, else Kiswahili when their Telegram is in
 * Kiswahili, else the café's default (DEFAULT_LOCALE).
 */
export function localeOf(chosen: string | null, defaultLocale: Locale, languageCode?: string): Locale {
  return isLocale(chosen) ? chosen : (telegramLocale(languageCode) ?? defaultLocale);
}
