import { afterEach, describe, expect, it } from "vitest";
import { envNumber, envPositive } from "@/lib/http/env-number";

const NAME = "SNAPSHOTS_TEST_ENV_NUMBER";
const withValue = (value: string | undefined) => {
  if (value === undefined) delete process.env[NAME];
  else process.env[NAME] = value;
};
afterEach(() => withValue(undefined));

describe("a number from the server's environment (one reader for every limit, timeout and size)", () => {
  it.each([
    [undefined, 7, 7],
    ["", 7, 7],
    ["  ", 7, 7],
    ["twelve", 7, 7],
    ["-1", 7, 7],
    ["Infinity", 7, 7],
    ["0", 0, 7],
    ["2.5", 2.5, 2.5],
    [" 64 ", 64, 64],
  ])("%j reads as %j (0 kept: 'none' or 'off'), or %j where it must be above 0", (value, asNumber, asPositive) => {
    withValue(value);
    expect(envNumber(NAME, 7)).toBe(asNumber);
    expect(envPositive(NAME, 7)).toBe(asPositive);
  });
});
