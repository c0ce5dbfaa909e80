// Generators of malformed input for the property tests (fast-check): wrong types, huge and invalid strings, deep
// nesting, odd numbers, bad ids, `__proto__` keys, and for HTTP bodies invalid JSON and bad content types.
// No database here: the e2e suite uses these generators too.
import fc from "fast-check";

/**
 * One fixed seed for every run of `npm test`; FUZZ_SEED reproduces another run, FUZZ_RUNS changes how many cases each
 * property tries. fast-check prints the seed and the shrunk counterexample of a failure (replay with FUZZ_SEED).
 */
export function fuzzParameters<T>(name: string, examples: T[] = [], runs = { variable: "FUZZ_RUNS", default: 15 }): fc.Parameters<T> {
  const seed = Number(process.env.FUZZ_SEED || 20261201);
  const numRuns = Number(process.env[runs.variable] || runs.default);
  console.info(`[fuzz] ${name}: seed ${seed} (FUZZ_SEED), ${numRuns} runs (${runs.variable}), ${examples.length} fixed examples first`);
  return { seed, numRuns, endOnFailure: true, examples };
}

/** Strings no form sends: control characters, NUL, lone surrogates, injections, percent-escapes, huge ones. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  // What PostgreSQL cannot store as text, its own branch so that every property meets it.
  fc.constantFrom("\u0000", "a\u0000b", "\uD800", "x\uDFFFy", "\uDBFF\uDBFF"),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\uD800",
    "x\uDFFFy",
    "\uDBFF\uDBFF",
    "\uFFFE\uFEFF",
    "💥".repeat(50),
    "../../etc/passwd",
    "' OR 1=1 --",
    "%00",
    "%ZZ",
    "%E0%A4%A",
    "__proto__",
    "constructor",
    "NaN",
    "-1",
    "1e309",
    "0x1F",
    "9".repeat(400),
    "rst_ws_0000000000000000000000000000",
    "owner",
    "viewer",
    "7d",
    "example.com",
    "ada@example.com",
    "true",
  ),
  fc.constantFrom(70_000, 40_000, 1_000).map((n) => "x".repeat(n)),
  fc.uuid(),
  fc.string({ maxLength: 12 }).map((s) => `${s}@example.com`),
);

/** Numbers at the edges: NaN, infinities, -0, beyond the safe integers, fractions, negatives. */
export const oddNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, -1, 0.5, 2 ** 31, 2 ** 53 + 2, 1e308, 5e-324, 30, 90, 365, 100_001),
);

/** Opaque cursors of the right encoding around a wrong payload: impossible instants, huge ids, extra fields. */
export const oddCursor: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
        .map(([y, mo, d, h]) => `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")} ${String(h).padStart(2, "0")}:00:00+00`),
      fc.constantFrom("2026-01-01 10:00:00+00", "2026-01-01T10:00:00Z", "2026-02-29 10:00:00+00", "2026-01-01 10:00:00+99:99", "2026-01-01 10:00:00.1234567+00"),
      oddString,
    ),
    fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }).map(String),
      fc.constantFrom("1", "0", "-1", "9".repeat(16), "9".repeat(19), "1e3", "", "1|2"),
      fc.bigInt({ min: 0n, max: 2n ** 70n }).map(String),
    ),
  )
  .map(([at, id]) => Buffer.from(`${at}|${id}`, "utf8").toString("base64url"));

/** Keys a malicious client adds: prototype pollution attempts and the field names of real inputs. */
export const oddKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "", "\u0000", "\uD800"),
  fc.constantFrom("displayName", "slug", "region", "userId", "role", "emails", "expiresIn", "maxUses", "allowedDomains", "name"),
  fc.string({ maxLength: 10 }),
);

/** An object with own `__proto__` keys (as JSON.parse creates them), not a changed prototype. */
function withOwnKeys(entries: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

/** A value nested `levels` deep in arrays or objects. */
export const deepValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 5, max: 300 }), fc.boolean(), oddString)
  .map(([levels, arrays, leaf]) => {
    let value: unknown = leaf;
    for (let i = 0; i < levels; i++) value = arrays ? [value] : { a: value };
    return value;
  });

