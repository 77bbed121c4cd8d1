import { describe, expect, it } from "vitest";
import {
  bareAddress,
  citedMessageIds,
  newMessageId,
  newReplyToken,
  replyToAddress,
  replyTokensIn,
} from "./reply-address";

const TOKEN = "0123456789abcdef0123456789abcdef";

describe("Message-IDs we send", () => {
  it("are random and on the sender's domain, in angle brackets", () => {
    const id = newMessageId("EventOS <Agents@Mail.Example.com>");
    expect(id).toMatch(/^<[0-9a-f-]{36}@mail\.example\.com>$/);
    expect(newMessageId("agents@mail.example.com")).not.toBe(id);
  });

  it("fall back to a local domain when the sender has none", () => {
    expect(newMessageId("EventOS")).toMatch(/@eventos\.local>$/);
  });
});

describe("reply addresses", () => {
  it("put the token after a + in the inbox's local part", () => {
    expect(replyToAddress("Replies <replies@in.example.com>", TOKEN)).toBe(`replies+${TOKEN}@in.example.com`);
    expect(replyToAddress("replies+old@in.example.com", TOKEN)).toBe(`replies+${TOKEN}@in.example.com`);
  });

  it("are read back from the recipients or the MailboxHash, whatever the case", () => {
    const address = replyToAddress("replies@in.example.com", newReplyToken());
    const token = address.slice("replies+".length, address.indexOf("@"));
    expect(replyTokensIn([`Us <${address.toUpperCase()}>`])).toEqual([token]);
    expect(replyTokensIn([], TOKEN.toUpperCase())).toEqual([TOKEN]);
    expect(replyTokensIn([`replies+${TOKEN}@in.example.com`], TOKEN)).toEqual([TOKEN]);
  });

  it("ignore anything that is not a token of ours", () => {
    expect(replyTokensIn(["replies@in.example.com", "a+b@in.example.com", "x+zz@y.example"], "promo")).toEqual([]);
    expect(replyTokensIn([`replies+${TOKEN}0@in.example.com`])).toEqual([]);
  });
});

describe("cited Message-IDs", () => {
  it("come In-Reply-To first, then References from the newest", () => {
    expect(citedMessageIds("<c@x>", "<a@x> <b@x>\r\n <c@x>")).toEqual(["<c@x>", "<b@x>", "<a@x>"]);
  });

  it("are empty without the headers and keep only bracketed ids", () => {
    expect(citedMessageIds(undefined, undefined)).toEqual([]);
    expect(citedMessageIds("not-an-id", "<a@x> junk")).toEqual(["<a@x>"]);
  });
});

describe("bareAddress", () => {
  it("takes the address out of a display name, lower-cased", () => {
    expect(bareAddress("Ana Lima <ANA@Example.com>")).toBe("ana@example.com");
    expect(bareAddress(" ana@example.com ")).toBe("ana@example.com");
  });
});
