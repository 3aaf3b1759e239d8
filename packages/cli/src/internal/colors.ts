import type { OutputStream } from "./io";

/** ANSI styles, or identity functions when colour is off. */
export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  cyan(text: string): string;
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain = (text: string): string => text;

/**
 * Colour only on a terminal: off when the stream is not a TTY, when `NO_COLOR` is set
 * (https://no-color.org) or `TERM=dumb`; `FORCE_COLOR` (not `0`) turns it on.
 */
export function colorsFor(stream: OutputStream, env: Record<string, string | undefined>): Colors {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "";
  const on = forced || (stream.isTTY === true && !env.NO_COLOR && env.TERM !== "dumb");
  if (!on) return { red: plain, yellow: plain, green: plain, dim: plain, bold: plain, cyan: plain };
  return {
    red: style(31, 39),
    yellow: style(33, 39),
    green: style(32, 39),
    dim: style(2, 22),
    bold: style(1, 22),
    cyan: style(36, 39),
  };
}