/** Any JSON-ish value, of any shape: the wrong type for every field. */
export const junk: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    oddString,
    oddNumber,
    fc.constantFrom(null, true, false),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.array(fc.tuple(oddKey, tie("value")), { maxLength: 4 }).map(withOwnKeys),
    deepValue,
    fc.constantFrom(2000, 1001).map((n) => Array.from({ length: n }, (_, i) => `a${i}@example.com`)),
  ),
})).value;

/** Values that are not JSON but reach a server action (React decodes them): undefined, BigInt, Date, Map, Set, cycles. */
export const actionOnlyValue: fc.Arbitrary<unknown> = fc.constantFrom(
  undefined,
  10n ** 30n,
  new Date(NaN),
  new Date(8.64e15),
  new Map([["role", "owner"]]),
  new Set(["owner"]),
  new Uint8Array([0, 255]),
  (() => {
    const cycle: Record<string, unknown> = { role: "owner" };
    cycle.self = cycle;
    return cycle;
  })(),
);

/**
 * An input for one operation: a valid example with one field replaced, added or dropped (so the call gets past the
 * fields that are right and hits the one that is wrong), or junk of any shape.
 */
export function inputFor(example: Record<string, unknown> | undefined, value: fc.Arbitrary<unknown> = junk): fc.Arbitrary<unknown> {
  const base = example ?? {};
  const keys = Object.keys(base);
  const mutated = fc.tuple(keys.length ? fc.constantFrom(...keys) : oddKey, oddKey, value, fc.integer({ min: 0, max: 2 })).map(([key, extraKey, v, how]) => {
    if (how === 0) return withOwnKeys([...Object.entries(base).filter(([k]) => k !== key), [key, v]]);
    if (how === 1) return withOwnKeys([...Object.entries(base), [extraKey, v]]);
    return withOwnKeys(Object.entries(base).filter(([k]) => k !== key));
  });
  return fc.oneof(mutated, mutated, value);
}

/** Raw HTTP bodies: JSON of the input, invalid JSON, escapes JSON.parse turns into lone surrogates or NUL, oversized. */
export function rawBodyFor(input: fc.Arbitrary<unknown>): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    input.map((v) => JSON.stringify(v) ?? "null"),
    input.map((v) => JSON.stringify(v) ?? "null"),
    fc.constantFrom(
      undefined,
      "",
      "{",
      "}",
      "{'a': 1}",
      '{"a": 1,}',
      "not json",
      "[]",
      "null",
      '"\\ud800"',
      '{"displayName": "\\udfff", "role": "\\ud83d"}',
      '{"__proto__": {"role": "owner"}, "constructor": {"prototype": {"admin": true}}}',
      '{"role": "\\u0000"}',
      "\u0000",
      "\uFEFF{}",
      `{"a": ${"[".repeat(20_000)}${"]".repeat(20_000)}}`,
      `{"pad": "${"x".repeat(70_000)}"}`,
      '{"a": 1e999999, "maxUses": -0, "expiresInDays": 1e-400}',
    ),
    fc.string({ unit: "binary", maxLength: 60 }),
  );
}

export const oddContentType: fc.Arbitrary<string | undefined> = fc.constantFrom(
  undefined,
  "application/json",
  "application/json; charset=utf-16",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=----x",
  "application/xml",
  "",
  "application/json\u00ff; charset=\u00e9",
);

/** The real slug, and near misses of it: another case, padding, NUL, a lone surrogate, a path. */
export function oddSlug(real: string): fc.Arbitrary<unknown> {
  const nearMisses = [real.toUpperCase(), ` ${real}`, `${real}\u0000`, `${real}\uD800`, `${real}/..`, real.repeat(3), real.slice(0, 2)];
  return fc.oneof({ weight: 3, arbitrary: fc.constant(real) }, { weight: 1, arbitrary: fc.constantFrom(...nearMisses) }, { weight: 1, arbitrary: oddString });
}

/** Ids of the wrong shape, of the right shape but unknown, and the real ids the fixtures hold. */
export function oddId(real: string[] = []): fc.Arbitrary<string> {
  return fc.oneof(oddString, fc.uuid(), ...(real.length ? [fc.constantFrom(...real)] : []));
}
