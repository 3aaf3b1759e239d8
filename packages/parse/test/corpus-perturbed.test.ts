import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import {
  asciiMarks,
  fullWidthMarks,
  isPageFurniture,
  PERTURBATIONS,
  type Perturbation,
  seedOf,
  wrap,
} from "./corpus/perturb";
import {
  compareFacts,
  type Facts,
  hanRuns,
  keptRun,
  modelText,
  type Outcome,
  readCorpus,
  recall,
} from "./corpus/recall";

/**
 * Metamorphic check of the parser on the real tuning texts (corpus/README.md, "Perturbed
 * texts"): each text is perturbed the ways real PDF and web extraction give the same text
 * (corpus/perturb.ts: full-width marks, re-wrapped paragraphs, stray spaces, web furniture, line
 * ends, blank lines, indentation), parsed again and compared with its hand-written facts. The
 * facts stay true under every perturbation, so every fact lost is a rule that fits the shape of
 * the texts it was written from rather than what they say.
 */
const corpus = readCorpus().filter((c) => c.fixture.set === "tuning");

interface Run {
  outcomes: Outcome[];
  /** Han runs of three or more characters in no part of the model and on no line warned about. */
  lost: string[];
}

function run(text: string, facts: Facts): Run {
  const result = parseBulletinText(text);
  const kept = modelText(result.bulletin);
  const warned = new Set(result.warnings.map((w) => w.position.line));
  const lost = hanRuns(text)
    .filter(({ line, run }) => !keptRun(result.bulletin, kept, run) && !warned.has(line))
    .map(({ run }) => run);
  return { outcomes: compareFacts(result.bulletin, facts), lost };
}

const unperturbed = corpus.map((c) => run(c.text, c.facts));

