import { escapeHtml, html, isSafeHtml, type SafeHtml } from "@bulletin/render";
import { hostileString } from "@bulletin/testkit";
import fc from "fast-check";
import { parseFragment } from "parse5";
import { describe, expect, expectTypeOf, test } from "vitest";

describe("SafeHtml", () => {
  test("escapeHtml: escapes & < > \" ' and leaves other text as it is", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
    );
    expect(escapeHtml("政务窗口月报 5.88万件")).toBe("政务窗口月报 5.88万件");
  });

  test("html: escapes every interpolated value in text and in quoted attributes", () => {
    fc.assert(
      fc.property(hostileString(), (s) => {
        const out = String(html`<p title="${s}" class='${s}'>${s}</p>`);
        const p = parseFragment(out).childNodes;
        expect(p).toHaveLength(1);
        const el = p[0] as unknown as { tagName: string; attrs: { name: string }[] };
        expect(el.tagName).toBe("p");
        expect(el.attrs.map((a) => a.name)).toEqual(["title", "class"]);
      }),
    );
  });

  test("html: inserts SafeHtml as it is, joins arrays and skips null, undefined and booleans", () => {
    const inner = html`<b>${"<粗>"}</b>`;
    expect(
      String(html`<p>${inner}${["a", html`<i>b</i>`, 3]}${null}${undefined}${false}${true}</p>`),
    ).toBe("<p><b>&lt;粗&gt;</b>a<i>b</i>3</p>");
  });

  test("isSafeHtml: accepts values made by html and rejects strings and look-alike objects", () => {
    expect(isSafeHtml(html`<b>x</b>`)).toBe(true);
    expect(isSafeHtml("<b>x</b>")).toBe(false);
    expect(isSafeHtml({ toString: () => "<b>x</b>" })).toBe(false);
    expect(String(html`${{ toString: () => "<b>x</b>" } as unknown as string}`)).toBe(
      "&lt;b&gt;x&lt;/b&gt;",
    );
  });

  test("SafeHtml: a plain string does not type-check as SafeHtml", () => {
    expectTypeOf<string>().not.toExtend<SafeHtml>();
    expectTypeOf(html`<b></b>`).toEqualTypeOf<SafeHtml>();
    // @ts-expect-error a string is not SafeHtml
    const notHtml: SafeHtml = "<b>x</b>";
    expect(typeof notHtml).toBe("string");
  });
});
