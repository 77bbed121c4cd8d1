import { describe, expect, it } from "vitest";
import {
  ACCOUNT_FAILURE_LIMIT,
  ADDRESS_FAILURE_LIMIT,
  FAILURE_WINDOW_MS,
  lockedUntil,
  lockoutMessage,
  longerLockout,
} from "./sign-in-limits";

const t0 = new Date("2026-12-01T10:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const minutes = (n: number) => n * 60_000;
const times = (count: number, spacingMs = 0) => Array.from({ length: count }, (_, i) => at(i * spacingMs));

describe("sign-in limits", () => {
  it("are 5 failures per account and 20 per address within 15 minutes", () => {
    expect(ACCOUNT_FAILURE_LIMIT).toBe(5);
    expect(ADDRESS_FAILURE_LIMIT).toBe(20);
    expect(FAILURE_WINDOW_MS).toBe(minutes(15));
  });

  it("do not lock an account after 4 failures, and lock it at the 5th", () => {
    expect(lockedUntil(times(ACCOUNT_FAILURE_LIMIT - 1), ACCOUNT_FAILURE_LIMIT, t0)).toBeNull();
    expect(lockedUntil(times(ACCOUNT_FAILURE_LIMIT), ACCOUNT_FAILURE_LIMIT, t0)).toEqual(at(minutes(15)));
  });

  it("do not lock an address after 19 failures, and lock it at the 20th", () => {
    expect(lockedUntil(times(ADDRESS_FAILURE_LIMIT - 1), ADDRESS_FAILURE_LIMIT, t0)).toBeNull();
    expect(lockedUntil(times(ADDRESS_FAILURE_LIMIT), ADDRESS_FAILURE_LIMIT, t0)).toEqual(at(minutes(15)));
  });

  it("keep the lock until the 5th most recent failure is exactly 15 minutes old", () => {
    const failures = times(5);
    expect(lockedUntil(failures, 5, at(minutes(15) - 1))).toEqual(at(minutes(15)));
    expect(lockedUntil(failures, 5, at(minutes(15)))).toBeNull();
  });

  it("slide: failures spread over more than the window never lock", () => {
    // One failure every 4 minutes: at most 4 fall inside any 15-minute window.
    const failures = times(10, minutes(4));
    for (let i = 0; i < 10; i++) expect(lockedUntil(failures, 5, at(i * minutes(4)))).toBeNull();
    // One every 3 minutes: the 5th (at 12 minutes) locks until the 1st is 15 minutes old... then slides.
    const faster = times(6, minutes(3));
    expect(lockedUntil(faster, 5, at(minutes(12)))).toEqual(at(minutes(15)));
    expect(lockedUntil(faster, 5, at(minutes(15)))).toEqual(at(minutes(18)));
  });

  it("ignore failures in the future of the moment asked about", () => {
    expect(lockedUntil(times(5), 5, at(-1))).toBeNull();
  });

  it("report the longer of an account and an address lockout", () => {
    const account = { scope: "account" as const, until: at(minutes(5)) };
    const address = { scope: "address" as const, until: at(minutes(9)) };
    expect(longerLockout(account, address)).toBe(address);
    expect(longerLockout(account, null)).toBe(account);
    expect(longerLockout(null, null)).toBeNull();
  });

  it("tell the person why and when to try again", () => {
    expect(lockoutMessage({ scope: "account", until: at(minutes(15)) }, at(minutes(2) + 10_000))).toBe(
      "Too many failed sign-ins for this account, so signing in is paused to protect it. Try again in 13 minutes (after 10:15 UTC).",
    );
    expect(lockoutMessage({ scope: "address", until: at(30_000) }, t0)).toContain(
      "for your network, so signing in is paused to protect it. Try again in 1 minute (after 10:01 UTC).",
    );
  });
});
