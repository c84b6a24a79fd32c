// The M-Pesa settings: which Daraja (Safaricom's, or the built-in simulator), its credentials, and the
// callback address given to it.
import { addressEntries } from "./addresses.js";
import type { Env } from "./schema.js";
import type { Config, MpesaEnvironment } from "./types.js";
import { isPlaceholderUrl, parseHttpUrl } from "./urls.js";

export const DARAJA_HOSTS = {
  sandbox: "https://sandbox.safaricom.co.ke",
  production: "https://api.safaricom.co.ke",
} as const;

/** Path under which the built-in Daraja simulator is served by this service. */
export const SIMULATOR_PREFIX = "/daraja-simulator";
const CALLBACK_PATH = "/mpesa/callback/";
/**
 * This service's paths for what Daraja sends about money paid from the menu and about receipts. None
 * holds "mpesa", "safaricom", "sql", "exe" or "cmd": Safaricom refuses URLs with those words in production.
 */
const C2B_PATHS = {
  confirmation: "/payments/confirmation/",
  validation: "/payments/validation/",
  statusResult: "/payments/status/result/",
  statusTimeout: "/payments/status/timeout/",
} as const;
/** Words Safaricom refuses anywhere in a production C2B URL. */
const REFUSED_URL_WORDS = ["mpesa", "safaricom", "sql", "exe", "cmd"] as const;

/** Safaricom's published sandbox shortcode and passkey: what the simulator accepts by default. */
export const SIMULATOR_DEFAULTS = {
  consumerKey: "simulator-consumer-key",
  consumerSecret: "simulator-consumer-secret",
  shortcode: "174379",
  passkey: "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919",
  initiatorName: "testapi",
  securityCredential: "simulator-security-credential",
} as const;

const SHORTCODE = /^\d{5,7}$/;

interface Addresses {
  /** http://host:port of this service, as reached from this machine. */
  readonly localBaseUrl: string;
  readonly publicUrl: string | undefined;
}

