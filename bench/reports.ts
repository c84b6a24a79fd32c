// The report and export benchmark (`npm run bench:reports`): a year of a busy café (bench/busy-year.ts)
// in a fresh database, then how long the managers' figures take on it: periodReport (what /report shows)
// for a day, a week, a month and the year, /export of a month (its CSV files read to their end, as the
// upload reads them), and the takings chart of a day and of a month rendered to a PNG. The services are
// built by buildApp, as the service builds them, with the clock at the data set's last evening. Each
// measurement runs once cold (Prisma compiles a query shape on its first run) and then BENCH_REPORT_RUNS
// times. Prints figures; asserts nothing: they depend on the machine.
//
// BENCH_DATABASES: sqlite, postgresql (comma-separated; default sqlite); BENCH_REPORT_DAYS days of data
// (default 365), BENCH_REPORT_SESSIONS sessions a day (default 100), BENCH_REPORT_RUNS (default 5).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { buildApp } from "../src/app.js";
import { takingsChartPng, type TakingsChart } from "../src/charts/takings-chart.js";
import { parseConfig } from "../src/config/index.js";
import { openDb, type Db } from "../src/db/client.js";
import { applyMigrations } from "../src/db/migrations.js";
import { withDatabaseName, withPostgresConnection } from "../src/db/postgres.js";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../src/db/throwaway-postgres.js";
import { addDays, parseReportPeriod, type BusinessDays } from "../src/domain/dates.js";
import { createLogger } from "../src/logger.js";
import { EXPORT_TABLE_NAMES, type ExportWords } from "../src/services/exports.js";
import type { Services } from "../src/services/index.js";
import { texts } from "../src/texts/index.js";
import { FAKE_BOT_INFO, FAKE_TOKEN } from "../test/support/fake-telegram.js";
import { busyYear, seedPostgres, seedSqlite, type BusyYear } from "./busy-year.js";

const TIME_ZONE = "Africa/Nairobi";
const TODAY = "2026-11-29";
/** 22:00 on the last day in Nairobi: closing time, when the daily summary is read. */
const NOW = new Date("2026-11-29T19:00:00.000Z");

/** One thing timed: what it reads, and a few words on what it found (to show it did the work). */
interface Timing {
  label: string;
  run: (services: Services) => Promise<string>;
}

function period(words: string): BusinessDays {
  const read = parseReportPeriod(words, NOW, TIME_ZONE);
  if (!read.ok) throw new Error(`period ${words}: ${read.problem}`);
  return read.days;
}

function reportOf(label: string, days: BusinessDays): Timing {
  return {
    label: `periodReport, ${label} (${days.from} – ${days.to})`,
    run: async (services) => {
      const report = await services.reports.periodReport(days);
      return `${report.sessions.count} sessions ended, ${report.takings.count} payments paid, ${report.owed.count} owed`;
    },
  };
}

const words: ExportWords = { auditLine: (entry) => texts.audit.line(entry, TIME_ZONE) };

/** Every table's CSV file of the period, read to its end. */
function exportOf(label: string, days: BusinessDays): Timing {
  return {
    label: `export, ${label} (${days.from} – ${days.to})`,
    run: async (services) => {
      const files: string[] = [];
      for (const table of EXPORT_TABLE_NAMES) {
        const file = await services.exports.openExport(table, days, words);
        if (!file) continue;
        let bytes = 0;
        for await (const chunk of file.csv as AsyncIterable<Buffer>) bytes += chunk.length;
        files.push(`${table} ${file.rows()} rows ${(bytes / 1024).toFixed(0)} KiB`);
      }
      return files.join(", ");
    },
  };
}

/**
 * The takings chart of the period rendered to a PNG (as /report sends it). Its series is read once, by
 * the cold run (which also loads ECharts): the warm runs time the rendering alone.
 */
function chartOf(label: string, days: BusinessDays): Timing {
  let chart: Promise<TakingsChart> | undefined;
  return {
    label: `chart, ${label} (${days.from} – ${days.to})`,
    run: async (services) => {
      chart ??= services.reports.periodReport(days).then((report) => ({ days: report.days, ...report.takings.series }));
      const read = await chart;
      const png = await takingsChartPng(read);
      return `${read.buckets.length} bars by ${read.unit}, PNG ${(png.length / 1024).toFixed(0)} KiB`;
    },
  };
}

