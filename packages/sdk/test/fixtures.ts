import type { Bulletin } from "@bulletin/schema";

/** A small valid, lint-clean bulletin: the shape of the reference issue in a few hundred bytes. */
export function smallBulletin(number = 9): Bulletin {
  return {
    schemaVersion: "1",
    publication: {
      title: "政务窗口月报",
      publisher: { name: "四川省政府政务服务和公共资源交易服务中心", shortName: "省中心" },
      frequency: "monthly",
    },
    issue: {
      number,
      year: 2025,
      publishedOn: "2025-11-10",
      period: { kind: "month", month: "2025-09" },
    },
    departments: [
      { id: "center", name: "四川省政府政务服务和公共资源交易服务中心", shortName: "省中心" },
    ],
    metrics: [
      {
        id: "handled",
        label: "办理政务服务事项",
        value: 58800,
        unit: "件",
        display: { scale: "万", fractionDigits: 2 },
      },
    ],
    sections: [
      {
        title: "总体运行情况",
        items: [
          {
            body: [
              [
                { type: "department", ref: "center" },
                "办理政务服务事项",
                { type: "metric", ref: "handled" },
                "。",
              ],
            ],
          },
        ],
      },
    ],
  };
}

/** Collects an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Splits text or bytes into pieces of `size` (bytes split anywhere, mid-character included). */
export function* pieces(data: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}