/** The M-Pesa settings; undefined when one is missing or wrong (each such is added to `problems`). */
export function mpesaSettings(e: Env, { localBaseUrl, publicUrl }: Addresses, problems: string[]): Config["mpesa"] | undefined {
  // The defaults are for trying the service on a laptop: a public or production service says which
  // M-Pesa it takes money through, so that the simulator is never mistaken for real payments.
  if (e.MPESA_ENVIRONMENT === undefined && (e.PUBLIC_URL !== undefined || e.NODE_ENV === "production")) {
    problems.push(
      "MPESA_ENVIRONMENT is required when PUBLIC_URL is set or NODE_ENV=production: production (real money), sandbox (Safaricom's test system) " +
        "or simulator (the built-in pretend M-Pesa: no money moves)",
    );
  }
  const environment: MpesaEnvironment = e.MPESA_ENVIRONMENT ?? (e.MPESA_CONSUMER_KEY ? "sandbox" : "simulator");
  const shortcodeType = e.MPESA_SHORTCODE_TYPE;
  let consumerKey = e.MPESA_CONSUMER_KEY;
  let consumerSecret = e.MPESA_CONSUMER_SECRET;
  let passkey = e.MPESA_PASSKEY;
  let expressShortcode = e.MPESA_EXPRESS_SHORTCODE;
  let shortcode = e.MPESA_SHORTCODE;
  let baseUrl: string;
  if (environment === "simulator") {
    consumerKey ??= SIMULATOR_DEFAULTS.consumerKey;
    consumerSecret ??= SIMULATOR_DEFAULTS.consumerSecret;
    passkey ??= SIMULATOR_DEFAULTS.passkey;
    expressShortcode ??= shortcode ?? SIMULATOR_DEFAULTS.shortcode;
    shortcode ??= expressShortcode;
    baseUrl = localBaseUrl + SIMULATOR_PREFIX;
  } else {
    baseUrl = DARAJA_HOSTS[environment];
    const missing = (name: string, why: string) => problems.push(`${name} is required with MPESA_ENVIRONMENT=${environment}: ${why}`);
    if (!consumerKey) missing("MPESA_CONSUMER_KEY", "copy it from your app on the Daraja portal (developer.safaricom.co.ke)");
    if (!consumerSecret) missing("MPESA_CONSUMER_SECRET", "copy it from your app on the Daraja portal");
    if (!passkey) missing("MPESA_PASSKEY", "the Lipa na M-Pesa Online passkey Safaricom sent at go-live (sandbox: on the portal's simulator page)");
    if (shortcodeType === "paybill") {
      expressShortcode ??= shortcode;
      shortcode ??= expressShortcode;
      if (!expressShortcode) missing("MPESA_EXPRESS_SHORTCODE (or MPESA_SHORTCODE)", "your paybill number (sandbox: 174379)");
    } else {
      if (!expressShortcode) missing("MPESA_EXPRESS_SHORTCODE", "for a till, the store (head office) number that goes with the passkey");
      if (!shortcode) missing("MPESA_SHORTCODE", "for a till, the till number customers pay to");
    }
  }
  for (const [name, value] of [
    ["MPESA_SHORTCODE", shortcode],
    ["MPESA_EXPRESS_SHORTCODE", expressShortcode],
  ] as const) {
    if (value !== undefined && !SHORTCODE.test(value)) problems.push(`${name} must be the 5-7 digit shortcode; it is "${value}"`);
  }

  let callbackUrl: string | undefined;
  /** Where this service is reached (no path): the C2B and Transaction Status URLs are on it. */
  let serviceOrigin = publicUrl;
  const typedCallbackUrl = e.MPESA_CALLBACK_URL;
  if (typedCallbackUrl !== undefined && !isPlaceholderUrl(typedCallbackUrl)) {
    callbackUrl = parseHttpUrl(typedCallbackUrl, "MPESA_CALLBACK_URL", problems, environment === "production");
    if (callbackUrl !== undefined && !callbackUrl.endsWith(CALLBACK_PATH.replace(/\/$/, ""))) {
      problems.push(
        `MPESA_CALLBACK_URL must end with ${CALLBACK_PATH}, where this service receives the callbacks (e.g. https://cafe.example.com${CALLBACK_PATH}); it is ${typedCallbackUrl}`,
      );
      callbackUrl = undefined;
    }
    if (callbackUrl !== undefined) {
      callbackUrl += "/";
      serviceOrigin ??= new URL(callbackUrl).origin;
    }
  } else if (publicUrl !== undefined) {
    callbackUrl = publicUrl + CALLBACK_PATH;
  } else if (environment === "simulator") {
    callbackUrl = localBaseUrl + CALLBACK_PATH;
  } else {
    problems.push(
      `MPESA_CALLBACK_URL (or PUBLIC_URL) is required with MPESA_ENVIRONMENT=${environment}: Safaricom must reach ${CALLBACK_PATH} on a public HTTPS address`,
    );
  }

  const callbackSecret = e.MPESA_CALLBACK_SECRET;
  if (callbackSecret !== undefined && !/^[A-Za-z0-9_-]{16,128}$/.test(callbackSecret)) {
    problems.push("MPESA_CALLBACK_SECRET must be 16-128 letters, digits, _ or - (e.g. from `openssl rand -hex 24`)");
  }
  if (callbackUrl !== undefined && callbackSecret !== undefined) callbackUrl += `${callbackSecret}/`;
  if (serviceOrigin === undefined && environment === "simulator") serviceOrigin = localBaseUrl;

  const callbackAllowedIps = addressEntries(
    e.MPESA_CALLBACK_ALLOWED_IPS,
    (entry) => `MPESA_CALLBACK_ALLOWED_IPS must be IP addresses or CIDR blocks (e.g. 196.201.214.0/24) separated by commas; "${entry}" is not one`,
    problems,
  );

  if (environment === "production" && callbackSecret === undefined) {
    problems.push(
      "MPESA_CALLBACK_SECRET is required with MPESA_ENVIRONMENT=production: Safaricom's callbacks are unsigned, so without a secret " +
        "callback path anyone who guesses or learns a CheckoutRequestID could post a callback marking a payment paid. Set it to 16-128 " +
        "letters, digits, _ or - (e.g. from `openssl rand -hex 24`); MPESA_CALLBACK_ALLOWED_IPS (Safaricom's addresses) may be added, not instead",
    );
  }
  const reconcileAfterMs = e.MPESA_RECONCILE_AFTER_S * 1000;
  const reconcileGiveUpMs = e.MPESA_RECONCILE_GIVE_UP_S * 1000;
  if (reconcileGiveUpMs <= reconcileAfterMs) problems.push("MPESA_RECONCILE_GIVE_UP_S must be longer than MPESA_RECONCILE_AFTER_S");

  const c2b = c2bSettings(e, { serviceOrigin, callbackSecret, shortCode: shortcode, environment }, problems);
  const initiator = initiatorSettings(e, environment, problems);

  const partyB = shortcodeType === "till_number" ? shortcode : expressShortcode;
  if (!consumerKey || !consumerSecret || !passkey || !expressShortcode || !partyB || callbackUrl === undefined || c2b === undefined) return undefined;
  return {
    environment,
    baseUrl,
    consumerKey,
    consumerSecret,
    businessShortCode: expressShortcode,
    partyB,
    shortcodeType,
    passkey,
    callbackUrl,
    callbackSecret,
    callbackAllowedIps,
    c2b,
    initiator,
    simulatorDelayMs: e.MPESA_SIMULATOR_DELAY_MS,
    reconcileAfterMs,
    reconcileGiveUpMs,
  };
}

