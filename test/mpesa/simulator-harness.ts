// A real Fastify server on 127.0.0.1 with the Daraja simulator and a callback receiver, and clients
// pointed at it: the whole M-Pesa path over HTTP, with time and callback delivery under the test's control.
import { globalAgent } from "node:http";
import Fastify, { type FastifyInstance } from "fastify";
import { SIMULATOR_DEFAULTS, SIMULATOR_PREFIX } from "../../src/config/index.js";
import { openDb, type Db } from "../../src/db/client.js";
import { STK_CALLBACK_ACKNOWLEDGEMENT } from "../../src/mpesa/callback.js";
import { DarajaClient, type DarajaClientOptions } from "../../src/mpesa/daraja-client.js";
import type { C2bSettings } from "../../src/mpesa/protocol.js";
import { registerDarajaSimulator, type DarajaSimulatorOptions, type Scheduler, type SimulatorMerchant } from "../../src/mpesa/simulator/index.js";
import { TestClock } from "../support/clock.js";
import { freePort } from "../support/service-process.js";
import { migratedDatabaseUrl } from "../support/temp.js";

const newDatabaseUrl = migratedDatabaseUrl();

/** A migrated database of its own, where the simulator keeps its prompts. */
export async function simulatorDb(): Promise<Db> {
  return openDb(await newDatabaseUrl());
}

export const CONSUMER_KEY = "simulator-test-key";
export const CONSUMER_SECRET = "simulator-test-secret";
export const PAYBILL: SimulatorMerchant = {
  businessShortCode: SIMULATOR_DEFAULTS.shortcode,
  passkey: SIMULATOR_DEFAULTS.passkey,
  shortcodeType: "paybill",
  partyB: SIMULATOR_DEFAULTS.shortcode,
};
export const TILL: SimulatorMerchant = { businessShortCode: "300584", passkey: "till-passkey-for-tests", shortcodeType: "till_number", partyB: "600123" };

/** 09:24:08 in Nairobi on 28 June 2021. */
export const START = new Date("2021-06-28T06:24:08Z");

/** Holds the simulator's scheduled customer answers until the test lets them happen. */
export function manualScheduler() {
  const tasks = new Set<() => void>();
  const delays: number[] = [];
  let waiters: (() => void)[] = [];
  const schedule: Scheduler = (task, delayMs) => {
    tasks.add(task);
    delays.push(delayMs);
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
    return () => void tasks.delete(task);
  };
  return {
    schedule,
    /** Resolves at the next task scheduled. */
    nextScheduled: () => new Promise<void>((resolve) => waiters.push(resolve)),
    /** The delays asked for, in order. */
    delays,
    pending: () => tasks.size,
    runAll() {
      const due = [...tasks];
      tasks.clear();
      for (const task of due) task();
    },
  };
}

/** The service's C2B and Transaction Status URLs (as config.mpesa.c2b derives them) on `origin`, for the paybill. */
function c2bSettingsOn(origin: string): C2bSettings {
  return {
    shortCode: PAYBILL.partyB,
    kind: "paybill",
    responseType: "Completed",
    confirmationUrl: `${origin}/payments/confirmation/`,
    validationUrl: `${origin}/payments/validation/`,
    statusResultUrl: `${origin}/payments/status/result/`,
    statusTimeoutUrl: `${origin}/payments/status/timeout/`,
  };
}

export interface Harness {
  app: FastifyInstance;
  origin: string;
  baseUrl: string;
  callbackUrl: string;
  /** Bodies the callback receiver got, in order. */
  received: unknown[];
  /** The status the receiver answers with. */
  setReceiverStatus(status: number): void;
  /** What the receiver of /payments/… (the service's C2B and Transaction Status routes) got, in order. */
  paymentsReceived: { path: string; body: unknown }[];
  /** The validation route's answer: its HTTP status and body. */
  setValidationAnswer(status: number, body: unknown): void;
  /** The C2B settings of the service on this server. */
  c2b: C2bSettings;
  simulator: ReturnType<typeof registerDarajaSimulator>;
  db: Db;
  clock: TestClock;
  client(overrides?: Partial<DarajaClientOptions>): DarajaClient;
  /** The server stopped and started again on the same port and database, with a new simulator. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The simulator calls back the receiver on the same server (or `options.callbackUrl`). */
export async function startHarness(options: Partial<DarajaSimulatorOptions> = {}): Promise<Harness> {
  const clock = new TestClock(START);
  const db = await simulatorDb();
  const origin = `http://127.0.0.1:${await freePort()}`;
  const callbackUrl = `${origin}/test/mpesa/callback/`;
  const received: unknown[] = [];
  let receiverStatus = 200;
  const paymentsReceived: { path: string; body: unknown }[] = [];
  let validationAnswer: { status: number; body: unknown } = { status: 200, body: { ResultCode: "0", ResultDesc: "Accepted" } };
  async function serve() {
    const app = Fastify({ logger: false });
    const simulator = registerDarajaSimulator(app, {
      db,
      consumerKey: CONSUMER_KEY,
      consumerSecret: CONSUMER_SECRET,
      merchants: [PAYBILL, TILL],
      callbackUrl,
      callbackDelayMs: 0,
      now: clock.now,
      ...options,
    });
    app.post("/test/mpesa/callback/", async (request, reply) => {
      received.push(request.body);
      return reply.code(receiverStatus).send(STK_CALLBACK_ACKNOWLEDGEMENT);
    });
    app.post("/payments/*", async (request, reply) => {
      paymentsReceived.push({ path: request.url, body: request.body });
      if (request.url.startsWith("/payments/validation/")) return reply.code(validationAnswer.status).send(validationAnswer.body);
      return reply.send({ ResultCode: 0, ResultDesc: "Accepted" });
    });
    await app.listen({ host: "127.0.0.1", port: Number(new URL(origin).port) });
    return { app, simulator };
  }
  const baseUrl = origin + SIMULATOR_PREFIX;

  const harness: Harness = {
    ...(await serve()),
    origin,
    baseUrl,
    callbackUrl: options.callbackUrl ?? callbackUrl,
    received,
    setReceiverStatus: (status) => void (receiverStatus = status),
    paymentsReceived,
    setValidationAnswer: (status, body) => void (validationAnswer = { status, body }),
    c2b: c2bSettingsOn(origin),
    db,
    clock,
    client: (overrides = {}) =>
      new DarajaClient({
        baseUrl,
        consumerKey: CONSUMER_KEY,
        consumerSecret: CONSUMER_SECRET,
        businessShortCode: PAYBILL.businessShortCode,
        partyB: PAYBILL.partyB,
        shortcodeType: "paybill",
        passkey: PAYBILL.passkey,
        now: clock.now,
        timeoutMs: 5_000,
        ...overrides,
      }),
    async restart() {
      await harness.app.close();
      // The clients' kept-alive connections went with the old server, as with a process that stopped.
      globalAgent.destroy();
      Object.assign(harness, await serve());
    },
    async close() {
      await harness.app.close();
      await db.$disconnect();
    },
  };
  return harness;
}