/**
 * The floor of each perturbation (a ratchet): the facts found and the texts that lose a sentence
 * when this was last raised, on the 508 tuning texts (9187 facts; 9180 found unperturbed), on
 * branch s12a (rules from the misses of the formerly held-out-16 texts and of batch s10c; 9160
 * found unperturbed before them, with held-out-16 moved in). Raised before that on the 488 tuning
 * texts (8788 facts; 8773 found unperturbed), after the rounds of session 10 were merged (s10a: the misses of the formerly held-out-15 texts and of
 * batch s10c; s10b: batch s10d's; the cells kept from the page furniture, and run-in headings glued
 * to a clause of time). Raised before that on branch s10a alone, on the 467 tuning texts (8457
 * facts; 8442 found unperturbed; the formerly held-out-15 rules alone raised every floor by 6 to 7
 * on the 446 texts, and batch s10c was merged in with 8430 found unperturbed). Raised before
 * that on the 428 tuning texts (7664 facts; 7661 found unperturbed), after the
 * rounds of session 9 (branches s9a, s9b, s9d and s9e, from the misses of the formerly held-out-12,
 * -13 and -14 texts and of batch s9c) and s9s's speed changes were merged. Raised before that
 * on the 367 tuning texts (6571 facts; 6564 found unperturbed), on branch
 * s9a (rules from the misses of the formerly held-out-12 texts; before them, with those texts moved
 * in, 6545 were found unperturbed, rewrap 6533, rewrap-mid-number 6533, pdf-like 6530, pdf-pages
 * 6512, and pdf-pages had two texts losing a sentence: a traditional unit broken over two lines,
 * `876億` / `千瓦時`, warned on the line with less of it). Raised before that on the 346 tuning texts
 * (6064 facts; 6057 found unperturbed), after the two rounds of rules of session 8 (branches s8a–s8d, from the misses of the formerly held-out-9 and
 * -11 texts) and s8s's speed changes were merged. Raised before that on the 305 tuning texts (5304
 * facts; 5294 found unperturbed), after
 * the rules the misses of the formerly held-out-7, -8 and -10 texts showed (branches s7a, s7b and
 * s7d; 5226 found before them) and s7c's rules on lines a page broke were merged.
 * A rule that loses facts under a perturbation fails here; a rule that gains raises the floor.
 * On s7c's branch alone, the rules on lines a page broke (wrapped-lines.test.ts) raised rewrap from
 * 5210, rewrap-mid-number from 5204, pdf-like from 5193 (web-furniture's 5227 was measured already).
 * pdf-pages (added then) was 5188 found and 23 texts losing a sentence when first measured, before
 * the page furniture was taken out ahead of the table finder and warnings counted a form feed as no
 * line break; its losses left are mostly tables (see the note of session 7, s7c).
 * Raised on 2026-12-03 to the merged tree of session 12 (560 tuning texts, 10075 facts, 10060 found
 * unperturbed; the rules of s12a, s12b, s12f and s12h and the table finder's runs of one-cell lines).
 * Raised again on 2026-12-03 (session 13) to 644 tuning texts, 11691 facts, 11653 found unperturbed
 * (held-out-17 moved in; batches s13b, s13d, s13e and s13g; the rules of s13a, s13c, s13f and s13h).
 * Raised again on 2026-12-03 (session 14) to 722 tuning texts, 13263 facts, 13209 found unperturbed
 * (held-out-18 moved in; batches s14c, s14e and s14g; the rules of s14a, s14b, s14d, s14f and s14h;
 * units compared in simplified characters).
 * Raised again on 2026-12-03 (session 15) to 812 tuning texts, 15310 facts, 15246 found unperturbed
 * (held-out-19 moved in; batches s15b, s15c, s15f, s15h and s15j; the rules of s15a, s15d, s15e, s15i and the coordinator's).
 * Raised again on 2026-12-03 (session 16) to 876 tuning texts, 16587 facts, 16497 found unperturbed (held-out-20 moved in; batches s16b, s16c and s16f; the rules of s16e and the coordinator's).
 * Raised again on 2026-12-03 (session 17) to 972 tuning texts, 18423 facts, 18303 found unperturbed (held-out-21 to -24 moved in; batch s17b; the rules of s17e and the coordinator's).
 * Raised 2026-12-03 (session 18) to the merged tree over 1133 tuning texts (21371 unperturbed).
 * pdf-pages raised 2026-12-04 on branch s19p (1212 tuning texts, 23046 facts, 22820 found
 * unperturbed) from 22698 to 22744: a form feed alone on its line leaves no blank line (28 tables and
 * 17 figures a page break parted read whole again), and a heading at a page's top under a line short
 * of the page's width starts a part of its own (form-feed-lines.test.ts, headings-at-page-tops.test.ts).
 * Raised 2026-12-04 (session 19) to the merged tree over 1212 tuning texts (22886 unperturbed; held-out-33 to -36 moved in; the rules of s19a–d, s19p and s19t). doubled-blank-lines reads 14 facts fewer than unperturbed: s19t's blank cells from empty lines hold for copies whose cells one empty line parts, and the tables they gained (shanghai-industry-2020-11, shanghai-gdp-2022h1-trad, zizhou-stats-bulletin-2023) read under doubled blank lines as before the rule.
 * 2026-12-04 (session 21: held-out-43 to -46 moved to tuning, 1411 texts; s21a–d merged): raised to the merged tree (27117 unperturbed).
 * Raised on 2026-12-04 (session 22) to the tree with its tuners merged (28817 of 29075 unperturbed over 1492 tuning texts).
 * Raised on 2026-12-04 (session 23: held-out-51 to -58 and cug-gaojiao-xinxi-2004-1 moved to tuning, 1652 texts; s23a–c
 * merged) to the merged tree (32209 of 32525 unperturbed).
 * Raised on 2026-12-04 (session 24: held-out-59 to -66 and two texts of held-out-70 moved to tuning, 1813 texts; s24a–e and
 * the fixes for lines lost with a table's caption or rows without figures merged) to the merged tree (35753 of 36117
 * unperturbed).
 * Raised on 2026-12-04 (session 25: held-out-67 to -78 moved to tuning, 2047 texts; s25a–e merged) to the merged tree
 * (40451 of 40988 unperturbed).
 * Raised on 2026-12-05 (session 26: held-out-79 to -87 and tianjin-court-report-2025 moved to tuning, 2228 texts; s26a–e
 * merged, with the older tests they broke mended) to the merged tree (44123 of 44712 unperturbed).
 * Raised on 2026-12-05 (session 27: held-out-88 to -97 and zhenwen-town-gazetteer-2016 moved to tuning, 2428 texts;
 * s27a–e merged) to the merged tree (47968 of 48654 unperturbed).
 * Raised on 2026-12-05 (session 28: held-out-98 to -105 and tibet-tourism-2013 moved to tuning, 2588 texts; s28a–f
 * merged, with the near-miss tests they crossed moved) to the merged tree (51354 of 52064 unperturbed).
 * Raised on 2026-12-05 (session 29: held-out-106 to -113 moved to tuning, 2747 texts; s29a–e merged) to the merged tree
 * (54609 of 55373 unperturbed).
 * Raised on 2026-12-05 (session 30: held-out-114 to -121 moved to tuning, 2906 texts; s30a–e merged) to the merged tree
 * (57663 of 58467 unperturbed).
 * Raised on 2026-12-05 (session 31: held-out-122 to -129 and liaocheng-procurement-mall-2023q4 moved to tuning, 3067
 * texts; s31a–e merged, with the older tests they crossed kept) to the merged tree (61051 of 61877 unperturbed).
 * Raised on 2026-12-05 (session 32: held-out-130 to -137 moved to tuning, 3226 texts, and zigong-daan-investment-1-4 of
 * held-out-144; s32a–d and s32s merged) to the merged tree (64369 of 65277 unperturbed).
 * Raised on 2026-12-05 (session 33: held-out-138 to -145 moved to tuning, 3386 texts; s33a–d and s33s merged, with the
 * related-links lines read for no page field) to the merged tree (67632 of 68675 unperturbed).
 * Raised on 2026-12-06 (session 34: held-out-146 to -153 moved to tuning, 3546 texts, with tibet-stats-2025q3 of
 * held-out-154 and caas-work-meeting-2014-cyol of held-out-160; s34a–d and s34s merged) to the merged tree (70725 of
 * 72003 unperturbed).
 * Raised on 2026-12-06 (session 35: held-out-154 to -161 moved to tuning, 3706 texts; s35a–d merged) to the merged tree
 * (73402 of 74789 unperturbed).
 * Raised on 2026-12-06 (session 36: held-out-162 to -169 moved to tuning, 3866 texts, with gaotang-poverty-2017-dzwww of
 * held-out-171; amounts printed as bounds read as figures with their 余/多 mark; s36a–d merged) to the merged tree
 * (76566 of 77943 unperturbed).
 * Raised on 2026-12-06 (session 37: held-out-170 to -177 moved to tuning, 4026 texts with
 * national-online-zwfw-index-2019-kuaihz of held-out-173, added once the table reader kept its rows; s37a–f merged) to
 * the merged tree (79834 of 81285 unperturbed).
 * Raised on 2026-12-06 (session 38: held-out-178 to -185 moved to tuning, 4186 texts; figures in Han numerals read;
 * s38a–f merged) to the merged tree (82715 of 84245 unperturbed).
 * Raised on 2026-12-06 (session 39: held-out-186 to -193 moved to tuning, 4346 texts; s39a–g merged, steps in
 * percentage points read as figures) to the merged tree (85817 of 87368 unperturbed).
 * Raised on 2026-12-06 (session 40: held-out-194 to -201 moved to tuning, 4506 texts; s40a–e and s40g merged,
 * traditional steps in points read as figures) to the merged tree (89257 of 90801 unperturbed).
 * Raised on 2026-12-06 (session 41) to the tree with three tuners' rules (+37) and the oracle's table-alternatives fix
 * (+4): 92481 found unperturbed of 94097, held-out-202 to -209 moved into tuning.
 * Raised on 2026-12-07 (session 43) to the tree of session 42's rules with held-out-210 to -225 moved into tuning (4986
 * texts): 99049 found unperturbed of 100947. One text lost a sentence under every perturbation, as it did unperturbed:
 * `sichuan-minzheng-2022-09-mzt` (a form's header fields), mended the same session (s43a), so `losingSentences` is 0 again.
 * Raised again the same day to the tree with session 43's six tuners merged (99146 found unperturbed, +97). web-furniture
 * reads 24 facts fewer than unperturbed (none before): the numbered statistics form of `sichuan-minzheng-2022-09-mzt` (its
 * table and 21 figures) is not read under a breadcrumb and tool links at the head, nor `huzhou-insurance-2008-yearbook-table`'s
 * title; rules that fit the pages they were written from, left for the next session.
 * Session 44 moved held-out-226 to -230 into tuning (5086 texts) with the known loss of
 * `national-grain-2016-tables-trad-011088` (`KNOWN_LOSSES` in corpus.test.ts: a group label under a table's first row
 * dropped), which every perturbation shares: `losingSentences` is 1 until it is mended. Mended the same session (s44a:
 * a one-cell row under a headless table's first row of figures is a row of the body), so `losingSentences` is 0 again.
 * Raised the same day to the tree with session 44's six tuners merged (101286 found unperturbed of 103166, 5086 texts):
 * web-furniture now reads one fact more than unperturbed (s44e: furniture around a table is no line of it; 13 facts are
 * still lost under it, 36 before).
 * Raised on 2026-12-07 (session 45: held-out-231 to -235 moved into tuning, 5186 texts) to the tree with session 45's
 * tuners merged (103721 found unperturbed of 105642). A delivery line and its speaker's line are no longer joined into a
 * title under pdf-pages (`chongqing-admin-state-assets-2023-cqrd` lost its title lines there, a text moved in this
 * session); a tuner's rule for untitled re-wrapped openings was reverted for making a text lose a run under four of these.
 * Raised on 2026-12-07 (session 46: held-out-236 to -240 moved into tuning, 5286 texts, and facts of 30 texts revised by a
 * reader to the README's rules on bracketed units, 千公顷 and publishers) to the tree with session 46's first five tuners
 * merged (105738 found unperturbed of 107745). That untitled re-wrapped-opening rule is back with an indented-paragraph
 * guard, and the corpus oracle no longer counts a heading's ordinal run in after Han text as part of a run: titles lost
 * under rewrap 149 → 92, under pdf-pages 153 → 86. Raised again the same day to the tree with all eight of the session's
 * tuners merged (105768 found unperturbed, +30).
 * Raised on 2026-12-07 (session 47: held-out-241 to -245 moved into tuning, 5386 texts) to the tree with session 47's
 * seven tuners merged (107969 found unperturbed of 109936). A first line that fills the page and whose clause the next
 * line ends starts the re-wrapped paragraph (titles lost under rewrap 82, 92 at the last floors on 100 texts fewer); a traditional unit broken after an
 * approximation's mark (`80多萬` / `戶職工…`, a text moved in this session) warns on the line whose run it changes, so no
 * text loses a run under rewrap-mid-number.
 * Raised on 2026-12-07 (session 48: held-out-246 to -250 moved into tuning, 5486 texts) to the tree
 * with session 48's seven tuners merged (110220 found unperturbed of 112209); no text loses a run
 * under any perturbation.
 * Raised on 2026-12-08 (session 49: held-out-251 to -255 moved into tuning, 5586 texts) to the
 * tree with session 49's seven tuners merged (112029 found unperturbed of 114158); no text loses a
 * run under any perturbation.
 * Raised on 2026-12-08 (session 50: held-out-256 to -260 moved into tuning, 5686 texts) to the
 * tree with session 50's seven tuners merged (113960 found unperturbed of 116131); no text loses a
 * run under any perturbation (once a wrapped site's note was warned on each of its lines).
 */
