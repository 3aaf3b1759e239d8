import { defineBulletin } from "@bulletin/sdk";

/**
 * 政务窗口月报 第10期, written by hand in TypeScript. Every field is completed by the editor and
 * checked by the compiler (try `frequency: "daily"`); `defineBulletin` validates and lints it
 * when the module loads, so a reference to a department that is not listed fails at once.
 */
export const issue10 = defineBulletin({
  schemaVersion: "1",
  publication: {
    title: "政务窗口月报",
    publisher: { name: "四川省政府政务服务和公共资源交易服务中心", shortName: "省中心" },
    frequency: "monthly",
  },
  issue: {
    number: 10,
    year: 2025,
    publishedOn: "2025-12-10",
    period: { kind: "month", month: "2025-10" },
  },
  departments: [
    {
      id: "provincial-service-center",
      name: "四川省政府政务服务和公共资源交易服务中心",
      shortName: "省中心",
    },
    { id: "forestry", name: "四川省林业和草原局", shortName: "省林草局" },
  ],
  metrics: [
    {
      id: "handled",
      label: "省本级办理政务服务事项",
      value: 61200,
      unit: "件",
      display: { scale: "万", fractionDigits: 2 },
      comparison: { basis: "mom", previous: 58800, change: 4.08 },
    },
  ],
  sections: [
    {
      title: "2025年10月总体运行情况",
      kind: "overview",
      items: [
        {
          body: [
            [
              { type: "department", ref: "provincial-service-center" },
              "10月办理政务服务事项",
              { type: "metric", ref: "handled" },
              "。",
            ],
          ],
        },
      ],
    },
    {
      title: "窗口动态",
      kind: "window-news",
      items: [
        {
          title: "林草审批提速",
          date: { kind: "xun", month: "2025-10", part: "mid" },
          departmentRefs: ["forestry"],
          body: [
            [
              { type: "department", ref: "forestry" },
              "窗口推行林木采伐许可",
              { type: "emphasis", text: "即来即办" },
              "。",
            ],
          ],
        },
      ],
    },
  ],
});
