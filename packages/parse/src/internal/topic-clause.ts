/**
 * `一、人口方面，本市年末总人口…。`: a numbered part whose first clause names its topic and runs on into
 * its text. The clause is two to twelve characters of Han text (`、` between topics: `财政、税收方面`)
 * ending in `方面`, before its `，`. Not a sentence that opens with its topic (`在…方面，`, `从…`,
 * `对…`), nor a clause with a figure or a date (`2023年人口方面，`).
 */
const TOPIC_CLAUSE = /^(?![在从对就於于])[\u4e00-\u9fff、]{0,10}方面(?=，)/;

/**
 * The length of the topic clause `text` opens with (what follows a part's `一、`), without its
 * `，`; 0 when it opens with none.
 *
 * @example
 * topicClauseLength("人口方面，本市年末总人口86万人。"); // 4
 */
export function topicClauseLength(text: string): number {
  return TOPIC_CLAUSE.exec(text)?.[0].length ?? 0;
}
