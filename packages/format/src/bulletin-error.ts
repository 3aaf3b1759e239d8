/**
 * Where something is, in the one shape every `@bulletin/*` package uses: keys and array indexes
 * from the root of the value that was given (a bulletin, or an options object), as in
 * `["sections", 3, "items", 0, "date"]`. Schema's `IssuePath` is this type.
 *
 * @example
 * ```ts
 * const path: IssuePath = ["sections", 3, "items", 0, "date"];
 * path.length; //=> 5
 * ```
 */
export type IssuePath = (string | number)[];

/**
 * Where a {@link BulletinError} happened: a JSON path (`path`) where the fault is in a value,
 * and a 1-based `line` and `column` (UTF-16 code units) where the input is text. Each field is
 * present only when it is known.
 *
 * @example
 * ```ts
 * const at: BulletinErrorLocation = { path: ["issue", "number"], line: 3, column: 14 };
 * at.path; //=> ["issue", "number"]
 * ```
 */
export interface BulletinErrorLocation {
  /** The JSON path of the value at fault (of the bulletin, or of the options object). */
  path?: IssuePath;
  /** 1-based line in the input text. */
  line?: number;
  /** 1-based column (UTF-16 code units) in the input text. */
  column?: number;
}

/**
 * Options of the {@link BulletinError} constructor: where it happened and what caused it.
 *
 * @example
 * ```ts
 * const options: BulletinErrorOptions = { path: ["referenceYear"] };
 * new BulletinError("invalid-option", "referenceYear must be a year", options).path;
 * //=> ["referenceYear"]
 * ```
 */
export interface BulletinErrorOptions extends BulletinErrorLocation {
  /** The error this one wraps, where there is one. */
  cause?: unknown;
}

// A registry symbol, so the ESM and the CJS build of every package (and two copies of one
// package) brand their errors with the same key and recognise each other's.
const BRAND = Symbol.for("@bulletin/error");

/**
 * Whether a value is an error thrown by a `@bulletin/*` package (any of them, from either its
 * ESM or its CJS build): it then has a string `code` and, where known, a `path`, `line` and
 * `column`. False for everything else, including plain `Error`s.
 *
 * @param value - anything caught
 * @returns true only for errors of the bulletin toolkit
 *
 * @example
 * ```ts
 * let caught: unknown;
 * try { toChineseMoney(-5); } catch (error) { caught = error; }
 * isBulletinError(caught) && caught.code; //=> "negative-amount"
 * isBulletinError(new Error("x")); //=> false
 * ```
 */
export function isBulletinError(value: unknown): value is BulletinError {
  return typeof (value as { [BRAND]?: unknown } | null)?.[BRAND] === "function";
}

/**
 * The base of every error the toolkit throws (`FormatError`, `BulletinValidationError`,
 * `RenderError`, `ParseOptionsError`, `DocxError`, `PdfError`, the sdk's and the CLI's). Each
 * carries a stable `code` and the location fields of {@link BulletinErrorLocation}.
 *
 * `instanceof` works across module formats: the classes compare a shared brand and the names
 * of the classes an error was built from, not object identity, so an error thrown by a
 * package's CJS build is `instanceof` the same class of its ESM build (the dual-package
 * hazard), and never `instanceof` another toolkit class. Each class sets its `name` explicitly,
 * so minifiers do not change what is compared.
 *
 * @example
 * ```ts
 * let caught: unknown;
 * try { toChineseNumber(Number.NaN); } catch (error) { caught = error; }
 * [caught instanceof BulletinError, caught instanceof FormatError]; //=> [true, true]
 * ```
 */
export class BulletinError<Code extends string = string> extends Error {
  static override readonly name: string = "BulletinError";
  override readonly name: string = "BulletinError";
  /** What went wrong, as a stable string you can switch on. */
  readonly code: Code;
  /** The JSON path of the value at fault, where there is one. */
  declare readonly path?: IssuePath;
  /** 1-based line in the input text, where the input is text. */
  declare readonly line?: number;
  /** 1-based column (UTF-16 code units) in the input text, where the input is text. */
  declare readonly column?: number;

  /**
   * @param code - what went wrong
   * @param message - what failed, why, and what was expected
   * @param options - where it happened (`path`, `line`, `column`) and the `cause`; a `cause`
   *   of `undefined` is the same as none, so subclasses pass their options through as given
   */
  constructor(code: Code, message: string, options: BulletinErrorOptions = {}) {
    const { cause, ...at } = options;
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    // Only the location fields that were given.
    Object.assign(this, at);
    // The class this error was built as: `instanceof` walks its parents' names.
    Object.defineProperty(this, BRAND, { value: new.target });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class asked about, maybe a subclass
    const name = this.name;
    if (isBulletinError(value))
      for (
        let c = (value as unknown as { [BRAND]: unknown })[BRAND];
        c;
        c = Object.getPrototypeOf(c)
      )
        if ((c as { name?: unknown }).name === name) return true;
    return false;
  }
}
