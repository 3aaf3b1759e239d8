import { readFileSync } from "node:fs";
import {
  type BulletinLayout,
  escapeHtml,
  layoutBulletin,
  officialStylesheet,
  renderHtml,
  renderMarkdown,
  renderText,
} from "@bulletin/render";
import { type Bulletin, validateBulletin } from "@bulletin/schema";
import { arbitraryBulletin } from "@bulletin/testkit";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { compare, type TaskResult, target, writeResult } from "../lib/measure";
import { renderEta, renderReact } from "../lib/render-peers";

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/**
 * A replay of finished HTML: its runs of markup between text, and its text runs with their
 * entities decoded, so that appending each markup run as it is and each text run through
 * `escapeHtml` writes the same HTML again. Markup that holds model text (attribute values)
 * counts as markup here, which only makes the replay faster.
 */
function replayOf(html: string): () => string {
  const runs = html.split(/((?:<[^>]*>)+)/);
  const parts = runs.map((run, k) =>
    k % 2 === 1 ? run : run.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e),
  );
  return () => {
    let out = "";
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k] as string;
      out += k % 2 === 1 ? part : escapeHtml(part);
    }
    return out;
  };
}

let sink: unknown;

/**
 * A task that is one pass over the pool, each call on the next input, round robin: every
 * timed batch covers the whole pool alike (a batch of single calls would cover a different
 * part of it each round). Its time per call is the time of a pass divided by the pool's size.
 */
function roundRobin<T>(pool: readonly T[], fn: (input: T) => unknown): () => unknown {
  return () => {
    for (let k = 0; k < pool.length; k++) sink = fn(pool[k] as T);
    return sink;
  };
}

const POOL_SIZE = 64;
const ROUNDS = 41;
const ROUND_MS = 40;

/**
 * The render suite, on a pool of the reference issue and 64 generated bulletins (every kind of
 * the model, a fixed seed), each task taking the next bulletin of the pool on each call, so that
 * no cache can serve a repeat. Measured in one run, interleaved:
 * - `layoutBulletin` alone, and renderHtml, renderMarkdown and renderText from a bulletin;
 * - renderHtml against markdown-it rendering each bulletin's own renderMarkdown output;
 * - against React 19 `renderToStaticMarkup` of an equivalent element tree and a precompiled eta
 *   template, each given the layout (built in the task, as renderHtml builds it) and checked to
 *   write renderHtml's exact output for every bulletin of the pool;
 * - the same three given a ready layout, so that writer is compared with writer;
 * - against the floor: replaying renderHtml's finished output (markup runs appended, text runs
 *   escaped), with no walk, no lookups, no formatting.
 */
