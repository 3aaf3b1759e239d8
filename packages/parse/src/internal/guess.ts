import type { Publication } from "@bulletin/schema";

/**
 * A section's kind from its title (docs/model.md): `overview` for figures of the period,
 * `window-news` for 窗口资讯, `news` for 动态/简讯, `progress` for work in progress.
 */
export function guessSectionKind(title: string): string | undefined {
  if (/窗口资讯|窗口动态/.test(title)) return "window-news";
  if (/推进情况|进展情况|重点工作|工作进展/.test(title)) return "progress";
  if (/运行情况|总体情况|基本情况|概况|数据统计|运行分析/.test(title)) return "overview";
  if (/动态|要闻|简讯|资讯/.test(title)) return "news";
  return undefined;
}

/** Whether the figures of a section are its data (overview, statistics) rather than story. */
export function isFigureSection(title: string, kind: string | undefined): boolean {
  return kind === "overview" || /统计|数据|指标|办件|业务量|运行/.test(title);
}

/** How often a bulletin appears, from its name: 月报 monthly, 周报 weekly… */
export function guessFrequency(title: string): Publication["frequency"] {
  if (/周报|周刊|每周/.test(title)) return "weekly";
  if (/月报|月刊|每月/.test(title)) return "monthly";
  if (/季报|季刊/.test(title)) return "quarterly";
  if (/年报|年刊/.test(title)) return "yearly";
  if (/日报/.test(title)) return "daily";
  return undefined;
}
