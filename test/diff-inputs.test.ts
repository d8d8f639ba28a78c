// The diff without the stage cache builds only the connectors whose inputs
// (schema, everything its $refs reach, name lock entries) differ between the
// two snapshots. Differential check: on random edits of a union snapshot, it
// reports exactly what comparing the two whole IRs reports.

import fc from "fast-check";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffIrs, diffSnapshots, policyOf } from "../generator/diff/diff.js";
import { emitNameLock } from "../generator/emit/name-lock.js";
import { buildIr } from "../generator/pipeline.js";
import { syntheticDocument } from "../scripts/synthetic-corpus.js";
import { removeDir, tempDir, unionProvider } from "./helpers.js";

type Obj = Record<string, unknown>;

const provider = unionProvider;

const schemasOf = (doc: Obj) => (doc.components as Obj).schemas as Obj;
const membersOf = (doc: Obj) =>
  Object.keys(schemasOf(doc)).filter((k) => k.startsWith("source-") || k.startsWith("destination-"));

/** Every `$ref` equal to `from` in `value` now says `to`. */
function retarget(value: unknown, from: string, to: string): void {
  if (Array.isArray(value)) value.forEach((v) => retarget(v, from, to));
  else if (typeof value === "object" && value !== null) {
    const o = value as Obj;
    if (o.$ref === from) o.$ref = to;
    Object.values(o).forEach((v) => retarget(v, from, to));
  }
}

/** Edits a real provider makes between two versions; `k` picks the connector. */
const EDITS: Record<string, (doc: Obj, k: number) => void> = {
  "shared enum narrowed": (doc) => {
    const ssl = (schemasOf(doc).SslMode ?? schemasOf(doc).SslMode2) as Obj;
    ssl.enum = (ssl.enum as string[]).slice(0, -1);
  },
  "shared oneOf bound lowered": (doc) => {
    const cdc = ((schemasOf(doc).ReplicationMethod as Obj).oneOf as Obj[])[1]!;
    ((cdc.properties as Obj).initial_waiting_seconds as Obj).maximum = 600;
  },
  "component renamed, refs follow": (doc) => {
    const schemas = schemasOf(doc);
    if (schemas.SslMode === undefined) return;
    schemas.SslMode2 = schemas.SslMode;
    delete schemas.SslMode;
    retarget(doc, "#/components/schemas/SslMode", "#/components/schemas/SslMode2");
  },
  "inline property moved behind a $ref": (doc, k) => {
    const schemas = schemasOf(doc);
    const member = schemas[membersOf(doc)[k % membersOf(doc).length]!] as Obj;
    const properties = member.properties as Obj;
    const key = Object.keys(properties)[1]!;
    schemas[`Moved${k}`] = properties[key];
    properties[key] = { $ref: `#/components/schemas/Moved${k}` };
  },
  "connector dropped from the union": (doc, k) => {
    const create = (schemasOf(doc).SourceCreateRequest as Obj).properties as Obj;
    const union = (create.configuration as Obj).oneOf as unknown[];
    if (union.length > 1) union.splice(k % union.length, 1);
  },
  "connector code changed": (doc, k) => {
    const member = schemasOf(doc)[membersOf(doc)[k % membersOf(doc).length]!] as Obj;
    const properties = member.properties as Obj;
    const key = Object.keys(properties)[0]!;
    (properties[key] as Obj).const = `${(properties[key] as Obj).const as string}-renamed`;
  },
  "code constant behind a $ref changed": (doc, k) => {
    const schemas = schemasOf(doc);
    const codes = Object.keys(schemas).filter((name) => name.startsWith("Code_"));
    if (codes.length === 0) return;
    const code = schemas[codes[k % codes.length]!] as Obj;
    code.const = `${code.const as string}-renamed`;
  },
  "discriminating constant removed": (doc, k) => {
    const member = schemasOf(doc)[membersOf(doc)[k % membersOf(doc).length]!] as Obj;
    const properties = member.properties as Obj;
    delete properties[Object.keys(properties)[0]!];
  },
  "field removed, required field added, default changed": (doc, k) => {
    const member = schemasOf(doc)[membersOf(doc)[k % membersOf(doc).length]!] as Obj & { required: string[] };
    const properties = member.properties as Obj;
    const keys = Object.keys(properties);
    delete properties[keys[keys.length - 3]!];
    properties[`added_${k}`] = { type: "string" };
    member.required.push(`added_${k}`);
    for (const p of Object.values(properties) as Obj[]) if (typeof p.default === "number") p.default += 1;
  },
  "properties reordered": (doc, k) => {
    const member = schemasOf(doc)[membersOf(doc)[k % membersOf(doc).length]!] as Obj;
    member.properties = Object.fromEntries(Object.entries(member.properties as Obj).reverse());
  },
  "description edited": (doc, k) => {
    const member = schemasOf(doc)[membersOf(doc)[k % membersOf(doc).length]!] as Obj;
    const first = Object.values(member.properties as Obj).find((p) => typeof (p as Obj).description === "string");
    if (first) (first as Obj).description = "Edited.";
  },
};

