// Money paid from the M-Pesa menu and Transaction Status, against the simulator over real HTTP: what the
// client sends, what the simulator answers, and what it POSTs to the service's own URLs, field by field.
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { SIMULATOR_DEFAULTS } from "../../src/config/index.js";
import { DarajaApiError, MpesaError } from "../../src/mpesa/errors.js";
import type { C2bNotificationBody, StkCallbackBody, TransactionStatusResultBody } from "../../src/mpesa/protocol.js";
import { LATE_CONFIRMATION_MS, MENU_SCRIPTED_NUMBERS, TIMEOUT_RECEIPT_ENDING, type SimulatorDelivery } from "../../src/mpesa/simulator/index.js";
import { manualScheduler, PAYBILL, START, startHarness, TILL, type Harness } from "./simulator-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(...args: Parameters<typeof startHarness>): Promise<Harness> {
  harness = await startHarness(...args);
  return harness;
}

const INITIATOR = { name: SIMULATOR_DEFAULTS.initiatorName, securityCredential: SIMULATOR_DEFAULTS.securityCredential };

/** The client the service would have, with the C2B settings and the initiator. */
const clientOf = (h: Harness, overrides: Parameters<Harness["client"]>[0] = {}) => h.client({ c2b: h.c2b, initiator: INITIATOR, ...overrides });

async function failureOf(promise: Promise<unknown>): Promise<MpesaError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MpesaError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** Daraja's errorMessage of a refusal. */
const messageOf = (error: MpesaError) => (error instanceof DarajaApiError ? error.errorMessage : undefined);

