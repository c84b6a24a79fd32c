// Several service instances on one database (issue #12): each guarantee that holds across instances,
// with the instances' steps interleaved by the test. The instances share the harness's database client
// (two SQLite connections in one process could wait on each other forever), which proves the logic of
// the atomic claims; the same code runs on PostgreSQL's READ COMMITTED.
import { afterEach, describe, expect, it } from "vitest";
import type { MpesaGateway } from "../src/services/prompts.js";
import { reconcilePending } from "../src/services/reconcile.js";
import { createHarness, type Harness } from "./support/harness.js";
import { promptSent } from "./support/steps.js";

const OPERATOR = 5001;
const MANAGER = 7001;

async function setUp(env: Record<string, string> = {}) {
  const h = await createHarness(env);
  const operator = h.user(OPERATOR, "Otieno");
  const manager = h.user(MANAGER, "Mary");
  await h.addStaff(operator, "OPERATOR");
  await h.addStaff(manager, "MANAGER");
  return { h, operator, manager };
}

/** A promise with its resolve function, for steps the test lets go on. */
function gate<T = void>(): { promise: Promise<T>; open: (value: T) => void } {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

describe("several instances on one database", () => {
  let h: Harness;
  afterEach(() => h.close());

  describe("each pending prompt is queried once per due time", () => {
    /** A gateway counting its STK queries; with `stall`, they wait until the test lets them through. */
    function gatewayOf(h: Harness, stall: boolean) {
      const asked: string[] = [];
      const answer = gate();
      const reached = gate();
      const gateway: MpesaGateway = {
        stkPush: () => Promise.reject(new Error("not used")),
        async stkQuery(checkoutRequestId) {
          asked.push(checkoutRequestId);
          reached.open();
          if (stall) await answer.promise;
          return h.mpesa.stkQuery(checkoutRequestId);
        },
      };
      return { gateway, asked, reached: reached.promise, answer: () => answer.open() };
    }

    for (const when of ["due", "past the give-up time"] as const) {
      it(`a prompt ${when} is queried by one instance while another's pass runs meanwhile`, async () => {
        const setup = await setUp();
        h = setup.h;
        await promptSent(h, { operator: setup.operator });
        h.advance(when === "due" ? h.config.mpesa.reconcileAfterMs : h.config.mpesa.reconcileGiveUpMs + 1000);
        const a = gatewayOf(h, true);
        const b = gatewayOf(h, false);
        const passA = reconcilePending(h.context, a.gateway);
        await a.reached;
        // Instance B's pass, seconds later, while A's query is still on its way.
        h.advance(5_000);
        expect(await reconcilePending(h.context, b.gateway)).toEqual({ queried: 0, settled: 0, gaveUp: 0 });
        a.answer();
        expect((await passA).queried).toBe(1);
        expect([...a.asked, ...b.asked]).toHaveLength(1);
      });
    }

    it("a query claimed by an instance that died is taken over once its turn has passed", async () => {
      const setup = await setUp();
      h = setup.h;
      await promptSent(h, { operator: setup.operator });
      h.advance(h.config.mpesa.reconcileGiveUpMs + 1000);
      const dead = gatewayOf(h, true);
      void reconcilePending(h.context, dead.gateway);
      await dead.reached;
      h.advance(5_000);
      const b = gatewayOf(h, false);
      expect((await reconcilePending(h.context, b.gateway)).queried).toBe(0);
      // The claim holds the prompt for the backoff (15 s after the first query): then it is B's.
      h.advance(15_000);
      expect(await reconcilePending(h.context, b.gateway)).toEqual({ queried: 1, settled: 0, gaveUp: 1 });
      expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "UNKNOWN" });
    });
  });
});
