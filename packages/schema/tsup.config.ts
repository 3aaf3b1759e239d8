import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base";

// Two entries: the validators (with zod) and the model's constants without zod.
export default defineConfig({ ...baseConfig, entry: ["src/index.ts", "src/constants.ts"] });
