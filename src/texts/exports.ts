// What managers read around /export's CSV files: what was sent, an empty period, and what to type when
// the period is not understood. English; part of the catalogue in en.ts (section `exports`). The files'
// column names are not here: they are the files' fixed format (src/services/exports.ts).
import type { BusinessDays } from "../domain/dates.js";
import { period } from "./format.js";
import { periodProblems } from "./reports.js";

/** What a table's rows are, after "no": the table's name, or more words where the name is not a plural. */
const ROWS_OF: Record<string, string> = { audit: "audit entries" };

/** "payments, sessions or customers". */
function either(tables: string[]): string {
  const names = tables.map((table) => ROWS_OF[table] ?? table);
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} or ${names.at(-1) ?? ""}`;
}

const rows = (count: number) => (count === 1 ? "1 row" : `${count.toLocaleString("en-KE")} rows`);

export const exportTexts = {
  problem: periodProblems("/export"),
  /** No table has a row in the period: no file was sent. */
  nothing: (days: BusinessDays, tables: string[]) => `📤 Nothing to export for ${period(days)}: no ${either(tables)} in these days.`,
  /** After the files: how many rows each held, the tables with none, and how to read the cells. */
  sent: (days: BusinessDays, files: { table: string; rows: number }[], empty: string[], timeZone: string) =>
    [
      `📤 Export for ${period(days)}:`,
      ...files.map((file) => `• ${file.table}: ${rows(file.rows)}`),
      ...empty.map((table) => `• ${table}: none in these days, no file`),
      "",
      `Times are in ${timeZone} with their offset from UTC; amounts in whole KES. A cell that would start with = + - or @ starts with ' so that spreadsheets do not run it.`,
    ].join("\n"),
};
