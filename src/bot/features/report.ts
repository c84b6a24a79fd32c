// /report (managers): takings, sessions and money owed for today, yesterday, the last week, this month,
// a day or a range of business days, then the takings chart when money came in. Operators are told it
// is for managers.
import { InputFile } from "grammy";
import { takingsChartPng } from "../../charts/takings-chart.js";
import { parseReportPeriod } from "../../domain/dates.js";
import { texts } from "../../texts/index.js";
import type { Feature, FeatureDeps } from "../feature.js";
import { ManagersOnly } from "../managers-only.js";

const t = texts.reports;

export function reportFeature({ services, config }: FeatureDeps): Feature {
  const managers = new ManagersOnly();
  const timeZone = config.service.timezone;

  managers.command("report", async (ctx) => {
    const period = parseReportPeriod(ctx.match, ctx.now(), timeZone);
    if (!period.ok) {
      await ctx.reply(t.problem[period.problem]);
      return;
    }
    const report = await services.reports.periodReport(period.days);
    await ctx.reply(t.report(report, timeZone));
    if (report.takings.count === 0) return;
    const png = await takingsChartPng({ days: report.days, ...report.takings.series });
    await ctx.replyWithPhoto(new InputFile(png, "takings.png"), { caption: t.chart.caption(report.days) });
  });

  return { handlers: managers };
}