const FLOOR: Record<string, { found: number; losingSentences: number }> = {
  "full-width-marks": { found: 113960, losingSentences: 0 },
  rewrap: { found: 113710, losingSentences: 0 },
  "rewrap-mid-number": { found: 113723, losingSentences: 0 },
  "stray-spaces": { found: 113910, losingSentences: 0 },
  "web-furniture": { found: 113963, losingSentences: 0 },
  crlf: { found: 113960, losingSentences: 0 },
  "doubled-blank-lines": { found: 113949, losingSentences: 0 },
  "blank-lines": { found: 113960, losingSentences: 0 },
  "no-blank-lines": { found: 113956, losingSentences: 0 },
  indent: { found: 113960, losingSentences: 0 },
  "pdf-like": { found: 113606, losingSentences: 0 },
  "pdf-pages": { found: 113700, losingSentences: 0 },
};

/** Facts found unperturbed and lost perturbed, by kind, and the texts that lose a sentence. */
function measure(p: Perturbation): {
  found: number;
  total: number;
  lostByKind: Record<string, number>;
  lostFacts: string[];
  losingSentences: string[];
} {
  const all: Outcome[] = [];
  const lostByKind: Record<string, number> = {};
  const lostFacts: string[] = [];
  const losingSentences: string[] = [];
  corpus.forEach((c, i) => {
    const r = run(p.apply(c.text, seedOf(c.fixture.slug, p.name)), c.facts);
    all.push(...r.outcomes);
    if (r.lost.length > 0)
      losingSentences.push(`${c.fixture.slug} ${r.lost.slice(0, 3).join(" ")}`);
    const before = (unperturbed[i] as Run).outcomes;
    r.outcomes.forEach((o, k) => {
      if (o.ok || !(before[k] as Outcome).ok) return;
      lostByKind[o.kind] = (lostByKind[o.kind] ?? 0) + 1;
      lostFacts.push(`${c.fixture.slug} ${o.kind} ${JSON.stringify(o.expected)}`);
    });
  });
  const { overall } = recall(all);
  return { found: overall.found, total: overall.total, lostByKind, lostFacts, losingSentences };
}