/** A pretend customer pays from the menu (the sandbox's C2B simulate), as a tester would call it. */
async function simulate(h: Harness, body: Record<string, unknown>, token?: string): Promise<{ status: number; body: unknown }> {
  const bearer = token ?? (await h.client().accessToken());
  const response = await fetch(`${h.baseUrl}/mpesa/c2b/v1/simulate`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const payBill = (msisdn: string, amount: number | string = 150, account = "S1234") => ({
  ShortCode: PAYBILL.partyB,
  CommandID: "CustomerPayBillOnline",
  Amount: amount,
  Msisdn: msisdn,
  BillRefNumber: account,
});

type Kind = SimulatorDelivery["kind"];
const ofKind = <K extends Kind>(h: Harness, kind: K) => h.simulator.deliveries.filter((d): d is Extract<SimulatorDelivery, { kind: K }> => d.kind === kind);

describe("Register URL", () => {
  it("registers the service's confirmation and validation URLs for the shortcode", async () => {
    const h = await start();
    await clientOf(h).registerC2bUrls();
    expect(await h.db.simulatedC2bRegistration.findMany()).toEqual([
      {
        shortCode: PAYBILL.partyB,
        responseType: "Completed",
        confirmationUrl: h.c2b.confirmationUrl,
        validationUrl: h.c2b.validationUrl,
        registeredAt: START,
      },
    ]);
    // The sandbox lets a shortcode register again; the last registration counts.
    await clientOf(h, { c2b: { ...h.c2b, responseType: "Cancelled" } }).registerC2bUrls();
    expect(await h.db.simulatedC2bRegistration.findMany()).toEqual([expect.objectContaining({ responseType: "Cancelled" })]);
  });

  it("refuses URLs off the service's own origin, an unknown shortcode, and a request without a token", async () => {
    const h = await start();
    const elsewhere = await failureOf(clientOf(h, { c2b: { ...h.c2b, confirmationUrl: "http://127.0.0.1:9/payments/confirmation/" } }).registerC2bUrls());
    expect([elsewhere.reason, messageOf(elsewhere)]).toEqual(["invalid_callback_url", "Bad Request - Invalid ConfirmationURL"]);
    const unknown = await failureOf(clientOf(h, { c2b: { ...h.c2b, shortCode: "999999" } }).registerC2bUrls());
    expect(unknown.reason).toBe("wrong_shortcode");
    expect(await h.db.simulatedC2bRegistration.count()).toBe(0);

    const response = await fetch(`${h.baseUrl}/mpesa/c2b/v1/registerurl`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errorCode: "404.001.03", errorMessage: "Invalid Access Token" });
  });
});

describe("C2B simulate: money paid from the menu", () => {
  it("answers as Daraja does, asks validation, takes the money, then confirms with Safaricom's body", async () => {
    const h = await start();
    await clientOf(h).registerC2bUrls();
    const answer = await simulate(h, payBill("254712345678", "150"));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      OriginatorCoversationID: expect.stringMatching(/^\d{4}-\d{8}-1$/) as unknown,
      ResponseCode: "0",
      ResponseDescription: "Accept the service request successfully.",
    });
    await h.simulator.whenIdle();

    expect(h.simulator.deliveries.map((d) => [d.kind, d.url, d.httpStatus])).toEqual([
      ["c2b_validation", h.c2b.validationUrl, 200],
      ["c2b_confirmation", h.c2b.confirmationUrl, 200],
    ]);
    const [validation] = ofKind(h, "c2b_validation");
    const [confirmation] = ofKind(h, "c2b_confirmation");
    const receipt = confirmation!.receipt;
    expect(receipt).toMatch(/^[A-Z][A-Z0-9]{9}$/);
    const expected: C2bNotificationBody = {
      TransactionType: "Pay Bill",
      TransID: receipt,
      // 09:24:08 in Nairobi.
      TransTime: "20210628092408",
      TransAmount: "150.00",
      BusinessShortCode: PAYBILL.partyB,
      BillRefNumber: "S1234",
      InvoiceNumber: "",
      OrgAccountBalance: "150.00",
      ThirdPartyTransID: "",
      MSISDN: "2547 ***** 678",
      FirstName: "Kiprop",
      MiddleName: "",
      LastName: "",
    };
    expect(confirmation!.body).toEqual(expected);
    expect(validation!.body).toEqual({ ...expected, OrgAccountBalance: "" });
    // What went over the wire is the same, every value a string.
    expect(h.paymentsReceived.map((r) => r.path)).toEqual(["/payments/validation/", "/payments/confirmation/"]);
    expect(h.paymentsReceived[1]!.body).toEqual(expected);
    expect(Object.values(h.paymentsReceived[1]!.body as object).every((value) => typeof value === "string")).toBe(true);

    expect(await h.db.simulatedMenuPayment.findMany()).toEqual([
      {
        receipt,
        shortCode: PAYBILL.partyB,
        commandId: "CustomerPayBillOnline",
        amountKes: 150,
        msisdn: "254712345678",
        billRefNumber: "S1234",
        createdAt: START,
      },
    ]);

    // The shortcode's balance grows with each payment.
    await simulate(h, payBill("254712345679", 50));
    await h.simulator.whenIdle();
    expect(ofKind(h, "c2b_confirmation")[1]!.body.OrgAccountBalance).toBe("200.00");
  });

  it("a Buy Goods payment to the till carries no account number", async () => {
    const h = await start();
    await clientOf(h, { c2b: { ...h.c2b, shortCode: TILL.partyB, kind: "till" } }).registerC2bUrls();
    await simulate(h, { ShortCode: TILL.partyB, CommandID: "CustomerBuyGoodsOnline", Amount: 80, Msisdn: "254110123456", BillRefNumber: "ignored" });
    await h.simulator.whenIdle();
    const [confirmation] = ofKind(h, "c2b_confirmation");
    expect(confirmation!.body).toMatchObject({ TransactionType: "Buy Goods", BusinessShortCode: TILL.partyB, BillRefNumber: "", TransAmount: "80.00" });
    expect(await h.db.simulatedMenuPayment.findFirst()).toMatchObject({ commandId: "CustomerBuyGoodsOnline", billRefNumber: "" });
  });

  it("checks the request as Daraja does", async () => {
    const h = await start();
    const refusals: [Record<string, unknown>, string][] = [
      [{ ...payBill("254712345678"), ShortCode: "999999" }, "ShortCode"],
      [{ ...payBill("254712345678"), CommandID: "CustomerBuyGoodsOnline" }, "CommandID"],
      [{ ...payBill("254712345678"), CommandID: "BusinessPayment" }, "CommandID"],
      [payBill("254712345678", 0), "Amount"],
      [payBill("254712345678", "10.50"), "Amount"],
      [payBill("254712345678", 250_001), "Amount"],
      [payBill("0712345678"), "Msisdn"],
      [payBill("254712345678", 150, ""), "BillRefNumber"],
      [payBill("254712345678", 150, "A".repeat(21)), "BillRefNumber"],
    ];
    for (const [body, field] of refusals) {
      const answer = await simulate(h, body);
      expect([answer.status, answer.body]).toEqual([400, expect.objectContaining({ errorCode: "400.002.02", errorMessage: `Bad Request - Invalid ${field}` })]);
    }
    expect((await simulate(h, payBill("254712345678"), "not-a-token")).status).toBe(404);
    await h.simulator.whenIdle();
    expect(h.simulator.deliveries).toHaveLength(0);
    expect(await h.db.simulatedMenuPayment.count()).toBe(0);
  });

  it("without registered URLs takes the money and tells nobody", async () => {
    const h = await start();
    await simulate(h, payBill("254712345678"));
    await h.simulator.whenIdle();
    expect(h.simulator.deliveries).toHaveLength(0);
    expect(await h.db.simulatedMenuPayment.count()).toBe(1);
  });

  it("honours a validation that rejects: no money, no confirmation", async () => {
    const h = await start();
    await clientOf(h).registerC2bUrls();
    h.setValidationAnswer(200, { ResultCode: "C2B00012", ResultDesc: "Rejected" });
    await simulate(h, payBill("254712345678", 150, "NOSUCHBILL"));
    await h.simulator.whenIdle();
    expect(h.simulator.deliveries.map((d) => [d.kind, d.answer])).toEqual([["c2b_validation", { ResultCode: "C2B00012", ResultDesc: "Rejected" }]]);
    expect(await h.db.simulatedMenuPayment.count()).toBe(0);
  });

  it("a validation that does not answer leaves it to the registered ResponseType", async () => {
    const h = await start();
    h.setValidationAnswer(404, { message: "Route POST:/payments/validation/ not found" });
    await clientOf(h, { c2b: { ...h.c2b, responseType: "Cancelled" } }).registerC2bUrls();
    await simulate(h, payBill("254712345678"));
    await h.simulator.whenIdle();
    expect(h.simulator.deliveries.map((d) => d.kind)).toEqual(["c2b_validation"]);
    expect(await h.db.simulatedMenuPayment.count()).toBe(0);

    await clientOf(h).registerC2bUrls();
    await simulate(h, payBill("254712345678"));
    await h.simulator.whenIdle();
    expect(h.simulator.deliveries.map((d) => d.kind)).toEqual(["c2b_validation", "c2b_validation", "c2b_confirmation"]);
    expect(await h.db.simulatedMenuPayment.count()).toBe(1);
  });

  it("scripted numbers: three confirmations, a late one, none, a hashed MSISDN", async () => {
    const customer = manualScheduler();
    const h = await start({ schedule: customer.schedule });
    await clientOf(h).registerC2bUrls();
    const row = (behaviour: string) => MENU_SCRIPTED_NUMBERS.find((scripted) => scripted.behaviour === behaviour)!.example;

    await simulate(h, payBill(row("three_confirmations")));
    customer.runAll();
    await h.simulator.whenIdle();
    const three = ofKind(h, "c2b_confirmation");
    expect(three.map((d) => d.copy)).toEqual([1, 2, 3]);
    expect(new Set(three.map((d) => JSON.stringify(d.body))).size).toBe(1);

    await simulate(h, payBill(row("late_confirmation")));
    const lateScheduled = customer.nextScheduled();
    customer.runAll();
    // The money is taken at once; the confirmation waits two minutes on the scheduler.
    await lateScheduled;
    expect(customer.pending()).toBe(1);
    expect(customer.delays.at(-1)).toBe(LATE_CONFIRMATION_MS);
    expect(await h.db.simulatedMenuPayment.count()).toBe(2);
    expect(ofKind(h, "c2b_confirmation")).toHaveLength(3);
    customer.runAll();
    await h.simulator.whenIdle();
    expect(ofKind(h, "c2b_confirmation")).toHaveLength(4);

    await simulate(h, payBill(row("no_confirmation")));
    customer.runAll();
    await h.simulator.whenIdle();
    expect(ofKind(h, "c2b_confirmation")).toHaveLength(4);
    const unannounced = await h.db.simulatedMenuPayment.findFirstOrThrow({ where: { msisdn: row("no_confirmation") } });
    expect(unannounced.amountKes).toBe(150);

    await simulate(h, payBill(row("hashed_msisdn")));
    customer.runAll();
    await h.simulator.whenIdle();
    expect(ofKind(h, "c2b_confirmation").at(-1)!.body.MSISDN).toBe(createHash("sha256").update(row("hashed_msisdn")).digest("hex"));
  });
});

