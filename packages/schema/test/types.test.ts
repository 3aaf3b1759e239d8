import type { Bulletin, DateSpan, Inline, Metric, ValidateBulletinResult } from "@bulletin/schema";
import { parseBulletin, safeParseBulletin } from "@bulletin/schema";
import { expectTypeOf, test } from "vitest";

test("inferred types: the model types are exact, not any", () => {
  expectTypeOf<Bulletin["schemaVersion"]>().toEqualTypeOf<"1">();
  expectTypeOf<Bulletin["issue"]["number"]>().toEqualTypeOf<number>();
  expectTypeOf<Metric["display"]>().toEqualTypeOf<
    | { scale?: "万" | "亿" | "万亿" | "none" | undefined; fractionDigits?: number | undefined }
    | undefined
  >();
  expectTypeOf<Extract<DateSpan, { kind: "xun" }>["part"]>().toEqualTypeOf<
    "early" | "mid" | "late"
  >();
  expectTypeOf<Extract<Inline, { type: "metric" }>>().toEqualTypeOf<{
    type: "metric";
    ref: string;
    text?: string;
  }>();
  expectTypeOf<Extract<Inline, string>>().toEqualTypeOf<string>();
});

test("inferred types: parse functions return the model", () => {
  expectTypeOf(parseBulletin).returns.toEqualTypeOf<Bulletin>();
  const r = safeParseBulletin({});
  if (r.success) expectTypeOf(r.data).toEqualTypeOf<Bulletin>();
  expectTypeOf<ValidateBulletinResult["bulletin"]>().toEqualTypeOf<Bulletin | undefined>();
});