export async function run(): Promise<void> {
  const root = new URL("../../../../", import.meta.url);
  const text = readFileSync(new URL("examples/sichuan-window-monthly/issue-9.json", root), "utf8");
  const { ok, bulletin } = validateBulletin(JSON.parse(text));
  if (!ok || bulletin === undefined) throw new Error("the reference issue must be valid");
  const pool: Bulletin[] = [
    bulletin,
    // Without tables: the pool of earlier runs (the peers write paragraphs only). Each one as a
    // user has a bulletin, like the reference issue: read from JSON and validated. fast-check's
    // own objects and strings are slower to read than parsed JSON (renderHtml took ~25 % longer
    // on them, layoutBulletin ~30 %), a cost of the generator that no real input has; every task
    // that lays a bulletin out, the peers' included, paid it.
    ...fc
      .sample(arbitraryBulletin({ tables: false }), { numRuns: POOL_SIZE, seed: 20261201 })
      .map((generated, k) => {
        const read = validateBulletin(JSON.parse(JSON.stringify(generated)));
        if (!read.ok || read.bulletin === undefined)
          throw new Error(`generated bulletin ${k} must be valid`);
        return read.bulletin;
      }),
  ];

  const md = new MarkdownIt();
  const markdowns = pool.map((b) => renderMarkdown(b));
  const layouts = pool.map((b) => layoutBulletin(b));
  const fragments = pool.map((b) => renderHtml(b));
  const replays = fragments.map((html) => {
    const replay = replayOf(html);
    if (replay() !== html) throw new Error("the replay must write renderHtml's output");
    return replay;
  });
  pool.forEach((_, k) => {
    const layout = layouts[k] as BulletinLayout;
    if (renderReact(layout) !== fragments[k])
      throw new Error(`React's element tree must write renderHtml's output (bulletin ${k})`);
    if (renderEta(layout) !== fragments[k])
      throw new Error(`the eta template must write renderHtml's output (bulletin ${k})`);
  });
  const indexes = pool.map((_, k) => k);

  const passes = compare(
    [
      { name: "layoutBulletin", fn: roundRobin(pool, (b) => layoutBulletin(b)) },
      { name: "renderHtml (fragment)", fn: roundRobin(pool, (b) => renderHtml(b)) },
      {
        name: "renderHtml of a ready layout (the writer alone)",
        fn: roundRobin(layouts, (l) => renderHtml(l)),
      },
      {
        name: "renderHtml (document, official theme)",
        fn: roundRobin(pool, (b) => renderHtml(b, { document: true })),
      },
      {
        name: "eta: precompiled template of layoutBulletin's layout",
        fn: roundRobin(pool, (b) => renderEta(layoutBulletin(b))),
      },
      {
        name: "React 19 renderToStaticMarkup of layoutBulletin's layout",
        fn: roundRobin(pool, (b) => renderReact(layoutBulletin(b))),
      },
      { name: "eta of a ready layout (the template alone)", fn: roundRobin(layouts, renderEta) },
      {
        name: "React of a ready layout (renderToStaticMarkup alone)",
        fn: roundRobin(layouts, renderReact),
      },
      {
        name: "markdown-it render of the bulletin's renderMarkdown output",
        fn: roundRobin(markdowns, (m) => md.render(m)),
      },
      { name: "renderMarkdown", fn: roundRobin(pool, (b) => renderMarkdown(b)) },
      { name: "renderText", fn: roundRobin(pool, (b) => renderText(b)) },
      {
        name: "floor: replay of renderHtml's output (markup appended, text escaped)",
        fn: roundRobin(indexes, (k) => (replays[k] as () => string)()),
      },
      // Many short rounds: on a shared machine the load changes within seconds, and short
      // interleaved rounds spread it over every task alike.
    ],
    { rounds: ROUNDS, roundMs: ROUND_MS, clock: "cpu" },
  );
  // Per bulletin: a task's call is one pass over the pool.
  for (const r of passes) {
    r.meanMicroseconds /= pool.length;
    r.opsPerSecond *= pool.length;
    if (r.elapsedMicroseconds !== undefined) r.elapsedMicroseconds /= pool.length;
  }
  const results = passes;
  for (const r of results) console.log(`${r.name}: ${r.opsPerSecond.toFixed(0)} bulletins/s`);
  const [layout, fragment, writer, page, eta, react, etaAlone, reactAlone, markdownIt, , , floor] =
    results;
  if (
    !layout ||
    !fragment ||
    !writer ||
    !page ||
    !eta ||
    !react ||
    !etaAlone ||
    !reactAlone ||
    !markdownIt ||
    !floor
  )
    throw new Error("missing results");

  const ratiosOf = (t: (r: TaskResult) => number) => ({
    etaTimeOverRenderHtmlTime: t(eta) / t(fragment),
    reactTimeOverRenderHtmlTime: t(react) / t(fragment),
    renderHtmlTimeOverFloor: t(fragment) / t(floor),
    markdownItTimeOverRenderHtmlTime: t(markdownIt) / t(fragment),
    layoutShareOfRenderHtml: t(layout) / t(fragment),
    writerAloneTimeOverFloor: t(writer) / t(floor),
    etaAloneTimeOverWriterAloneTime: t(etaAlone) / t(writer),
    reactAloneTimeOverWriterAloneTime: t(reactAlone) / t(writer),
  });
  // The targets are read on CPU time; the same ratios of the elapsed medians are kept beside.
  const ratios = ratiosOf((r) => r.meanMicroseconds);
  const elapsedRatios = ratiosOf((r) => r.elapsedMicroseconds ?? Number.NaN);
  const targets = [
    target("renderHtml speed / eta template speed", ratios.etaTimeOverRenderHtmlTime, ">=", 1),
    target(
      "renderHtml speed / React renderToStaticMarkup speed",
      ratios.reactTimeOverRenderHtmlTime,
      ">=",
      7,
    ),
    target("renderHtml time / floor (output replay) time", ratios.renderHtmlTimeOverFloor, "<=", 2),
  ];

  const bytes = (s: string): number => Buffer.byteLength(s);
  const sum = (xs: readonly string[]): number => xs.reduce((n, s) => n + bytes(s), 0);
  const sizes = {
    officialCss: bytes(officialStylesheet),
    issue9HtmlFragment: bytes(fragments[0] as string),
    issue9HtmlDocument: bytes(renderHtml(bulletin, { document: true })),
    issue9Markdown: bytes(markdowns[0] as string),
    issue9Text: bytes(renderText(bulletin)),
    poolHtmlFragments: sum(fragments),
    poolMarkdown: sum(markdowns),
  };
  for (const [name, n] of Object.entries(sizes)) console.log(`${name}: ${n} bytes`);
  for (const [name, r] of Object.entries(ratios))
    console.log(
      `${name}: ${r.toFixed(2)} (elapsed: ${elapsedRatios[name as keyof typeof ratios].toFixed(2)})`,
    );

  writeResult("render", {
    input: {
      pool: `examples/sichuan-window-monthly/issue-9.json and ${POOL_SIZE} bulletins of arbitraryBulletin({ tables: false }) (seed 20261201), each written to JSON, read back and validated (as issue-9 is), round robin`,
      bulletins: pool.length,
      issue9Bytes: bytes(text),
    },
    results,
    ratios,
    elapsedRatios,
    floor: {
      runs: fragments.reduce((n, html) => n + html.split(/((?:<[^>]*>)+)/).length, 0),
      note: "renderHtml's finished fragment of each bulletin replayed: markup runs appended as they are, text runs through escapeHtml; no model walk, lookups or formatting. No renderer that escapes its text beats it.",
    },
    method: `${ROUNDS} interleaved rounds of about ${ROUND_MS} ms each; each round starts after a minor GC, so that a task pays for its own garbage only. A round's time is the process's CPU time (every thread, the collector's helpers included): on this shared machine (2 cores, several other processes) elapsed time also counts the waits for a core. meanMicroseconds is the median round's CPU time per bulletin, elapsedMicroseconds the median round's elapsed time per bulletin; ratios are ratios of those medians from this one run (elapsedRatios from the elapsed medians).`,
    peers: {
      note: "eta and React are given layoutBulletin's layout, built inside the timed call as renderHtml builds it, and write renderHtml's exact output for every bulletin of the pool (checked before timing).",
    },
    bytes: sizes,
    targets,
  });
}
