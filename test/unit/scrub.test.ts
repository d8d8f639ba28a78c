// generator/fetch/http.ts's scrubbing on its own: text in, the text that may be
// printed out. The secret is masked as written and behind the escapes a reader
// would undo (JSON/JS, percent-encoding, HTML character references, nested);
// text without it passes unchanged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { revealsSecret, scrub } from "../../generator/fetch/http.js";

const SECRET = "tok-7f3a-SECRET-c0ffee";
const json = (s: string) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
const percent = (s: string) => [...s].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join("");
const html = (s: string) => [...s].map((c) => `&#${c.charCodeAt(0)};`).join("");

describe("scrub", () => {
  const rows: { name: string; given: string; want: string }[] = [
    {
      name: "no secret: unchanged",
      given: 'HTTP 400: {"detail":"a %20 \\u0041 &#65;"}',
      want: 'HTTP 400: {"detail":"a %20 \\u0041 &#65;"}',
    },
    { name: "escape-like text that is none", given: "C:\\users\\xyz &#x; %zz", want: "C:\\users\\xyz &#x; %zz" },
    { name: "as written", given: `bad ${SECRET} here`, want: "bad *** here" },
    { name: "JSON escapes", given: `{"detail":"bad ${json(SECRET)}"}`, want: '{"detail":"bad ***"}' },
    { name: "partly escaped", given: `x \\u0074ok-7f3a-SECRET-c0ffee y`, want: "x *** y" },
    { name: "JS code point and \\x escapes", given: `\\u{74}\\x6fk-7f3a-SECRET-c0ffee`, want: "***" },
    { name: "percent-encoding", given: `http://h/r/${percent(SECRET)}`, want: "http://h/r/***" },
    { name: "HTML references", given: `<p>${html(SECRET)}</p>`, want: "<p>***</p>" },
    { name: "hex HTML reference", given: `&#x74;ok-7f3a-SECRET-c0ffee`, want: "***" },
    { name: "nested: percent-encoded JSON escape", given: percent(json(SECRET)), want: "***" },
    {
      name: "escaped five deep: withheld",
      given: percent(percent(percent(percent(percent(SECRET))))),
      want: "(withheld: it contains the credential)",
    },
  ];
  for (const { name, given, want } of rows)
    it(name, () => {
      expect(scrub(given, SECRET)).toBe(want);
    });

  it("no secret configured: unchanged", () => {
    expect(scrub(`a ${SECRET}`, undefined)).toBe(`a ${SECRET}`);
  });

  it("never lets the secret through, in any escaping, anywhere in the text", () => {
    const escapings = [(s: string) => s, json, percent, html, (s: string) => percent(json(s))];
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom(...escapings), (before, after, escape) => {
        const out = scrub(`${before}${escape(SECRET)}${after}`, SECRET);
        expect(revealsSecret(out, SECRET)).toBe(false);
      }),
    );
  });

  it("leaves text without the secret as it was", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!revealsSecret(text, SECRET));
        expect(scrub(text, SECRET)).toBe(text);
      }),
    );
  });
});
