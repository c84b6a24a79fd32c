// A second Daraja, served by this service under a prefix, for cafés without Safaricom keys and for
// tests. It checks requests the way Daraja does, answers in Daraja's shapes and codes, and POSTs the
// callback to the CallBackURL after a delay. The customer's number scripts the outcome
// (SIMULATOR_SCRIPTED_NUMBERS). Its prompts are kept in a table of their own in the service's database
// (SimulatedPush), as Safaricom keeps its own. It reads no other table, as Daraja knows nothing of ours.
//
// It is a stand-in for this service alone: it answers only requests from this machine (the server may
// listen on every interface), and calls back only the service's own callback URL, so that nobody can
// make it fetch another address.
import type { FastifyInstance } from "fastify";
import { SIMULATOR_PREFIX, type Config } from "../../config/index.js";
import type { SimulatedPush } from "../../generated/prisma/client.js";
import type { Logger } from "../../logger.js";
import { defaultScheduler, PretendCustomer, type Scheduler, type SimulatorDelivery } from "./customer.js";
import { registerRoutes, type SimulatorMerchant } from "./routes.js";
import { openPushes, type SimulatorDb } from "./state.js";

export type { Scheduler } from "./customer.js";
export type { SimulatorMerchant } from "./routes.js";
export { scriptFor, SIMULATOR_SCRIPTED_NUMBERS } from "./scripted-numbers.js";

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
  /** The callback POSTs made, oldest first (failed ones too; the last thousand). */
  readonly deliveries: readonly SimulatorDelivery[];
  /** Called after each callback POST; returns an unsubscribe function. */
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
    callbackUrl: mpesa.callbackUrl,
    callbackDelayMs: mpesa.simulatorDelayMs,
  };
}

export function registerDarajaSimulator(app: FastifyInstance, options: DarajaSimulatorOptions): DarajaSimulator {
  const prefix = (options.prefix ?? SIMULATOR_PREFIX).replace(/\/+$/, "");
  const now = options.now ?? (() => new Date());
  const log = options.logger?.child({ component: "daraja-simulator" });
  const customer = new PretendCustomer({
    db: options.db,
    callbackUrl: options.callbackUrl,
    now,
    schedule: options.schedule ?? defaultScheduler,
    deliveryTimeoutMs: options.deliveryTimeoutMs ?? 10_000,
    log,
  });
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
      scope.addHook("onClose", async () => customer.close());
    },
    { prefix },
  );

  return {
    prefix,
    whenIdle: () => customer.whenIdle(),
    deliveries: customer.deliveries,
    onDelivery: (listener) => customer.onDelivery(listener),
    get tokensIssued() {
      return tokens?.tokensIssued ?? 0;
    },
    revokeTokens: () => tokens?.revokeTokens(),
    close: () => customer.close(),
  };
}
