import { localeOf } from "@bulletin/format";
import {
  type Bulletin,
  BulletinValidationError,
  type Locale,
  validateBulletin,
} from "@bulletin/schema";

/**
 * Options of {@link defineBulletin}.
 *
 * @example
 * ```ts
 * const options: DefineBulletinOptions = { locale: "en" };
 * let message: string | undefined;
 * try {
 *   defineBulletin({ ...issue9, issue: { ...issue9.issue, number: 0 } }, options);
 * } catch (error) {
 *   if (error instanceof BulletinValidationError) message = error.issues[0]?.message;
 * }
 * message; //=> "`issue.number` is out of range: expected at least 1, got 0"
 * ```
 */
export interface DefineBulletinOptions {
  /** Language of the messages of a thrown error: `zh-CN` (default) or `en`. */
  locale?: Locale;
}

/**
 * Writes a bulletin in TypeScript with the model's types: the editor completes every field and
 * flags a wrong one as you type; at run time the bulletin is validated and linted. The literal types of what you wrote are kept (`issue.number` is `9`, not `number`).
 *
 * @param input - the bulletin
 * @param options - the locale of error messages
 * @returns the same object, validated
 * @throws `BulletinValidationError` with every issue when the bulletin has an error
 * @example
 * ```ts
 * import { defineBulletin } from "@bulletin/sdk";
 * const issue = defineBulletin({
 *   schemaVersion: "1",
 *   publication: { title: "政务窗口月报", publisher: { name: "四川省政府政务服务和公共资源交易服务中心" } },
 *   issue: { number: 9, publishedOn: "2025-11-10" },
 *   departments: [],
 *   metrics: [],
 *   sections: [{ title: "窗口资讯", items: [{ body: [["省中心召开月度例会。"]] }] }],
 * });
 * issue.issue.number; //=> 9
 * ```
 */
export function defineBulletin<const T extends Bulletin>(
  input: T,
  options: DefineBulletinOptions = {},
): T {
  const result = validateBulletin(input, { locale: localeOf(options.locale) });
  if (!result.ok) throw new BulletinValidationError(result.issues);
  return input;
}