/** The text as a reader compares it: marks ASCII, no white space, no page numbers or headers. */
const readerText = (t: string): string =>
  asciiMarks(
    t
      .split(/\r\n|\r|\n|\f/)
      // Trimmed: a page number a real text prints (`- 4 -`) is centred by `indent`.
      .filter((l) => !isPageFurniture(l.trim()))
      .join("\n"),
  ).replace(/[\s\u3000]+/g, "");

/**
 * Each perturbation parses every tuning text again (1652 of them): 2–4 s on a quiet machine, ten
 * times that while a clean-clone CI runs every package's tests beside a loaded machine's other
 * work (seen on 2026-12-04: 30–49 s, over vitest's 30 s). Time is not what these tests measure. The
 * checks that a perturbation is deterministic and keeps the reader's text apply it twice to every
 * tuning text: 32 s for `pdf-like` in a clean-clone CI of 2026-12-05 (2906 texts); the same bound.
 */
const PERTURBED_TIMEOUT = 300_000;

describe("perturb.ts: perturbations that change no fact", () => {
  test.each([
    ["2020年,全市受理(一)", "2020年，全市受理（一）"],
    ["共1,234件,用时09:50", "共1,234件，用时09:50"],
    ["關(guān)于(二)", "關(guān)于（二）"],
    ["March 3, 2025: ok", "March 3, 2025: ok"],
    ["见 http://a.cn/x?y=1,中文", "见 http://a.cn/x?y=1,中文"],
  ])("fullWidthMarks turns only Chinese text's ASCII marks: %s", (text, expected) => {
    expect(fullWidthMarks(text)).toBe(expected);
  });

  test.each([
    ["受理件数12.36万件。", 12, false, ["受理件数", "12.36万件。"]],
    ["受理件数12.36万件。", 12, true, ["受理件数12.3", "6万件。"]],
    ["共计一项（二）。", 10, false, ["共计一项", "（二）。"]],
    ["共计一二，三。", 8, false, ["共计一二，", "三。"]],
  ] as const)(
    "wrap(%s, %i, midWord %s) keeps closing marks on the line before and opening marks after",
    (text, width, midWord, expected) => {
      expect(wrap(text, width, midWord)).toEqual(expected);
    },
  );

  for (const p of PERTURBATIONS) {
    test(
      `${p.name}: is deterministic, changes most texts and keeps what a reader reads (${p.what})`,
      () => {
        let changed = 0;
        for (const c of corpus) {
          const seed = seedOf(c.fixture.slug, p.name);
          const once = p.apply(c.text, seed);
          expect(p.apply(c.text, seed)).toBe(once);
          if (once !== c.text) changed++;
          // The same words and figures in the same order (furniture added around them).
          expect(readerText(once)).toContain(readerText(c.text));
        }
        // Blank lines are in few texts: the perturbations of blank lines change fewer.
        expect(changed).toBeGreaterThanOrEqual(p.name.includes("blank-lines") ? 50 : 180);
      },
      PERTURBED_TIMEOUT,
    );
  }
});

describe("real bulletins under perturbation (corpus/perturb.ts)", () => {
  const base = recall(unperturbed.flatMap((r) => r.outcomes)).overall;

  for (const p of PERTURBATIONS) {
    test(
      `${p.name}: recall and sentences kept stay at their floor (${p.what})`,
      () => {
        const m = measure(p);
        const floor = FLOOR[p.name] as { found: number; losingSentences: number };
        console.log(
          `${p.name}: ${((m.found / m.total) * 100).toFixed(1)}% (${m.found}/${m.total}), unperturbed ${((base.found / base.total) * 100).toFixed(1)}% (${base.found}/${base.total}); lost ${JSON.stringify(m.lostByKind)}; texts losing a sentence ${m.losingSentences.length}`,
        );
        if (process.env.PERTURBED_MISSES)
          console.log([...m.lostFacts, ...m.losingSentences].join("\n"));
        expect(m.total).toBe(base.total);
        expect(m.found, `${p.name}: facts found`).toBeGreaterThanOrEqual(floor.found);
        expect(m.losingSentences.length, m.losingSentences.join("\n")).toBeLessThanOrEqual(
          floor.losingSentences,
        );
      },
      PERTURBED_TIMEOUT,
    );
  }
});
