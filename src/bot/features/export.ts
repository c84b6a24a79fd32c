// /export (managers): the payments, sessions, customers, shifts and audit trail of a period of business
// days (the periods /report reads) as CSV documents, one per table, streamed from the database into the
// upload. Operators are told it is for managers.
import { InputFile } from "grammy";
import { parseReportPeriod } from "../../domain/dates.js";
import { EXPORT_TABLE_NAMES, type ExportWords } from "../../services/exports.js";
import { texts } from "../../texts/index.js";
import type { Feature, FeatureDeps } from "../feature.js";
import { ManagersOnly } from "../managers-only.js";

const t = texts.exports;

export function exportFeature({ services, config }: FeatureDeps): Feature {
  const managers = new ManagersOnly();
  const timeZone = config.service.timezone;
  const words: ExportWords = { auditLine: (entry) => texts.audit.line(entry, timeZone) };

  managers.command("export", async (ctx) => {
    const period = parseReportPeriod(ctx.match, ctx.now(), timeZone);
    if (!period.ok) {
      await ctx.reply(t.problem[period.problem]);
      return;
    }
    const sent: { table: string; rows: number }[] = [];
    const empty: string[] = [];
    for (const table of EXPORT_TABLE_NAMES) {
      const file = await services.exports.openExport(table, period.days, words);
      if (!file) {
        empty.push(table);
        continue;
      }
      await ctx.replyWithDocument(new InputFile(file.csv, file.fileName));
      sent.push({ table, rows: file.rows() });
    }
    await ctx.reply(sent.length === 0 ? t.nothing(period.days, empty) : t.sent(period.days, sent, empty, timeZone));
  });

  return { handlers: managers };
}
