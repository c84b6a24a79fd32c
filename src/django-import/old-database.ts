// The old Django app's database, read once and never written: a SQLite file opened read-only, or
// PostgreSQL (Heroku's DATABASE_URL) read in a READ ONLY transaction that is rolled back. The same SQL
// on both: every decimal, time and flag is read as text, so the mapping parses one form.
import Database from "better-sqlite3";
import type pg from "pg";
import { DatabaseUnreachableError } from "../db/provider.js";
import type { OldMpesa, OldPayment, OldRows, OldSession, OldStudent } from "./mapping.js";

type Row = Record<string, unknown>;

// Students, sessions, payments: in that order.
const QUERIES = [
  `SELECT id, CAST(firstname AS TEXT) AS firstname, CAST(lastname AS TEXT) AS lastname, CAST(idnumber AS TEXT) AS idnumber,
      CAST(phonenumber AS TEXT) AS phonenumber FROM cyberapp_student ORDER BY id`,
  `SELECT id, student_id, CAST(start_time AS TEXT) AS start_time, CAST(end_time AS TEXT) AS end_time, CAST(is_active AS TEXT) AS is_active,
      CAST(amount_charged AS TEXT) AS amount_charged, CAST(payment_status AS TEXT) AS status, CAST(mpesa_checkout_request_id AS TEXT) AS checkout,
      CAST(mpesa_receipt_number AS TEXT) AS receipt, CAST(mpesa_phone_number AS TEXT) AS phone FROM cyberapp_usagesession ORDER BY id`,
  `SELECT id, student_id, CAST(amount AS TEXT) AS amount, CAST(balance AS TEXT) AS balance, CAST(date AS TEXT) AS date,
      CAST(mpesa_status AS TEXT) AS status, CAST(mpesa_checkout_request_id AS TEXT) AS checkout, CAST(mpesa_receipt_number AS TEXT) AS receipt,
      CAST(mpesa_phone_number AS TEXT) AS phone FROM cyberapp_payment ORDER BY id`,
] as const;

// Every column but the ids is selected as text.
const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

const mpesaOf = (row: Row): OldMpesa => ({
  status: text(row.status),
  checkoutRequestId: text(row.checkout),
  receipt: text(row.receipt),
  phone: text(row.phone),
});

function toRows([students, sessions, payments]: readonly Row[][]): OldRows {
  return {
    students: (students ?? []).map((row): OldStudent => ({
      id: Number(row.id),
      firstname: text(row.firstname),
      lastname: text(row.lastname),
      idnumber: text(row.idnumber),
      phonenumber: text(row.phonenumber),
    })),
    sessions: (sessions ?? []).map((row): OldSession => ({
      id: Number(row.id),
      studentId: Number(row.student_id),
      startTime: text(row.start_time),
      endTime: text(row.end_time),
      isActive: text(row.is_active),
      amountCharged: text(row.amount_charged),
      mpesa: mpesaOf(row),
    })),
    payments: (payments ?? []).map((row): OldPayment => ({
      id: Number(row.id),
      studentId: Number(row.student_id),
      amount: text(row.amount),
      balance: text(row.balance),
      date: text(row.date),
      mpesa: mpesaOf(row),
    })),
  };
}

/** Said when the source is not the Django app's database (no such file, no cyberapp tables). */
export class OldDatabaseError extends Error {}

function readSqlite(file: string): OldRows {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new OldDatabaseError(`Cannot open ${file} read-only: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    // One read transaction: the three tables as they stood at one moment, even if the old app is still running.
    return toRows(db.transaction(() => QUERIES.map((query) => db.prepare(query).all() as Row[]))());
  } catch (error) {
    if (error instanceof Error && /no such (table|column)/.test(error.message))
      throw new OldDatabaseError(`${file} is not the Django app's database: ${error.message}`);
    throw error;
  } finally {
    db.close();
  }
}

async function readPostgres(url: string): Promise<OldRows> {
  const { withPostgresConnection } = await import("../db/postgres.js");
  try {
    return await withPostgresConnection(url, (client) => readPostgresRows(client));
  } catch (error) {
    // Its message names the database (never the password) but tells to check DATABASE_URL, which is not this one.
    if (error instanceof DatabaseUnreachableError)
      throw new OldDatabaseError(`The Django app's database: ${error.message.replace(/ Check DATABASE_URL.*$/s, "")}`);
    throw error;
  }
}

async function readPostgresRows(client: pg.Client): Promise<OldRows> {
  // REPEATABLE READ: the three tables as they stood at one moment, even if the old app is still running.
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    await client.query("SET LOCAL TIME ZONE 'UTC'");
    const rows: Row[][] = [];
    for (const query of QUERIES) rows.push((await client.query<Row>(query)).rows);
    return toRows(rows);
  } catch (error) {
    if (error instanceof Error && /does not exist/.test(error.message)) throw new OldDatabaseError(`Not the Django app's database: ${error.message}`);
    throw error;
  } finally {
    await client.query("ROLLBACK");
  }
}

/** Every row of the old app's three tables: `source` is a SQLite file's path (or file: URL) or a postgresql:// URL. */
export async function readOldDatabase(source: string): Promise<OldRows> {
  if (/^postgres(ql)?:\/\//.test(source)) return readPostgres(source);
  return readSqlite(source.replace(/^file:/, ""));
}
