import type { Options } from "tsup";

/** The build every published package shares: ESM + CJS + declarations, one entry. */
export const baseConfig: Options = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
};