/** The name lock: none, the base's on both sides, the base's on one side only, or an authoring key changed in head's. */
const LOCKS = ["none", "same", "base only", "head only", "head renames a key"] as const;

let work: string;
beforeAll(async () => {
  work = await tempDir("codegen-diff-inputs-");
});
afterAll(async () => {
  await removeDir(work);
});

describe("diff without the cache: only connectors whose inputs differ are built", () => {
  it("reports what comparing the whole IRs reports, for any edits and name locks", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 12 }),
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(EDITS)), fc.nat(50)), { maxLength: 4 }),
        fc.constantFrom(...LOCKS),
        fc.boolean(),
        fc.boolean(),
        async (size, edits, lockMode, twin, codesBehindRefs) => {
          const dir = join(work, String(run++));
          const [base, head, baseOut, headOut] = [
            join(dir, "base"),
            join(dir, "head"),
            join(dir, "base-out"),
            join(dir, "head-out"),
          ];
          for (const d of [base, head, baseOut, headOut]) await mkdir(d, { recursive: true });
          const doc = syntheticDocument(size, size);
          // A second constant property beside the discriminating one: which of them is the connector's
          // discriminator then depends on the other members.
          if (twin)
            for (const name of membersOf(doc)) {
              const properties = (schemasOf(doc)[name] as Obj).properties as Obj;
              properties.engine = { ...(Object.values(properties)[0] as Obj) };
            }
          // Each member's constant (its code) in a component of its own, which the member refers to.
          if (codesBehindRefs)
            for (const name of membersOf(doc)) {
              const properties = (schemasOf(doc)[name] as Obj).properties as Obj;
              const key = Object.keys(properties)[0]!;
              schemasOf(doc)[`Code_${name}`] = properties[key];
              properties[key] = { $ref: `#/components/schemas/Code_${name}` };
            }
          const next = structuredClone(doc);
          for (const [edit, k] of edits) EDITS[edit]!(next, k);
          await writeFile(join(base, "openapi.json"), JSON.stringify(doc));
          await writeFile(join(head, "openapi.json"), JSON.stringify(next));
          if (lockMode !== "none") {
            const lock = emitNameLock((await buildIr(provider(base, baseOut), { cache: false })).ir).content;
            if (lockMode !== "head only") await writeFile(join(baseOut, "names.lock.json"), lock);
            if (lockMode === "same" || lockMode === "head only")
              await writeFile(join(headOut, "names.lock.json"), lock);
            if (lockMode === "head renames a key")
              await writeFile(
                join(headOut, "names.lock.json"),
                lock.replace(/"((?:host|port|database)\w*)": "(\w+)"/, '"$1": "$2Locked"'),
              );
          }
          const headBuilt = await buildIr(provider(head, headOut), { cache: false });
          const whole = diffIrs(
            provider(head, headOut),
            (await buildIr(provider(base, baseOut), { cache: false })).ir,
            headBuilt.ir,
            await policyOf(provider(head, headOut)),
            { headWarnings: headBuilt.warnings },
          );
          const got = await diffSnapshots(provider(head, headOut), base, head, { cache: false }, baseOut);
          expect(got.changes).toEqual(whole.changes);
          expect(got.semver).toBe(whole.semver);
          expect(got.unusedRenames).toEqual(whole.unusedRenames);
          // (The whole IRs know no file for a connector they leave out; the inputs do.)
          for (const c of got.changes)
            if (whole.files.has(c.connector)) expect(got.files.get(c.connector)).toBe(whole.files.get(c.connector));
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
