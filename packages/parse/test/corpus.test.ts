import { parseBulletinText } from "@bulletin/parse";
import { validateBulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import {
  compareFacts,
  hanRuns,
  keptRun,
  modelText,
  type Outcome,
  readCorpus,
  recall,
} from "./corpus/recall";

/**
 * Real bulletins from government pages (corpus/README.md): the parser's model against the facts
 * a reader sees, written by hand. Recall is reported per set (tuning and held-out) and per kind;
 * the target is 97% overall on the tuning set. Table facts (caption-free shape: head width and
 * body rows) are part of the overall rate, like every other kind.
 */
const corpus = readCorpus();

/**
 * `CORPUS_SET=tuning` runs and reports the tuning set only (while tuning, so that nothing of the
 * held-out texts is seen, not even a per-fixture failure); unset, both sets are run and reported.
 */
const only = process.env.CORPUS_SET;
const shown = corpus.filter((c) => only === undefined || c.fixture.set === only);

/** Placeholders for facts a caller supplies when the text lacks them (validity check only). */
const SUPPLIED = {
  publication: { title: "（调用方提供）", publisher: { name: "（调用方提供）" } },
  issue: { number: 1, publishedOn: "2000-01-01" },
};

const results = shown.map(({ fixture, text, facts }) => {
  const result = parseBulletinText(text);
  return { fixture, text, facts, result, outcomes: compareFacts(result.bulletin, facts) };
});

function report(set: string): ReturnType<typeof recall> {
  const outcomes: Outcome[] = results
    .filter((r) => r.fixture.set === set)
    .flatMap((r) => r.outcomes);
  return recall(outcomes);
}

/**
 * Texts moved from a held-out set to the tuning set (`formerSet`, corpus/README.md), each former
 * set reported apart with the recall it must not fall below: the tuning target, or its blind rate
 * when it was moved while below that target.
 */
const MOVED_FLOOR = new Map([
  ["held-out", 0.97],
  ["held-out-2", 0.97],
  ["held-out-3", 0.97],
  ["held-out-4", 345 / 370],
  ["held-out-5", 318 / 344],
  ["held-out-6", 483 / 506],
  ["held-out-7", 363 / 380],
  ["held-out-8", 281 / 307],
  ["held-out-9", 381 / 404],
  ["held-out-10", 346 / 377],
  ["held-out-11", 332 / 356],
  ["held-out-12", 488 / 507],
  // 350/371 blind for the 21 texts measured so (94.3 %), and prefecture-12315-2020's 18/18.
  ["held-out-13", (350 + 18) / (371 + 18)],
  ["held-out-14", 372 / 386],
  ["held-out-15", 419 / 425],
  ["held-out-16", 387 / 399],
  ["held-out-17", 365 / 378],
  ["held-out-18", 340 / 362],
  ["held-out-19", 326 / 340],
  // 329/354 blind under the comparison of the time; 339/354 once headings are compared without
  // their ordinal marker (corpus/README.md): the same parser's output, its ten headings found.
  ["held-out-20", 339 / 354],
  ["held-out-21", 400 / 402],
  ["held-out-22", 384 / 397],
  ["held-out-23", 321 / 335],
  ["held-out-24", 346 / 371],
  ["held-out-25", 364 / 383],
  ["held-out-26", 415 / 421],
  ["held-out-27", 437 / 444],
  ["held-out-28", 341 / 355],
  ["held-out-30", 404 / 432],
  ["held-out-32", 341 / 358],
  ["held-out-29", 273 / 293],
  ["held-out-31", 367 / 396],
  ["held-out-33", 368 / 377],
  ["held-out-34", 344 / 361],
  ["held-out-35", 385 / 403],
  ["held-out-36", 373 / 400],
  ["held-out-37", 359 / 368],
  ["held-out-38", 433 / 449],
  ["held-out-39", 364 / 372],
  ["held-out-40", 401 / 414],
  ["held-out-41", 450 / 474],
  ["held-out-42", 317 / 332],
  ["held-out-43", 348 / 360],
  ["held-out-44", 524 / 557],
  ["held-out-45", 422 / 451],
  ["held-out-46", 495 / 525],
  ["held-out-47", 429 / 436],
  ["held-out-48", 481 / 514],
  ["held-out-49", 272 / 287],
  ["held-out-50", 434 / 465],
  ["held-out-51", 310 / 317],
  ["held-out-52", 464 / 490],
  ["held-out-53", 354 / 371],
  ["held-out-54", 490 / 499],
  ["held-out-55", 471 / 491],
  ["held-out-56", 420 / 447],
  // 363/369 blind for the 19 texts measured so, and anfu-projects-ducha-tongbao's 23/25 on the
  // parser it was measured on (moved alone before any look at it, corpus/README.md).
  ["held-out-57", (363 + 23) / (369 + 25)],
  ["held-out-58", 430 / 452],
  ["held-out-59", 328 / 340],
  ["held-out-60", 578 / 586],
  ["held-out-61", 491 / 504],
  ["held-out-62", 477 / 502],
  // 307/325 blind for the 19 texts measured so, and cug-gaojiao-xinxi-2004-1's 9/14 on the parser
  // it was measured on (moved alone before any look at it, corpus/README.md).
  ["held-out-63", (307 + 9) / (325 + 14)],
  ["held-out-64", 451 / 458],
  ["held-out-65", 372 / 383],
  ["held-out-66", 437 / 460],
  ["held-out-67", 269 / 282],
  ["held-out-68", 343 / 357],
  ["held-out-69", 460 / 495],
  // 442/475 blind for the 18 texts measured so, and provinces-industry-2020-06-11-table's 5/13 and
  // zhongzhuang-town-budget-2020-table's 7/21 on the parser they were measured on (moved alone
  // before any look at them, corpus/README.md).
  ["held-out-70", (442 + 5 + 7) / (475 + 13 + 21)],
  ["held-out-71", 452 / 460],
  ["held-out-72", 389 / 412],
  ["held-out-73", 345 / 370],
  ["held-out-74", 455 / 467],
  ["held-out-75", 398 / 417],
  ["held-out-76", 375 / 386],
  ["held-out-77", 332 / 351],
  ["held-out-78", 357 / 399],
  ["held-out-79", 396 / 411],
  ["held-out-80", 497 / 506],
  ["held-out-81", 331 / 341],
  ["held-out-82", 387 / 396],
  ["held-out-83", 465 / 468],
  ["held-out-84", 460 / 476],
  ["held-out-85", 353 / 391],
  ["held-out-86", 299 / 318],
  ["held-out-87", 392 / 402],
  ["held-out-88", 373 / 389],
  ["held-out-89", 344 / 360],
  ["held-out-90", 285 / 309],
  ["held-out-91", 300 / 307],
  ["held-out-92", 484 / 493],
  // The 19 texts measured blind (365/386) and tianjin-court-report-2025, moved alone before any
  // look at it with 14/15 on the parser it was measured on (corpus/README.md).
  ["held-out-93", (365 + 14) / (386 + 15)],
  ["held-out-94", 423 / 432],
  ["held-out-95", 419 / 427],
  ["held-out-96", 454 / 467],
  ["held-out-97", 332 / 354],
  ["held-out-98", 354 / 360],
  ["held-out-99", 357 / 379],
  ["held-out-100", 480 / 492],
  ["held-out-101", 422 / 437],
  ["held-out-102", 510 / 521],
  // The 19 texts measured blind (352/371) and zhenwen-town-gazetteer-2016, moved alone before
  // any look at it with 16/18 on the parser it was measured on (corpus/README.md).
  ["held-out-103", (352 + 16) / (371 + 18)],
  ["held-out-104", 347 / 378],
  ["held-out-105", 448 / 457],
  ["held-out-106", 361 / 382],
  ["held-out-107", 600 / 607],
  ["held-out-108", 336 / 350],
  ["held-out-109", 325 / 350],
  ["held-out-110", 427 / 436],
  ["held-out-111", 390 / 403],
  // The 19 texts measured blind (322/336) and tibet-tourism-2013, moved alone before any look at
  // it with 14/15 on the parser it was measured on (corpus/README.md).
  ["held-out-112", (322 + 14) / (336 + 15)],
  ["held-out-113", 416 / 445],
  ["held-out-114", 264 / 277],
  ["held-out-115", 450 / 457],
  ["held-out-116", 294 / 313],
  ["held-out-117", 404 / 427],
  ["held-out-118", 311 / 321],
  ["held-out-119", 399 / 409],
  ["held-out-120", 514 / 540],
  ["held-out-121", 334 / 350],
  ["held-out-122", 329 / 344],
  ["held-out-123", 632 / 644],
  ["held-out-124", 417 / 429],
  ["held-out-125", 399 / 451],
  ["held-out-126", 351 / 367],
  ["held-out-127", 417 / 423],
  ["held-out-128", 311 / 326],
  ["held-out-129", 392 / 401],
  ["held-out-130", 498 / 519],
  ["held-out-131", 368 / 373],
  ["held-out-132", 355 / 364], // 332/339 on its 19 held-out texts, with liaocheng-procurement-mall-2023q4 (moved early)
  ["held-out-133", 301 / 335],
  ["held-out-134", 379 / 411],
  ["held-out-135", 418 / 435],
  ["held-out-136", 411 / 428],
  ["held-out-137", 526 / 542],
  ["held-out-138", 408 / 426],
  ["held-out-139", 432 / 453],
  ["held-out-140", 492 / 549],
  ["held-out-141", 340 / 356],
  ["held-out-142", 483 / 485],
  ["held-out-143", 360 / 384],
  ["held-out-144", 361 / 385], // 347/367 on its 19 held-out texts, with zigong-daan-investment-1-4 (moved early)
  ["held-out-145", 354 / 378],
  ["held-out-146", 312 / 351],
  ["held-out-147", 455 / 482],
  ["held-out-148", 272 / 305],
  ["held-out-149", 427 / 473],
  ["held-out-150", 360 / 407],
  ["held-out-151", 486 / 528],
  ["held-out-152", 325 / 367],
  ["held-out-153", 353 / 379],
  ["held-out-154", 316 / 326], // 294/304 on its 19 held-out texts, with tibet-stats-2025q3 (moved early)
  ["held-out-155", 457 / 473],
  ["held-out-156", 332 / 344],
  ["held-out-157", 272 / 280],
  ["held-out-158", 307 / 323],
  ["held-out-159", 383 / 411],
  ["held-out-160", 325 / 361], // 313/347 on its 19 held-out texts, with caas-work-meeting-2014-cyol (moved early)
  ["held-out-161", 278 / 304],
  ["held-out-162", 406 / 416],
  ["held-out-163", 347 / 384],
  ["held-out-164", 277 / 305],
  ["held-out-165", 261 / 298],
  ["held-out-166", 422 / 441],
  ["held-out-167", 401 / 429],
  ["held-out-168", 316 / 332],
  ["held-out-169", 526 / 533],
  ["held-out-170", 393 / 415],
  ["held-out-171", 373 / 399], // 358/383 on its 19 held-out texts, with gaotang-poverty-2017-dzwww (moved early)
  ["held-out-172", 385 / 392],
  ["held-out-173", 275 / 308],
  ["held-out-174", 455 / 470],
  ["held-out-175", 376 / 399],
  ["held-out-176", 396 / 415],
  ["held-out-177", 533 / 541],
  ["held-out-178", 340 / 369],
  ["held-out-179", 357 / 364],
  ["held-out-180", 356 / 379],
  ["held-out-181", 283 / 292],
  ["held-out-182", 371 / 378],
  ["held-out-183", 391 / 406],
  ["held-out-184", 336 / 361],
  ["held-out-185", 387 / 411],
  ["held-out-186", 448 / 455],
  ["held-out-187", 286 / 307],
  ["held-out-188", 392 / 400],
  ["held-out-189", 368 / 388],
  ["held-out-190", 383 / 389],
  ["held-out-191", 424 / 445],
  ["held-out-192", 379 / 395],
  ["held-out-193", 335 / 344],
  ["held-out-194", 447 / 454],
  ["held-out-195", 489 / 497],
  ["held-out-196", 418 / 422],
  ["held-out-197", 421 / 434],
  ["held-out-198", 428 / 444],
  ["held-out-199", 431 / 438],
  ["held-out-200", 368 / 376],
  ["held-out-201", 364 / 368],
  ["held-out-202", 343 / 366],
  ["held-out-203", 321 / 335],
  ["held-out-204", 516 / 523],
  ["held-out-205", 365 / 382],
  ["held-out-206", 329 / 340],
  ["held-out-207", 379 / 384],
  ["held-out-208", 464 / 482],
  ["held-out-209", 463 / 484],
  ["held-out-210", 476 / 493],
  ["held-out-211", 409 / 421],
  ["held-out-212", 386 / 401],
  ["held-out-213", 499 / 511],
  ["held-out-214", 396 / 408],
  ["held-out-215", 549 / 553],
  ["held-out-216", 408 / 417],
  ["held-out-217", 330 / 343],
  ["held-out-218", 458 / 505],
  ["held-out-219", 377 / 394],
  ["held-out-220", 462 / 471],
  ["held-out-221", 340 / 374],
  ["held-out-222", 355 / 403],
  ["held-out-223", 493 / 509],
  ["held-out-224", 273 / 294],
  ["held-out-225", 326 / 353],
  ["held-out-226", 330 / 344],
  ["held-out-227", 464 / 481],
  ["held-out-228", 388 / 444],
  ["held-out-229", 454 / 471],
  ["held-out-230", 458 / 479],
  ["held-out-231", 421 / 429],
  ["held-out-232", 479 / 510],
  ["held-out-233", 367 / 384],
  ["held-out-234", 530 / 585],
  ["held-out-235", 548 / 568],
  ["held-out-236", 395 / 426],
  ["held-out-237", 408 / 472],
  ["held-out-238", 350 / 362],
  ["held-out-239", 462 / 469],
  ["held-out-240", 356 / 374],
  ["held-out-241", 380 / 422],
  ["held-out-242", 316 / 321],
  ["held-out-243", 440 / 452],
  ["held-out-244", 477 / 502],
  ["held-out-245", 482 / 494],
  ["held-out-246", 462 / 470],
  ["held-out-247", 376 / 408],
  ["held-out-248", 541 / 551],
  ["held-out-249", 451 / 465],
  ["held-out-250", 368 / 379],
  ["held-out-251", 345 / 365],
  ["held-out-252", 336 / 382],
  ["held-out-253", 347 / 359],
  // 359/467 blind, measured three times; one of its texts had been read by a tuner whose branch
  // was not merged (corpus/README.md, session 48).
  ["held-out-254", 359 / 467],
  ["held-out-255", 351 / 376],
  ["held-out-256", 318 / 339],
  ["held-out-257", 382 / 397],
  ["held-out-258", 449 / 472],
  ["held-out-259", 319 / 335],
  ["held-out-260", 396 / 430],
]);

/**
 * Texts whose loss of a run is a known parser bug not mended yet: their sentence test is expected to
 * fail (`test.fails`), so that it turns red, and this entry is removed, once the bug is mended. Empty since session 44
 * (s44a mended `national-grain-2016-tables-trad-011088`: a group's label under a headless table's first row).
 */
const KNOWN_LOSSES = new Map<string, string>([]);

function moved(former: string): ReturnType<typeof recall> {
  return recall(results.filter((r) => r.fixture.formerSet === former).flatMap((r) => r.outcomes));
}

/**
 * The held-out sets, each reported apart: every set but `tuning` (`held-out`, `held-out-2`, …),
 * each gathered apart from the tuning work (README.md). The first five held-out texts were seen
 * while tuning and are tuning texts now.
 */
const heldOutTexts = corpus.filter((c) => c.fixture.set !== "tuning");
const heldOutSets = [...new Set(heldOutTexts.map((c) => c.fixture.set))].sort();

describe("real bulletins (corpus/)", () => {
  test("the corpus holds at least 25 real tuning texts, each with at least five figures unless the manifest says why not", () => {
    const withFigures = corpus.filter((c) => c.facts.figures.length >= 5);
    expect(withFigures.filter((c) => c.fixture.set === "tuning").length).toBeGreaterThanOrEqual(25);
    for (const { fixture, facts } of corpus) {
      if (facts.figures.length >= 5) continue;
      // A text that prints fewer (a 督查 issue of titles and dates) says so, and is the
      // exception: the oracle stays mostly figures' text, units and values.
      expect(fixture.fewFigures, `${fixture.slug}: fewer than five figures`).toMatch(/\S/);
    }
    expect(corpus.filter((c) => c.facts.figures.length < 5).length).toBeLessThanOrEqual(
      corpus.length / 20,
    );
  });

  for (const set of heldOutSets) {
    test(`held-out set ${set} holds at least five texts of at least two kinds`, () => {
      const texts = heldOutTexts.filter((c) => c.fixture.set === set);
      expect(texts.length).toBeGreaterThanOrEqual(5);
      expect(new Set(texts.map((c) => c.fixture.kind)).size).toBeGreaterThanOrEqual(2);
    });
  }

  for (const r of results) {
    test(`parseBulletinText: ${r.fixture.slug} gives a model that validates once the facts it lacks are supplied`, () => {
      // The text wins over options: only what it lacks is taken from SUPPLIED.
      const supplied = parseBulletinText(r.text, SUPPLIED);
      expect(validateBulletin(supplied.bulletin).ok).toBe(true);
      for (const w of r.result.warnings) {
        expect(w.position.line).toBeGreaterThanOrEqual(1);
        expect(w.code).not.toBe("internal-error");
      }
    });

    (KNOWN_LOSSES.has(r.fixture.slug) ? test.fails : test)(
      `parseBulletinText: ${r.fixture.slug} loses no sentence (every run of Han text is in the model or on a line it warned about)`,
      () => {
        const kept = modelText(r.result.bulletin);
        const warned = new Set(r.result.warnings.map((w) => w.position.line));
        const lost = hanRuns(r.text).filter(
          ({ line, run }) => !keptRun(r.result.bulletin, kept, run) && !warned.has(line),
        );
        expect(lost).toEqual([]);
      },
    );
  }

  test("recall: reports facts recovered per set and kind (target 97% on the tuning texts; each moved set apart, at least at its floor)", () => {
    const tuning = report("tuning");
    const gathered = recall(
      results
        .filter((r) => r.fixture.set === "tuning" && r.fixture.formerSet === undefined)
        .flatMap((r) => r.outcomes),
    );
    const line = (name: string, r: ReturnType<typeof recall>): string =>
      `${name}: ${(r.overall.rate * 100).toFixed(1)}% (${r.overall.found}/${r.overall.total}); ${Object.entries(
        r.byKind,
      )
        .map(([k, v]) => `${k} ${v.found}/${v.total}`)
        .join(", ")}`;
    const heldOutLines =
      heldOutSets.length === 0
        ? ["held-out: no held-out texts in the corpus yet"]
        : heldOutSets.map((set) => line(set, report(set)));
    const movedLines = [
      line("tuning, gathered for tuning", gathered),
      ...[...MOVED_FLOOR.keys()].map((former) => line(`tuning, formerly ${former}`, moved(former))),
    ];
    console.log(
      only === undefined
        ? [line("tuning", tuning), ...movedLines, ...heldOutLines].join("\n")
        : only === "tuning"
          ? [line("tuning", tuning), ...movedLines].join("\n")
          : heldOutLines.filter((l) => l.startsWith(`${only}:`)).join("\n"),
    );
    if (process.env.CORPUS_MISSES) {
      for (const r of results) {
        for (const o of r.outcomes.filter((x) => !x.ok)) {
          if (process.env.CORPUS_MISSES === "all" || r.fixture.set === "tuning")
            console.log(r.fixture.slug, o.kind, JSON.stringify(o.expected), JSON.stringify(o.got));
        }
      }
    }
    if (only === undefined || only === "tuning") {
      expect(gathered.overall.rate).toBeGreaterThanOrEqual(0.97);
      for (const [former, floor] of MOVED_FLOOR) {
        expect(moved(former).overall.rate, `tuning, formerly ${former}`).toBeGreaterThanOrEqual(
          floor,
        );
      }
    }
  });
});