interface C2bAddress {
  readonly serviceOrigin: string | undefined;
  readonly callbackSecret: string | undefined;
  /** The paybill, or the till number. */
  readonly shortCode: string | undefined;
  readonly environment: MpesaEnvironment;
}

/** The C2B settings and this service's URLs for them; undefined when the address is unknown (already a problem). */
function c2bSettings(e: Env, { serviceOrigin, callbackSecret, shortCode, environment }: C2bAddress, problems: string[]): Config["mpesa"]["c2b"] | undefined {
  if (serviceOrigin === undefined || shortCode === undefined) return undefined;
  const url = (path: string) => serviceOrigin + path + (callbackSecret === undefined ? "" : `${callbackSecret}/`);
  const c2b = {
    // The simulator forgets nothing that matters by registering at each start: menu payments work out of the box.
    register: e.MPESA_C2B_REGISTER ?? environment === "simulator",
    responseType: e.MPESA_C2B_RESPONSE_TYPE,
    validate: e.MPESA_C2B_VALIDATE,
    shortCode,
    kind: e.MPESA_SHORTCODE_TYPE === "till_number" ? "till" : "paybill",
    confirmationUrl: url(C2B_PATHS.confirmation),
    validationUrl: url(C2B_PATHS.validation),
    statusResultUrl: url(C2B_PATHS.statusResult),
    statusTimeoutUrl: url(C2B_PATHS.statusTimeout),
  } as const;
  if (c2b.register && environment === "production") {
    // HTTPS is already required of PUBLIC_URL and MPESA_CALLBACK_URL in production. Said without the
    // secret: the problem list is printed.
    for (const word of REFUSED_URL_WORDS) {
      if (serviceOrigin.toLowerCase().includes(word)) {
        problems.push(
          `MPESA_C2B_REGISTER=true with MPESA_ENVIRONMENT=production: Safaricom refuses C2B URLs containing "${word}", and this service's address ` +
            `${serviceOrigin} (from PUBLIC_URL or MPESA_CALLBACK_URL) does: serve it under a host name without ${REFUSED_URL_WORDS.map((w) => `"${w}"`).join(", ")}`,
        );
      }
      if (callbackSecret?.toLowerCase().includes(word)) {
        problems.push(
          `MPESA_C2B_REGISTER=true with MPESA_ENVIRONMENT=production: Safaricom refuses C2B URLs containing "${word}", and MPESA_CALLBACK_SECRET ` +
            "(part of those URLs) does: choose another secret (e.g. from `openssl rand -hex 24`, whose digits never spell those words)",
        );
      }
    }
  }
  return c2b;
}

/** The Transaction Status operator: both settings or neither; the simulator's own when neither is set there. */
function initiatorSettings(e: Env, environment: MpesaEnvironment, problems: string[]): Config["mpesa"]["initiator"] {
  const name = e.MPESA_INITIATOR_NAME;
  const securityCredential = e.MPESA_SECURITY_CREDENTIAL;
  if (name !== undefined && securityCredential !== undefined) return { name, securityCredential };
  if (name === undefined && securityCredential === undefined) {
    return environment === "simulator" ? { name: SIMULATOR_DEFAULTS.initiatorName, securityCredential: SIMULATOR_DEFAULTS.securityCredential } : undefined;
  }
  problems.push(
    name === undefined
      ? "MPESA_INITIATOR_NAME is required with MPESA_SECURITY_CREDENTIAL: the API operator created on the M-Pesa org portal for Transaction Status (or leave both empty)"
      : "MPESA_SECURITY_CREDENTIAL is required with MPESA_INITIATOR_NAME: the operator's password encrypted with Safaricom's certificate, from the Daraja portal (or leave both empty)",
  );
  return undefined;
}