describe("Transaction Status", () => {
  const parameters = (body: TransactionStatusResultBody) =>
    Object.fromEntries((body.Result.ResultParameters?.ResultParameter ?? []).map((parameter) => [parameter.Key, parameter.Value]));

  it("acknowledges, then POSTs Safaricom's Result for a menu payment's receipt to the ResultURL", async () => {
    const h = await start();
    await clientOf(h).registerC2bUrls();
    await simulate(h, payBill("254712345678", 150));
    await h.simulator.whenIdle();
    const receipt = ofKind(h, "c2b_confirmation")[0]!.receipt;

    const accepted = await clientOf(h).transactionStatus(receipt.toLowerCase());
    expect(accepted.conversationId).toMatch(/^AG_20210628_[0-9a-f]{20}$/);
    expect(accepted.originatorConversationId).toMatch(/^\d{4}-\d{8}-1$/);
    await h.simulator.whenIdle();

    const [result] = ofKind(h, "status_result");
    expect([result!.url, result!.receipt, result!.httpStatus]).toEqual([h.c2b.statusResultUrl, receipt, 200]);
    expect(result!.body.Result).toMatchObject({
      ResultType: 0,
      ResultCode: 0,
      ResultDesc: "The service request is processed successfully.",
      OriginatorConversationID: accepted.originatorConversationId,
      ConversationID: accepted.conversationId,
      ReferenceData: { ReferenceItem: { Key: "Occasion", Value: receipt } },
    });
    expect(parameters(result!.body)).toEqual({
      DebitPartyName: "254712345678 - Kiprop",
      CreditPartyName: `${PAYBILL.partyB} - Cafe Desk Simulator`,
      OriginatorConversationID: accepted.originatorConversationId,
      InitiatedTime: 20210628092408,
      DebitAccountType: "MMF Account For Customer",
      DebitPartyCharges: undefined,
      TransactionReason: undefined,
      ReasonType: "Pay Bill Online",
      TransactionStatus: "Completed",
      FinalisedTime: 20210628092408,
      Amount: 150,
      ConversationID: accepted.conversationId,
      ReceiptNo: receipt,
    });
    expect(h.paymentsReceived.at(-1)).toEqual({ path: "/payments/status/result/", body: result!.body });
  });

  it("knows a paid prompt's receipt (kept with the prompt when the customer pays)", async () => {
    const h = await start();
    const client = clientOf(h);
    const pushed = await client.stkPush({ phone: "0712 345 678", amount: 90, accountReference: "S1", description: "PC-4", callbackUrl: h.callbackUrl });
    await h.simulator.whenIdle();
    const callback = (h.received[0] as StkCallbackBody).Body.stkCallback;
    const receipt = String(callback.CallbackMetadata!.Item.find((item) => item.Name === "MpesaReceiptNumber")!.Value);
    expect(await h.db.simulatedPush.findUniqueOrThrow({ where: { checkoutRequestId: pushed.checkoutRequestId } })).toMatchObject({ receipt });

    await client.transactionStatus(receipt);
    await h.simulator.whenIdle();
    const [result] = ofKind(h, "status_result");
    expect(parameters(result!.body)).toMatchObject({ ReceiptNo: receipt, Amount: 90, TransactionStatus: "Completed", DebitPartyName: "254712345678 - Kiprop" });
  });

  it("a failed prompt keeps no receipt", async () => {
    const h = await start();
    const pushed = await clientOf(h).stkPush({ phone: "0712 341 032", amount: 90, accountReference: "S1", description: "PC-4", callbackUrl: h.callbackUrl });
    await h.simulator.whenIdle();
    expect(await h.db.simulatedPush.findUniqueOrThrow({ where: { checkoutRequestId: pushed.checkoutRequestId } })).toMatchObject({ receipt: null });
  });

  it("answers an unknown receipt with 2032, a wrong initiator with 2001, and a receipt ending TIMEOUT at the QueueTimeOutURL", async () => {
    const h = await start();
    await clientOf(h).transactionStatus("QK12ABC345");
    await clientOf(h, { initiator: { name: "someone", securityCredential: "wrong" } }).transactionStatus("QK12ABC346");
    await clientOf(h).transactionStatus(`QK1${TIMEOUT_RECEIPT_ENDING}`);
    await h.simulator.whenIdle();
    const results = ofKind(h, "status_result");
    expect(results.map((d) => [d.receipt, d.body.Result.ResultCode, d.body.Result.ResultDesc, d.body.Result.ResultParameters])).toEqual([
      ["QK12ABC345", 2032, "The transaction receipt number does not exist.", undefined],
      ["QK12ABC346", 2001, "The initiator information is invalid.", undefined],
    ]);
    const [timeout] = ofKind(h, "status_timeout");
    expect([timeout!.url, timeout!.receipt, timeout!.body.Result.ResultParameters]).toEqual([
      h.c2b.statusTimeoutUrl,
      `QK1${TIMEOUT_RECEIPT_ENDING}`,
      undefined,
    ]);
  });

  it("checks the query: the shortcode and its identifier type, the result URLs on the service's origin, the command", async () => {
    const h = await start();
    const otherShortcode = await failureOf(clientOf(h, { c2b: { ...h.c2b, shortCode: "999999" } }).transactionStatus("QK12ABC345"));
    expect([otherShortcode.reason, messageOf(otherShortcode)]).toEqual(["wrong_shortcode", "Bad Request - Invalid PartyA"]);
    const tillAsPaybill = await failureOf(clientOf(h, { c2b: { ...h.c2b, shortCode: TILL.partyB } }).transactionStatus("QK12ABC345"));
    expect([tillAsPaybill.reason, messageOf(tillAsPaybill)]).toEqual(["wrong_shortcode", "Bad Request - Invalid IdentifierType"]);
    const elsewhere = await failureOf(
      clientOf(h, { c2b: { ...h.c2b, statusResultUrl: "http://127.0.0.1:9/payments/status/result/" } }).transactionStatus("QK12ABC345"),
    );
    expect([elsewhere.reason, messageOf(elsewhere)]).toEqual(["invalid_callback_url", "Bad Request - Invalid ResultURL"]);

    const token = await h.client().accessToken();
    const response = await fetch(`${h.baseUrl}/mpesa/transactionstatus/v1/query`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ Initiator: "testapi", SecurityCredential: "x", CommandID: "AccountBalance", TransactionID: "QK12ABC345" }),
    });
    expect([response.status, await response.json()]).toEqual([400, expect.objectContaining({ errorMessage: "Bad Request - Invalid CommandID" })]);
    await h.simulator.whenIdle();
    expect(h.simulator.deliveries).toHaveLength(0);
  });
});
