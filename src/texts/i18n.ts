// The bot's sentences are Fluent messages in locales/<locale>.ftl, read through @grammyjs/i18n. A
// message is rendered in the language of the person it is for: the bot's middleware and the outbox
// set that language around what they render (`inLocale`), and the catalogue's functions (src/texts)
// render by message id in it.
import { AsyncLocalStorage } from "node:async_hooks";
import { join } from "node:path";
import { I18n, TranslateWarnings, type TranslationVariables, type Warning } from "@grammyjs/i18n";
import { LOCALES, type Locale } from "../domain/locale.js";
import { projectRoot } from "../project-root.js";

/** A message missing from one language falls back to English; a message missing from all is a bug. */
function onWarning(warning: Warning): void {
  if (warning.type === TranslateWarnings.MISSING_TRANSLATION) throw new Error(`No locale has the message ${warning.path}`);
}

const i18n = new I18n({
  defaultLocale: LOCALES[0],
  directory: join(projectRoot, "locales"),
  // Unicode isolation marks around placeables would end up inside phone numbers and receipts people copy.
  fluentBundleOptions: { useIsolating: false },
  fluentOptions: { warningHandler: onWarning },
});

const currentLocale = new AsyncLocalStorage<Locale>();

/** Renders whatever `render` says in `locale`, including across awaits. */
export function inLocale<T>(locale: Locale, render: () => T): T {
  return currentLocale.run(locale, render);
}

/** Message `id` in the current language (English outside `inLocale`). */
export function t(id: string, args?: TranslationVariables): string {
  return i18n.t(currentLocale.getStore() ?? LOCALES[0], id, args);
}

/** What fills an optional part of a message when there is nothing to say: its Fluent variant `[none]`. */
export const NONE = "none";

export const orNone = (value: string | null | undefined): string => value || NONE;
