// The takings chart sent with a report: M-Pesa and cash stacked, by hour of one day or by day, as a PNG
// for Telegram's sendPhoto. ECharts draws it as SVG on the server (no browser, no canvas), and resvg turns
// the SVG into a PNG with the Inter font shipped in an npm package and no system font, so the picture is
// the same on every machine. Laid out for a phone about 400 px wide and drawn at twice that.
import { fileURLToPath } from "node:url";
import { renderAsync } from "@resvg/resvg-js";
import type { BusinessDays } from "../domain/dates.js";
import { texts } from "../texts/index.js";

/** ECharts with its bar chart and SVG renderer, loaded with the first chart: some 40 MB a service that draws none never holds. */
let loadedEcharts: Promise<typeof import("echarts/core")> | undefined;

function echartsLoaded(): Promise<typeof import("echarts/core")> {
  loadedEcharts ??= Promise.all([import("echarts/core"), import("echarts/charts"), import("echarts/components"), import("echarts/renderers")]).then(
    ([echarts, charts, components, renderers]) => {
      echarts.use([charts.BarChart, components.GridComponent, components.LegendComponent, components.TitleComponent, renderers.SVGRenderer]);
      return echarts;
    },
  );
  return loadedEcharts;
}

/** What the chart shows: a period's takings by hour or by day (the reports service gives them). */
export interface TakingsChart {
  days: BusinessDays;
  unit: "hour" | "day";
  buckets: { at: string; mpesaKes: number; cashKes: number }[];
}

/** The layout's size, in a phone's pixels. */
const WIDTH = 400;
const HEIGHT = 300;
const SCALE = 2;
/** The PNG's size in pixels. */
export const CHART_PNG = { width: WIDTH * SCALE, height: HEIGHT * SCALE };

const FONT = "Inter";
const FONT_FILES = [
  import.meta.resolve("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"),
  import.meta.resolve("@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf"),
].map((url) => fileURLToPath(url));
const COLOURS = { mpesa: "#2f9e44", cash: "#f08c00", text: "#212529", muted: "#495057", lines: "#dee2e6" };

/** The chart as SVG (ECharts' server-side renderer). */
async function takingsSvg({ days, unit, buckets }: TakingsChart): Promise<string> {
  const t = texts.reports.chart;
  const echarts = await echartsLoaded();
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height: HEIGHT });
  const bar = (name: string, colour: string, data: number[]) => ({ name, type: "bar" as const, stack: "takings", color: colour, data, barMaxWidth: 28 });
  chart.setOption({
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: FONT, color: COLOURS.text },
    title: { text: t.title(days, unit), left: "center", top: 8, textStyle: { fontSize: 15, fontWeight: 600, color: COLOURS.text } },
    legend: { top: 32, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 12, color: COLOURS.muted } },
    grid: { left: 8, right: 14, top: 60, bottom: 6, outerBoundsMode: "same", outerBoundsContain: "all" },
    xAxis: {
      type: "category",
      name: unit === "hour" ? t.hours : t.days,
      nameLocation: "middle",
      nameGap: 22,
      nameTextStyle: { fontSize: 11, color: COLOURS.muted },
      data: buckets.map((bucket) => t.bar(bucket.at, unit)),
      axisLabel: { fontSize: 11, color: COLOURS.muted, hideOverlap: true },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: "value",
      name: t.amounts,
      nameTextStyle: { fontSize: 11, color: COLOURS.muted, align: "right" },
      minInterval: 1,
      axisLabel: { fontSize: 11, color: COLOURS.muted, formatter: (value: number) => t.amount(value) },
      splitLine: { lineStyle: { color: COLOURS.lines } },
    },
    series: [
      bar(
        t.mpesa,
        COLOURS.mpesa,
        buckets.map((bucket) => bucket.mpesaKes),
      ),
      bar(
        t.cash,
        COLOURS.cash,
        buckets.map((bucket) => bucket.cashKes),
      ),
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** The chart as a PNG of CHART_PNG's size; drawn off the event loop (resvg's worker thread). */
export async function takingsChartPng(chart: TakingsChart): Promise<Buffer> {
  const image = await renderAsync(await takingsSvg(chart), {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT, sansSerifFamily: FONT },
    fitTo: { mode: "width", value: CHART_PNG.width },
    background: "#ffffff",
  });
  return image.asPng();
}
