import { parseBulletinText } from "@bulletin/parse";

/**
 * The metrics a paragraph under one section yields, each as `label=valueunit`: the shared reading
 * of the table-driven figure tests (`figures("全年帮扶3200户实现稳定增收。")` →
 * `["全年帮扶=3200户"]`).
 */
export const figures = (body: string): string[] =>
  parseBulletinText(`一、工作动态\n${body}`).bulletin.metrics.map(
    (m) => `${m.label}=${m.value}${m.unit}`,
  );
