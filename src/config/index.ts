// Every setting, read once from the environment (and ./.env), validated, typed and frozen.
// Nothing else in the code reads process.env (but env-file.ts, which finds ./.env and DATABASE_URL).
import { loadDotenvFile } from "../env-file.js";
import { ConfigError, parseConfig } from "./parse.js";
import type { Config } from "./types.js";

export { addressMatcher, type TrustProxy } from "./addresses.js";
export { DARAJA_HOSTS, SIMULATOR_DEFAULTS, SIMULATOR_PREFIX } from "./mpesa.js";
export { DEFAULT_DATABASE_URL } from "../env-file.js";
export { ConfigError, parseConfig } from "./parse.js";
export type { Config, MpesaEnvironment, ShortcodeType } from "./types.js";

/** Reads ./.env and parses process.env. */
function loadConfig(): Config {
  loadDotenvFile();
  return parseConfig(process.env);
}

/** The settings, or null after writing what is wrong with them to stderr (for the process and the server commands). */
export function loadConfigOrSay(): Config | null {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(error.message + "\n");
    return null;
  }
}

/** The secrets in a config, for redaction. */
export function secretsOf(config: Config): string[] {
  const { telegram, mpesa } = config;
  return [
    telegram.botToken,
    telegram.webhookSecret,
    mpesa.consumerSecret,
    mpesa.passkey,
    mpesa.consumerKey,
    mpesa.callbackSecret,
    mpesa.initiator?.securityCredential,
  ].filter((value): value is string => typeof value === "string" && value.length >= 6);
}
