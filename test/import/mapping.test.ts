// The Django app's values as its databases hold them, read into this service's.
import { describe, expect, it } from "vitest";
import { parseCents, parseOldTime, planImport, shillingsUp, type OldMpesa, type OldSession } from "../../src/django-import/mapping.js";

const mpesa = (status: string, receipt: string | null = null): OldMpesa => ({ status, checkoutRequestId: null, receipt, phone: null });
const student = { id: 1, firstname: " Amina ", lastname: "Otieno", idnumber: "1", phonenumber: "0712345678" };
const session = (fields: Partial<OldSession>): OldSession => ({
  id: 1,
  studentId: 1,
  startTime: "2026-11-20 07:00:00",
  endTime: "2026-11-20 08:00:00",
  isActive: "0",
  amountCharged: "10.00",
  mpesa: mpesa("paid", "QX1"),
  ...fields,
});
const plan = (sessions: OldSession[]) => planImport({ students: [student], sessions, payments: [] }, { takenIdNumbers: new Map(), timeZone: "Africa/Nairobi" });

describe("Django's decimals", () => {
  it("are read exactly in cents, as SQLite's text and REAL and PostgreSQL's numeric show them", () => {
    expect(parseCents("45.50")).toBe(4550);
    expect(parseCents("45.5")).toBe(4550);
    expect(parseCents("100")).toBe(10000);
    expect(parseCents("0.10")).toBe(10);
    expect(parseCents("-3.25")).toBe(-325);
    // A REAL's binary leftovers are rounded to the cent.
    expect(parseCents("12.4999999999")).toBe(1250);
    expect(parseCents("80.1000000001")).toBe(8010);
    expect(parseCents("abc")).toBeNull();
    expect(parseCents("1e3")).toBeNull();
    expect(parseCents(null)).toBeNull();
  });

  it("are rounded up to whole shillings", () => {
    expect([shillingsUp(4550), shillingsUp(4500), shillingsUp(1), shillingsUp(0)]).toEqual([46, 45, 1, 0]);
  });
});

describe("Django's times", () => {
  it("are UTC, with or without a fraction or an offset", () => {
    expect(parseOldTime("2026-11-20 07:00:00")).toEqual(new Date("2026-11-20T07:00:00Z"));
    expect(parseOldTime("2026-11-20 07:00:00.123456")).toEqual(new Date("2026-11-20T07:00:00.123Z"));
    expect(parseOldTime("2026-11-20 07:00:00.5+00")).toEqual(new Date("2026-11-20T07:00:00.500Z"));
    expect(parseOldTime("2026-11-20 10:00:00+03:00")).toEqual(new Date("2026-11-20T07:00:00Z"));
    expect(parseOldTime("2026-11-20T07:00")).toEqual(new Date("2026-11-20T07:00:00Z"));
    expect(parseOldTime("yesterday")).toBeNull();
  });
});

describe("the plan", () => {
  it("trims names and ID numbers", () => {
    expect(plan([]).customers[0]).toMatchObject({ firstName: "Amina", idNumber: "1", phone: "254712345678", key: "django:student:1" });
  });

  it("keeps one active session per customer active and lists the second, not imported", () => {
    const { sessions, findings } = plan([session({ id: 1, endTime: null, isActive: "true" }), session({ id: 2, endTime: null, isActive: "t" })]);
    expect(sessions.map((row) => [row.oldId, row.endedAt])).toEqual([[1, null]]);
    expect(findings.map((finding) => [finding.oldId, finding.kind, finding.skipped])).toEqual([
      [1, "active_session", undefined],
      [2, "second_active_session", true],
    ]);
  });

  it("lists rows it cannot read, and those of students that do not exist, and leaves them out", () => {
    const { sessions, findings } = plan([session({ id: 1, startTime: "soon" }), session({ id: 2, amountCharged: "ten" }), session({ id: 3, studentId: 9 })]);
    expect(sessions).toEqual([]);
    expect(findings.map((finding) => [finding.oldId, finding.kind, finding.skipped])).toEqual([
      [1, "unreadable", true],
      [2, "unreadable", true],
      [3, "unreadable", true],
    ]);
  });

  it("takes a state it does not know as unknown, and an ended session without an end time as ended at its start", () => {
    const { sessions, findings } = plan([session({ id: 1, endTime: null, isActive: "0", mpesa: mpesa("cancelled") })]);
    expect(sessions[0]).toMatchObject({ endedAt: new Date("2026-11-20T07:00:00Z"), charge: { state: "UNKNOWN" } });
    expect(findings.map((finding) => finding.kind)).toEqual(["ended_without_end_time", "unknown_state"]);
  });
});
