// A second Daraja, served by this service under a prefix, for cafés without Safaricom keys and for
// tests. It checks requests the way Daraja does, answers in Daraja's shapes and codes, and POSTs the
// callback to the CallBackURL after a delay. The customer's number scripts the outcome
// (SIMULATOR_SCRIPTED_NUMBERS). Money paid from the menu (C2B simulate) goes to the registered
// validation and confirmation URLs (MENU_SCRIPTED_NUMBERS), and Transaction Status answers at the
// ResultURL (c2b.ts). Its prompts, menu payments and registrations are kept in tables of their own in the
// service's database (SimulatedPush, SimulatedMenuPayment, SimulatedC2bRegistration), as Safaricom keeps
// its own. It reads no other table, as Daraja knows nothing of ours.
//
// It is a stand-in for this service alone: it answers only requests from this machine (the server may
// listen on every interface), and calls back only the service's own callback URL (and, for C2B and
// Transaction Status, URLs on the service's own origin), so that nobody can make it fetch another address.
import type { FastifyInstance } from "fastify";
import { SIMULATOR_DEFAULTS, SIMULATOR_PREFIX, type Config } from "../../config/index.js";
import type { SimulatedPush } from "../../generated/prisma/client.js";
import type { Logger } from "../../logger.js";
import type { Initiator } from "../protocol.js";
import { registerC2bRoutes, type MenuShortCode } from "./c2b.js";
import { Courier, defaultScheduler, type Scheduler, type SimulatorDelivery } from "./courier.js";
import { PretendCustomer } from "./customer.js";
import { registerRoutes, type SimulatorMerchant } from "./routes.js";
import { openPushes, type SimulatorDb } from "./state.js";

export type { Scheduler, SimulatorDelivery } from "./courier.js";
export type { SimulatorMerchant } from "./routes.js";
export { LATE_CONFIRMATION_MS, MENU_SCRIPTED_NUMBERS, scriptFor, SIMULATOR_SCRIPTED_NUMBERS, TIMEOUT_RECEIPT_ENDING } from "./scripted-numbers.js";

export interface DarajaSimulatorOptions {
  readonly db: SimulatorDb;
  /** Where the routes are mounted; SIMULATOR_PREFIX by default. */
  readonly prefix?: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly merchants: readonly SimulatorMerchant[];
  /**
   * The service's own callback URL, the only one called back. A push naming another is refused as
   * Daraja refuses a bad one (400.002.02 Invalid CallBackURL).
   */
  readonly callbackUrl: string;
  /** The paybills and tills customers pay from the menu; by default the merchants' (partyB). */
  readonly menuShortCodes?: readonly MenuShortCode[];
  /** The API operator Transaction Status accepts; the simulator's default one unless given. */
  readonly initiator?: Initiator;
  /** Time between the push and the customer's answer (the callback). */
  readonly callbackDelayMs: number;
  readonly now?: () => Date;
  readonly logger?: Logger;
  readonly schedule?: Scheduler;
  readonly tokenLifetimeSeconds?: number;
  /** How a query for an open prompt is answered; Daraja has used both. */
  readonly pendingQueryAnswer?: "result_code_4999" | "http_500";
  readonly deliveryTimeoutMs?: number;
}

export interface DarajaSimulator {
  readonly prefix: string;
  /** Resolves once no callback is scheduled or on its way. */
  whenIdle(): Promise<void>;
  /**
   * The POSTs made to the service, oldest first (failed ones too; the last thousand): STK callbacks, C2B
   * validations and confirmations, Transaction Status results and timeouts (`kind` says which).
   */
  readonly deliveries: readonly SimulatorDelivery[];
  /** Called after each POST; returns an unsubscribe function. */
  onDelivery(listener: (delivery: SimulatorDelivery) => void): () => void;
  /** How many access tokens were handed out. */
  readonly tokensIssued: number;
  /** Makes every token handed out so far invalid, as when Daraja drops them. */
  revokeTokens(): void;
  /** Cancels scheduled callbacks (also done when the server closes). */
  close(): void;
}

/** The simulator's settings from the service's own config. */
export function simulatorOptionsFromConfig(mpesa: Config["mpesa"]): Omit<DarajaSimulatorOptions, "db"> {
  return {
    consumerKey: mpesa.consumerKey,
    consumerSecret: mpesa.consumerSecret,
    merchants: [{ businessShortCode: mpesa.businessShortCode, passkey: mpesa.passkey, shortcodeType: mpesa.shortcodeType, partyB: mpesa.partyB }],
    menuShortCodes: [{ shortCode: mpesa.c2b.shortCode, kind: mpesa.c2b.kind }],
    ...(mpesa.initiator ? { initiator: mpesa.initiator } : {}),
    callbackUrl: mpesa.callbackUrl,
    callbackDelayMs: mpesa.simulatorDelayMs,
  };
}

export function registerDarajaSimulator(app: FastifyInstance, options: DarajaSimulatorOptions): DarajaSimulator {
  const prefix = (options.prefix ?? SIMULATOR_PREFIX).replace(/\/+$/, "");
  const now = options.now ?? (() => new Date());
  const log = options.logger?.child({ component: "daraja-simulator" });
  const courier = new Courier({ schedule: options.schedule ?? defaultScheduler, deliveryTimeoutMs: options.deliveryTimeoutMs ?? 10_000, log });
  const customer = new PretendCustomer({ db: options.db, callbackUrl: options.callbackUrl, now, courier });
  let tokens: ReturnType<typeof registerRoutes> | undefined;

  app.register(
    async (scope) => {
      tokens = registerRoutes(scope, {
        db: options.db,
        consumerKey: options.consumerKey,
        consumerSecret: options.consumerSecret,
        merchants: options.merchants,
        callbackUrl: options.callbackUrl,
        callbackDelayMs: options.callbackDelayMs,
        now,
        log,
        tokenLifetimeS: options.tokenLifetimeSeconds ?? 3599,
        pendingQueryAnswer: options.pendingQueryAnswer,
        customer,
      });
      registerC2bRoutes(scope, {
        db: options.db,
        now,
        log,
        courier,
        shortCodes:
          options.menuShortCodes ??
          options.merchants.map((merchant) => ({ shortCode: merchant.partyB, kind: merchant.shortcodeType === "till_number" ? "till" : "paybill" })),
        initiator: options.initiator ?? { name: SIMULATOR_DEFAULTS.initiatorName, securityCredential: SIMULATOR_DEFAULTS.securityCredential },
        serviceOrigin: new URL(options.callbackUrl).origin,
        checkBearer: tokens.checkBearer,
      });
      // Prompts an earlier run left open are answered when they would have been: read before the
      // server listens, and scheduled as soon as it does (their callbacks come to this server).
      let leftOpen: SimulatedPush[] = [];
      scope.addHook("onReady", async () => {
        leftOpen = await openPushes(options.db);
      });
      scope.addHook("onListen", (done) => {
        for (const push of leftOpen.splice(0)) customer.scheduleAnswer(push, push.answerAt.getTime() - now().getTime());
        done();
      });
      scope.addHook("onClose", async () => courier.close());
    },
    { prefix },
  );

  return {
    prefix,
    whenIdle: () => courier.whenIdle(),
    deliveries: courier.deliveries,
    onDelivery: (listener) => courier.onDelivery(listener),
    get tokensIssued() {
      return tokens?.tokensIssued ?? 0;
    },
    revokeTokens: () => tokens?.revokeTokens(),
    close: () => courier.close(),
  };
}
