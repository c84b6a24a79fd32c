// Every setting, read once from the environment (and ./.env), validated, typed and frozen.
// Nothing else in the code reads process.env.
import { config as loadDotenv } from "dotenv";
import path from "node:path";
import { projectRoot } from "../project-root.js";
import { DEFAULT_DATABASE_URL, parseConfig } from "./parse.js";
import type { Config } from "./types.js";

export { addressMatcher, type TrustProxy } from "./addresses.js";
export { CALLBACK_PATH, DARAJA_HOSTS, SIMULATOR_DEFAULTS, SIMULATOR_PREFIX } from "./mpesa.js";
export { ConfigError, DEFAULT_DATABASE_URL, parseConfig } from "./parse.js";
export type { Config, MpesaEnvironment, RoundingRule, ShortcodeType } from "./types.js";

function loadDotenvFile(): void {
  // Values already in the environment win over the file. ENV_FILE names another file (tests use /dev/null).
  loadDotenv({ path: process.env.ENV_FILE || path.join(projectRoot, ".env"), quiet: true });
}

/** Reads ./.env and parses process.env. */
export function loadConfig(): Config {
  loadDotenvFile();
  return parseConfig(process.env);
}

/** The database setting alone, for tools that only touch the database (migrations). */
export function loadDatabaseUrl(): string {
  loadDotenvFile();
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** The secrets in a config, for redaction. */
export function secretsOf(config: Config): string[] {
  const { telegram, mpesa } = config;
  return [telegram.botToken, telegram.webhookSecret, mpesa.consumerSecret, mpesa.passkey, mpesa.consumerKey, mpesa.callbackSecret].filter(
    (value): value is string => typeof value === "string" && value.length >= 6,
  );
}
