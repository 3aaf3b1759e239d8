import { expect, test } from "vitest";

test("@bulletin/cli exports exactly its public API", async () => {
  const api = await import("../src/index");
  expect(Object.keys(api).sort()).toEqual(["CliFileError", "CliUsageError", "runCli"]);
});
