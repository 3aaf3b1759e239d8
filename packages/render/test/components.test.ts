import {
  type Components,
  defaultComponents,
  html,
  layoutBulletin,
  type ParagraphNode,
  RenderError,
  renderHtml,
} from "@bulletin/render";
import { arbitraryBulletin } from "@bulletin/testkit";
import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import { issue9, tiny } from "./fixtures";

// Property tests over hundreds of generated bulletins: on a shared, loaded machine they take
// longer than the default 30 s.
vi.setConfig({ testTimeout: 180_000 });

const KINDS = Object.keys(defaultComponents) as (keyof Components)[];

/** Every component replaced by one that calls the default with the same props. */
function passThrough(): Components {
  const out = {} as Record<string, unknown>;
  for (const kind of KINDS) {
    const fn = defaultComponents[kind] as (props: unknown) => unknown;
    out[kind] = (props: unknown) => fn(props);
  }
  return out as unknown as Components;
}

// Characters of the Private Use Area: no generated or fixture text holds them.
const OPEN = "\uE000";
const CLOSE = "\uE001";

/** One component wrapped so that what it writes is marked in the output. */
function marked(kind: keyof Components): Partial<Components> {
  const fn = defaultComponents[kind] as (props: unknown) => unknown;
  return {
    [kind]: (props: unknown) => html`${OPEN}${fn(props) as ReturnType<typeof html>}${CLOSE}`,
  } as Partial<Components>;
}

/** One component replaced by one that writes a token and its node's kind. */
function replaced(kind: keyof Components): Partial<Components> {
  return {
    [kind]: ({ node }: { node: { kind: string } }) => html`<x-${node.kind}></x-${node.kind}>`,
  } as Partial<Components>;
}

/** The output with every marked span replaced by the replacement's token. */
function substitute(markedOutput: string, kind: keyof Components): string {
  return markedOutput.replace(
    new RegExp(`${OPEN}[^${OPEN}${CLOSE}]*${CLOSE}`, "g"),
    `<x-${kind}></x-${kind}>`,
  );
}

describe("components", () => {
  test("components: wrapping every component as a pass-through writes exactly the default output, for any valid bulletin", () => {
    const components = passThrough();
    fc.assert(
      fc.property(arbitraryBulletin(), (b) => {
        expect(renderHtml(b, { components })).toBe(renderHtml(b));
        expect(renderHtml(b, { components, document: true })).toBe(
          renderHtml(b, { document: true }),
        );
      }),
      { numRuns: 250 },
    );
    expect(renderHtml(issue9(), { components })).toBe(renderHtml(issue9()));
  });

  test("renderHtml: a bulletin and its layout write the same bytes (written as laid out, or from the layout), for any valid bulletin and options", () => {
    fc.assert(
      fc.property(
        arbitraryBulletin(),
        fc.constantFrom<"arabic" | "chinese">("arabic", "chinese"),
        fc.boolean(),
        fc.constantFrom("zh-CN", 'x"<&>'),
        (b, dateStyle, document, lang) => {
          const layout = layoutBulletin(b, { dateStyle });
          expect(renderHtml(b, { dateStyle, document, lang })).toBe(
            renderHtml(layout, { document, lang }),
          );
        },
      ),
      { numRuns: 250 },
    );
  });

  test("components: replacing one component changes its nodes only; every other byte stays, for any valid bulletin", () => {
    fc.assert(
      fc.property(arbitraryBulletin(), fc.constantFrom(...KINDS), (b, kind) => {
        const plain = renderHtml(b);
        // The default output, with the nodes of this kind marked: marks removed, it is the same.
        const withMarks = renderHtml(b, { components: marked(kind) });
        expect(withMarks.replaceAll(OPEN, "").replaceAll(CLOSE, "")).toBe(plain);
        // Replaced: the same output with exactly those spans swapped for the replacement's.
        expect(renderHtml(b, { components: replaced(kind) })).toBe(substitute(withMarks, kind));
      }),
      { numRuns: 300 },
    );
  });

  test("components: each kind is called for its nodes of the reference issue, the date for lead dates too", () => {
    const counts: Record<string, number> = {};
    const components = {} as Record<string, unknown>;
    for (const kind of KINDS) {
      const fn = defaultComponents[kind] as (props: unknown) => unknown;
      components[kind] = (props: unknown) => {
        counts[kind] = (counts[kind] ?? 0) + 1;
        return fn(props);
      };
    }
    const b = issue9();
    b.sections.unshift({ title: "编者按", kind: "editor-note", items: [{ body: [["为推动。"]] }] });
    renderHtml(b, { components: components as Partial<Components> });
    const layout = layoutBulletin(b);
    const items = layout.sections.flatMap((s) => s.items);
    const paragraphs = items
      .flatMap((i) => i.blocks)
      .filter((b): b is ParagraphNode => b.kind === "paragraph");
    const runs = paragraphs.flatMap((p) => p.runs);
    const count = (kind: string) => runs.filter((r) => r.kind === kind).length;
    expect(counts).toEqual({
      masthead: 1,
      note: 1,
      section: 4,
      item: items.length,
      paragraph: paragraphs.length,
      lead: paragraphs.filter((p) => p.lead !== undefined).length,
      text: count("text"),
      metric: count("metric"),
      department: count("department"),
      date: count("date") + paragraphs.filter((p) => p.lead?.date !== undefined).length,
      title: count("title"),
      quote: count("quote"),
      tail: 1,
    });
  });

  test("components: an unknown kind or a value that is not a function is a RenderError invalid-option", () => {
    const unknown = { distribution: () => html`` } as unknown as Partial<Components>;
    expect(() => renderHtml(tiny(), { components: unknown })).toThrowError(
      expect.objectContaining({
        code: "invalid-option",
        message: expect.stringMatching(/distribution/),
      }),
    );
    const notFunction = { metric: "<b>" } as unknown as Partial<Components>;
    expect(() => renderHtml(tiny(), { components: notFunction })).toThrowError(RenderError);
    // A component left undefined is the default.
    expect(
      renderHtml(tiny(), { components: { metric: undefined } as unknown as Partial<Components> }),
    ).toBe(renderHtml(tiny()));
  });

  test("components: defaultComponents cannot be changed by a caller", () => {
    expect(Object.isFrozen(defaultComponents)).toBe(true);
  });
});