function timings(year: BusinessDays): Timing[] {
  return [
    reportOf("a day", period("today")),
    reportOf("a week", period("week")),
    reportOf("a month", period("month")),
    reportOf("the year", year),
    exportOf("a month", period("1/10/2026-31/10/2026")),
    chartOf("a day", period("yesterday")),
    chartOf("a month", period("1/10/2026-31/10/2026")),
  ];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function measure(services: Services, timing: Timing, runs: number): Promise<void> {
  let started = performance.now();
  const found = await timing.run(services);
  const cold = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    await timing.run(services);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  console.log(
    `  ${timing.label}: cold ${ms(cold)}; then median ${ms(median)}, min ${ms(times[0] ?? NaN)}, max ${ms(times.at(-1) ?? NaN)} (${runs} runs)\n    ${found}`,
  );
}

async function run(label: string, databaseUrl: string, data: BusyYear, runs: number): Promise<void> {
  const config = parseConfig({
    TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
    // Nothing calls Telegram: the bot is given its identity and no job is started.
    TELEGRAM_API_ROOT: "http://127.0.0.1:9",
    DATABASE_URL: databaseUrl,
    MPESA_ENVIRONMENT: "simulator",
    BUSINESS_TIMEZONE: TIME_ZONE,
  });
  const logger = createLogger({ level: "silent", format: "json", secrets: [FAKE_TOKEN] });
  const db: Db = await openDb(databaseUrl, { poolSize: config.service.databasePoolSize });
  try {
    const { services } = buildApp({ config, logger, db, botInfo: FAKE_BOT_INFO, clock: { now: () => NOW, sleep: async () => {} } });
    console.log(`${label}:`);
    for (const timing of timings({ from: data.from, to: data.to })) await measure(services, timing, runs);
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  const databases = (process.env.BENCH_DATABASES ?? "sqlite").split(",").map((name) => name.trim());
  const unknown = databases.filter((name) => name !== "sqlite" && name !== "postgresql");
  if (unknown.length > 0) throw new Error(`BENCH_DATABASES: ${unknown.join(", ")}; give sqlite, postgresql or both, comma-separated`);
  const days = Number(process.env.BENCH_REPORT_DAYS ?? 365);
  const sessionsPerDay = Number(process.env.BENCH_REPORT_SESSIONS ?? 100);
  const runs = Number(process.env.BENCH_REPORT_RUNS ?? 5);

  let started = performance.now();
  const data = busyYear({ today: TODAY, now: NOW, days, sessionsPerDay, timeZone: TIME_ZONE });
  console.log(
    `Report benchmark: ${days} days (${data.from} – ${addDays(data.from, days - 1)}) of about ${sessionsPerDay} sessions a day, ` +
      `${Object.entries(data.counts)
        .map(([table, count]) => `${count} ${table}`)
        .join(", ")}; made in ${ms(performance.now() - started)}`,
  );

  const dir = mkdtempSync(path.join(os.tmpdir(), "cafe-bench-reports-"));
  let cluster: ThrowawayPostgres | undefined;
  try {
    if (databases.includes("sqlite")) {
      const file = path.join(dir, "bench.db");
      const databaseUrl = `file:${file}`;
      await applyMigrations(databaseUrl);
      started = performance.now();
      const sqlite = new Database(file);
      seedSqlite(sqlite, data);
      sqlite.close();
      console.log(`SQLite: seeded in ${ms(performance.now() - started)}`);
      await run("SQLite", databaseUrl, data, runs);
    }
    if (databases.includes("postgresql")) {
      cluster = await startThrowawayPostgres();
      await withPostgresConnection(cluster.url, (client) => client.query(`CREATE DATABASE "cafe_bench_reports"`));
      const databaseUrl = withDatabaseName(cluster.url, "cafe_bench_reports");
      await applyMigrations(databaseUrl);
      started = performance.now();
      await withPostgresConnection(databaseUrl, (client) => seedPostgres(client, data));
      console.log(`PostgreSQL (a throwaway cluster on this machine, fsync off): seeded, vacuumed and analyzed in ${ms(performance.now() - started)}`);
      await run("PostgreSQL", databaseUrl, data, runs);
    }
  } finally {
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
