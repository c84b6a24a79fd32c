// What managers read around /export's CSV files: what was sent, an empty period, and what to type when
// the period is not understood. Renders the messages of the `exports` section of locales/*.ftl in the
// language of the moment. The files' column names are not here: they are the files' fixed format, in
// English (src/services/exports.ts).
import type { BusinessDays } from "../domain/dates.js";
import { period } from "./format.js";
import { t } from "./i18n.js";
import { periodProblems } from "./reports.js";

/** "payments, sessions or customers": what the tables' rows are, after "no". */
function either(tables: string[]): string {
  const names = tables.map((table) => t("exports-rows-of", { table }));
  const last = names.pop();
  return last === undefined ? "" : names.length === 0 ? last : t("exports-either", { others: names.join(", "), last });
}

export const exportTexts = {
  get problem() {
    return periodProblems("/export");
  },
  /** No table has a row in the period: no file was sent. */
  nothing: (days: BusinessDays, tables: string[]) => t("exports-nothing", { period: period(days), tables: either(tables) }),
  /** After the files: how many rows each held, the tables with none, and how to read the cells. */
  sent: (days: BusinessDays, files: { table: string; rows: number }[], empty: string[], timeZone: string) =>
    [
      t("exports-sent", { period: period(days) }),
      ...files.map((file) => `• ${t("exports-table", { table: file.table })}: ${t("exports-rows", { count: file.rows })}`),
      ...empty.map((table) => `• ${t("exports-table", { table })}: ${t("exports-table-empty")}`),
      "",
      t("exports-how-to-read", { timeZone }),
    ].join("\n"),
};
