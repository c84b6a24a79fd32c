// The service's settings once parsed. The choices' types come from the schema that reads them.
import type { Locale } from "../domain/locale.js";
import type { TrustProxy } from "./addresses.js";
import type { Env } from "./schema.js";

export type MpesaEnvironment = NonNullable<Env["MPESA_ENVIRONMENT"]>;
export type ShortcodeType = Env["MPESA_SHORTCODE_TYPE"];
type RoundingRule = Env["BILLING_ROUNDING"];

export interface Config {
  readonly telegram: {
    readonly botToken: string;
    readonly apiRoot: string;
    /** Set: webhook mode at `${publicUrl}/telegram/webhook`. Unset: long polling. */
    readonly publicUrl: string | undefined;
    readonly webhookSecret: string | undefined;
    readonly adminIds: readonly number[];
  };
  readonly mpesa: {
    readonly environment: MpesaEnvironment;
    /** Where the Daraja client sends its requests (Safaricom, or the built-in simulator; no trailing slash). */
    readonly baseUrl: string;
    readonly consumerKey: string;
    readonly consumerSecret: string;
    /** BusinessShortCode of a push: the paybill, or for a till the store number. */
    readonly businessShortCode: string;
    /** PartyB of a push: the paybill, or the till number. */
    readonly partyB: string;
    readonly shortcodeType: ShortcodeType;
    readonly passkey: string;
    /** The URL given to Daraja: the callback path, with the secret when one is set. */
    readonly callbackUrl: string;
    /** When set, only /mpesa/callback/<secret>/ is accepted. */
    readonly callbackSecret: string | undefined;
    /** Addresses and CIDR blocks allowed to post callbacks (see addressMatcher); empty: any. */
    readonly callbackAllowedIps: readonly string[];
    /** Money paid from the M-Pesa menu to the shortcode (C2B), and the URLs of this service Daraja calls for it. */
    readonly c2b: {
      /** MPESA_C2B_REGISTER: register the confirmation and validation URLs with Daraja at start-up. */
      readonly register: boolean;
      /** What M-Pesa does with a payment when the validation URL does not answer in time. */
      readonly responseType: Env["MPESA_C2B_RESPONSE_TYPE"];
      /** MPESA_C2B_VALIDATE: validation may reject an amount or account that cannot be right (else it accepts everything). */
      readonly validate: boolean;
      /** What customers pay to from the menu: the paybill, or the till number. */
      readonly shortCode: string;
      readonly kind: "paybill" | "till";
      /** Each with the callback secret's segment when one is set. */
      readonly confirmationUrl: string;
      readonly validationUrl: string;
      readonly statusResultUrl: string;
      readonly statusTimeoutUrl: string;
    };
    /** The API operator that asks Transaction Status; undefined without MPESA_INITIATOR_NAME (the simulator has its own). */
    readonly initiator: { readonly name: string; readonly securityCredential: string } | undefined;
    readonly simulatorDelayMs: number;
    /** A prompt with no result this long is checked with an STK query. */
    readonly reconcileAfterMs: number;
    /** A prompt with no final answer this long becomes "unknown: check the statement". */
    readonly reconcileGiveUpMs: number;
  };
  readonly service: {
    readonly databaseUrl: string;
    /** PostgreSQL: the most connections this process opens (SQLite has one). */
    readonly databasePoolSize: number;
    readonly host: string;
    readonly port: number;
    readonly logLevel: Env["LOG_LEVEL"];
    readonly logFormat: "json" | "pretty";
    /** NODE_ENV=production: the log is not the place for credentials such as the first manager's link. */
    readonly production: boolean;
    readonly timezone: string;
    /** BUSINESS_CLOSING_TIME on the business clock, in minutes after midnight: when the daily summary goes out. */
    readonly closingMinute: number;
    /** DEFAULT_LOCALE: the language of staff who have not chosen one (/language) and whose Telegram is not in Kiswahili. */
    readonly defaultLocale: Locale;
    /** Which X-Forwarded-For entries to believe: none, the last `n`, or those added by these proxies (addresses/CIDR blocks). */
    readonly trustProxy: TrustProxy;
  };
  readonly billing: {
    readonly ratePerHourKes: number;
    readonly minimumChargeKes: number;
    readonly rounding: RoundingRule;
    /** How many shillings an operator may take off a payment without a manager's approval. */
    readonly maxOperatorDiscountKes: number;
  };
  readonly alerts: {
    /** A session running this long is reported, once, to whoever started it and to the managers. */
    readonly longSessionAfterMs: number;
  };
}
