// The import's report, for the engineer's terminal (not a bot text): counts, every row not taken as it
// is, and the money per state before and after.
import type { ImportReport, TableCount } from "./importer.js";
import type { NewPaymentState, OldTable } from "./mapping.js";

const TABLE_NAMES: Record<OldTable, string> = {
  student: "Customers (cyberapp_student)",
  usagesession: "Sessions (cyberapp_usagesession)",
  payment: "Payments (cyberapp_payment)",
};

const STATE_NAMES: Record<NewPaymentState, string> = {
  NOT_REQUESTED: "owed (not requested)",
  PAID: "paid",
  FAILED: "failed",
  UNKNOWN: "unknown: check the statement",
};

function shillings(cents: number): string {
  const whole = Math.trunc(cents / 100).toLocaleString("en-US");
  const rest = Math.abs(cents % 100);
  return `KES ${cents < 0 && whole === "0" ? "-" : ""}${whole}${rest === 0 ? "" : `.${String(rest).padStart(2, "0")}`}`;
}

function tableLine(count: TableCount, dryRun: boolean): string {
  const states = Object.entries(count.byState)
    .map(([state, n]) => `${state} ${n}`)
    .join(", ");
  return `${TABLE_NAMES[count.table]}: ${count.total + count.skipped} rows; ${count.imported} ${dryRun ? "to import" : "imported now"}, ${count.importedBefore} imported before, ${count.skipped} skipped${states ? ` (${states})` : ""}`;
}

export function formatReport(report: ImportReport): string[] {
  const lines = [report.dryRun ? "Django app import, DRY RUN: nothing was written." : "Django app import."];
  lines.push(...report.tables.map((count) => tableLine(count, report.dryRun)));
  if (report.nothingToDo) lines.push("Nothing to import: every row was imported by an earlier run. Nothing was changed.");
  lines.push("", `Rows not taken as they are (${report.findings.length}):`);
  for (const finding of report.findings) lines.push(`  ${finding.table} ${finding.oldId}: ${finding.detail}`);
  lines.push("", "Money in the Django app (exact):");
  for (const total of report.before) lines.push(`  ${total.table} ${total.state}: ${total.count}, ${shillings(total.cents)}`);
  lines.push("", report.dryRun ? "Money here after the import (whole shillings):" : "Money here, imported rows (whole shillings):");
  for (const total of report.after) {
    const rounding = total.roundingCents === 0 ? "" : ` + ${shillings(total.roundingCents)} rounded up`;
    lines.push(
      `  ${STATE_NAMES[total.state]}: ${total.count}, ${shillings(total.kes * 100)} = ${shillings(total.oldCents)}${rounding}: ${total.agrees ? "agrees" : "DOES NOT AGREE (changed here since the import?)"}`,
    );
  }
  const { balances } = report;
  const balanceRounding = balances.roundingCents === 0 ? "" : ` + ${shillings(balances.roundingCents)} rounded up`;
  lines.push(
    `  balances still owed: ${shillings(balances.kes * 100)} = ${shillings(balances.oldCents)}${balanceRounding}: ${balances.agrees ? "agrees" : "DOES NOT AGREE"}`,
  );
  lines.push(
    "",
    'Staff logins of the Django app are not carried over: staff join by invite (npm run invite -- manager). Imported rows are recorded by the inactive staff member "Django app (import)".',
  );
  return lines;
}
