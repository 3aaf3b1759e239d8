import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A `#` row (a part, `#居民家庭`) counts in the unit of the row above it that names one, except a
 * rate's row (`公共供水普及率(%)`, `比上年增长(%)`): a share has no parts, so the `#` row under it
 * takes no `%`. A `#` row under a row naming a quantity's unit still takes it. The lines are from
 * `city-utilities-2021-2023-tjnj`, cut short.
 */

const unitsOf = (lines: readonly string[], label: string): string[] =>
  parseBulletinText(lines.join("\n"))
    .bulletin.metrics.filter((m) => m.label.startsWith(label))
    .map((m) => m.unit);

const top = ["城市公用事业主要指标", "| 指标 | 2021 | 2022 | 2023 |"];

describe("a part's row under a rate's row", () => {
  test.each([
    {
      name: "under a rate's row, a part takes no percent",
      lines: [
        ...top,
        "| 公共供水总量(万立方米) | 59591 | 57464 | 60017 |",
        "| 公共供水普及率(%) | 98.44 | 98.88 | 99.22 |",
        "| #居民家庭 | 9 | 10 | 9 |",
      ],
      units: [],
    },
    {
      name: "under a row naming its quantity's unit, a part takes that unit (near miss)",
      lines: [
        ...top,
        "| 公共供水普及率(%) | 98.44 | 98.88 | 99.22 |",
        "| 公共供水总量(万吨) | 59591 | 57464 | 60017 |",
        "| #居民家庭 | 25762 | 25523 | 26343 |",
      ],
      units: ["吨", "吨", "吨"],
    },
  ])("parseBulletinText: $name", ({ lines, units }) => {
    expect(unitsOf(lines, "#居民家庭").concat(unitsOf(lines, "居民家庭"))).toEqual(units);
  });
});
