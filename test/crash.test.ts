// Crash safety: the codegen is killed (SIGKILL) at random moments while it
// writes the output and while it fetches a snapshot, and at every step of the
// journaled swap of snapshot and output. Afterwards the next plain run leaves
// a consistent pair (the old snapshot with the old output, or the new snapshot
// with the output generated from it) and no leftovers next to either.
//
// CRASH_WRITE_RUNS (default 36) and CRASH_FETCH_RUNS (default 14) set the loop sizes.
import { spawn, spawnSync } from "node:child_process";
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type ResolvedProvider } from "../generator/config/config.js";
import { FETCH_STATE_FILE } from "../generator/fetch/fetch-snapshot.js";
import { DEFAULT_HTTP } from "../generator/fetch/http.js";
import type { OutputFile } from "../generator/output/output.js";
import { fetchAndRun, generate, run } from "../generator/pipeline.js";
import { MARKER_CONTENT, OUTPUT_MARKER, recoverDir, writeOutput } from "../generator/output/write.js";
import { startEmulator } from "../scripts/emulator.js";
import { BASIC_INPUT, providerFor, readTree, removeDir, tempDir } from "./helpers.js";

const root = resolve(import.meta.dirname, "..");
const WRITE_RUNS = Number(process.env.CRASH_WRITE_RUNS ?? 36);
const FETCH_RUNS = Number(process.env.CRASH_FETCH_RUNS ?? 14);

let work: string;
beforeAll(async () => {
  work = await tempDir("codegen-crash-");
});
afterAll(() => removeDir(work));

const asTree = (files: readonly OutputFile[]) => Object.fromEntries(files.map((f) => [f.path, f.content]));
const same = (a: Record<string, string>, b: Record<string, string>) => isDeepStrictEqual(a, b);

/** Leftovers of runs next to `dir` (temp, old and staging directories). */
async function leftovers(dir: string): Promise<string[]> {
  const base = basename(dir);
  return (await readdir(dirname(dir))).filter((n) => n.startsWith(`.${base}.`));
}

async function exists(dir: string): Promise<boolean> {
  return readdir(dir).then(
    () => true,
    () => false,
  );
}

/** Spawns a child, kills it with SIGKILL when `trigger` resolves; resolves when it is gone. */
function killWhen(args: string[], env: NodeJS.ProcessEnv, trigger: (child: ReturnType<typeof spawn>) => Promise<void>) {
  // One process (tsx as a loader, not its CLI wrapper), so the kill hits the codegen itself.
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const gone = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  void trigger(child).then(() => child.kill("SIGKILL"));
  return gone;
}

describe("crash safety", () => {
  it(`write: ${WRITE_RUNS} kills at random moments of the swap leave the complete old or new output`, async () => {
    const provider = providerFor(BASIC_INPUT, join(work, "unused"));
    const old = (await generate(provider)).files;
    // A new state that differs in every file.
    const next = old.map((f) => ({ path: f.path, content: `${f.content}\n// next\n` }));
    const nextFile = join(work, "next.json");
    await writeFile(nextFile, JSON.stringify(next));
    const out = join(work, "write-out");
    const counts = { old: 0, new: 0, missing: 0, recovered: 0 };
    /** Runs the child, killing it `delay` ms after it announced itself (never, if undefined); returns ready→exit ms. */
    const child = async (delay: number | undefined) => {
      let readyAt = 0;
      await killWhen(["test/crash-child.ts", out, nextFile], process.env, (c) => {
        return new Promise((r) => {
          c.stdout!.on("data", (chunk: Buffer) => {
            if (chunk.toString().includes("ready")) {
              readyAt = performance.now();
              if (delay !== undefined) setTimeout(r, delay);
            }
          });
        });
      });
      return performance.now() - readyAt;
    };
    // Calibrate: how long the write takes from the child's announcement to its exit.
    let span = 0;
    for (let i = 0; i < 3; i++) {
      await removeDir(out);
      await writeOutput(out, old);
      span = Math.max(span, await child(undefined));
    }
    for (let i = 0; i < WRITE_RUNS; i++) {
      await removeDir(out);
      await writeOutput(out, old);
      await child(Math.random() * span);
      if (!(await exists(out))) {
        // Killed between the two renames: the journal names the complete new output, aside.
        expect((await leftovers(out)).some((n) => n.includes(".swap-"))).toBe(true);
        counts.missing++;
      }
      // What the next run does first: finish a journaled swap, drop the rest.
      if ((await recoverDir(out)).length > 0) counts.recovered++;
      const tree = await readTree(out);
      const state = same(tree, asTree(old)) ? "old" : same(tree, asTree(next)) ? "new" : "mixed";
      expect(state, `run ${i}: output is neither the old nor the new state`).not.toBe("mixed");
      counts[state as "old" | "new"]++;
      // The next run succeeds and leaves nothing behind.
      await writeOutput(out, next);
      expect(await readTree(out)).toEqual(asTree(next));
      expect(await leftovers(out)).toEqual([]);
    }
    console.info(
      `crash (write): ${WRITE_RUNS} kills within ${span.toFixed(0)} ms: ${counts.old} old, ${counts.new} new (${counts.missing} killed between renames, ${counts.recovered} with leftovers recovered)`,
    );
    expect(counts.old + counts.new).toBe(WRITE_RUNS);
  }, 300_000);

  it("write: a kill at every step of the swap; the next run finishes it or leaves the old output, and no leftovers", async () => {
    const provider = providerFor(BASIC_INPUT, join(work, "unused"));
    const old = (await generate(provider)).files;
    const next = old.map((f) => ({ path: f.path, content: `${f.content}\n// next\n` }));
    const nextFile = join(work, "next-steps.json");
    await writeFile(nextFile, JSON.stringify(next));
    const out = join(work, "write-steps-out");
    const seen: string[] = [];
    for (const step of ["prepared", "journal", "moved-old-0", "moved-new-0", "swapped", "cleaned"]) {
      await removeDir(out);
      await writeOutput(out, old);
      const child = spawn(process.execPath, ["--import", "tsx", "test/crash-child.ts", out, nextFile, step], {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      });
      const signal = await new Promise<NodeJS.Signals | null>((r) => child.on("exit", (_, sig) => r(sig)));
      expect(signal, step).toBe("SIGKILL");
      const left = await leftovers(out);
      expect(left.length, step).toBeGreaterThan(0);
      await recoverDir(out);
      const tree = await readTree(out);
      const state = same(tree, asTree(old)) ? "old" : same(tree, asTree(next)) ? "new" : "mixed";
      expect(state, step).toBe(step === "prepared" ? "old" : "new");
      expect(await leftovers(out), step).toEqual([]);
      seen.push(`${step}: ${left.length} leftover(s) → ${state}`);
    }
    console.info(`crash (write steps): ${seen.join("; ")}`);
  }, 300_000);

  it(`fetch: ${FETCH_RUNS} kills during download, generation and swap leave the complete old or new snapshot and output`, async () => {
    // The emulator serves a changed copy of the basic snapshot with the Streamkap paths.
    const streamkap = (await loadConfig(resolve(root, "codegen.config.ts"))).find((p) => p.name === "streamkap")!;
    const served = join(work, "served");
    await cp(BASIC_INPUT, served, { recursive: true });
    const demo = join(served, "connectors/sources/demo-db.json");
    await writeFile(
      demo,
      (await readFile(demo, "utf8")).replace('"display_name": "Demo DB"', '"display_name": "Demo DB 2"'),
    );
    const emulator = await startEmulator({ provider: streamkap, snapshotDir: served, token: "crash-token-123456" });
    const env = { ...process.env, STREAMKAP_API_URL: emulator.url, STREAMKAP_TOKEN: "crash-token-123456" };
    const fetchOptions = { env, concurrency: 4, http: { ...DEFAULT_HTTP, backoffMs: 1 } };

    const snapshot = join(work, "fetch-snapshot");
    const out = join(work, "fetch-out");
    const target: ResolvedProvider = { ...streamkap, snapshotDir: snapshot, outDir: out };
    const reset = async () => {
      await removeDir(snapshot);
      await removeDir(out);
      await cp(BASIC_INPUT, snapshot, { recursive: true });
      const old = await generate(target);
      await writeOutput(out, old.files);
    };
    // The complete new states, from one uninterrupted fetch.
    await reset();
    const oldSnapshot = await readTree(snapshot);
    const oldOut = await readTree(out);
    await fetchAndRun(target, "write", fetchOptions);
    const strip = (t: Record<string, string>) => {
      const c = { ...t };
      delete c[FETCH_STATE_FILE];
      return c;
    };
    const newSnapshot = strip(await readTree(snapshot));
    const newOut = await readTree(out);
    expect(same(newOut, oldOut)).toBe(false);

    const counts = { requests: 0, afterDownload: 0 };
    const states: string[] = [];
    try {
      for (let i = 0; i < FETCH_RUNS; i++) {
        await reset();
        const before = emulator.requests.length;
        // Kill modes, in turn: after the k-th request; at a random moment after the last
        // download; just as the snapshot swap starts; just as the output swap starts.
        const mode = i % 4;
        const args = [
          "scripts/codegen.mjs",
          "--fetch",
          "--quiet",
          "--provider",
          "streamkap",
          "--snapshot",
          snapshot,
          "--out",
          out,
        ];
        const swapping = async (dir: string) => {
          while (!(await leftovers(dir)).some((n) => n.includes(".tmp-"))) await new Promise((r) => setTimeout(r, 1));
          await new Promise((r) => setTimeout(r, Math.random() * 10));
        };
        const exited = killWhen(args, env, async () => {
          if (mode === 0) {
            const k = 1 + Math.floor(Math.random() * 5);
            while (emulator.requests.length - before < k) await new Promise((r) => setTimeout(r, 1));
          } else if (mode === 1) {
            while (emulator.requests.length - before < 5) await new Promise((r) => setTimeout(r, 1));
            await new Promise((r) => setTimeout(r, Math.random() * 2500));
          } else await swapping(mode === 2 ? snapshot : out);
        });
        await exited;
        counts[mode === 0 ? "requests" : "afterDownload"]++;
        // A plain run finishes or drops what the killed one left, and gives a consistent pair.
        await run(target, "write");
        const snap = strip(await readTree(snapshot));
        const o = await readTree(out);
        const s = same(snap, strip(oldSnapshot)) ? "old" : same(snap, newSnapshot) ? "new" : "mixed";
        const g = same(o, oldOut) ? "old" : same(o, newOut) ? "new" : "mixed";
        expect(`${s}/${g}`, `run ${i}`).toMatch(/^(old\/old|new\/new)$/);
        expect([...(await leftovers(snapshot)), ...(await leftovers(out))], `run ${i}`).toEqual([]);
        states.push(`${s}/${g}`);
        // The next fetch succeeds.
        await fetchAndRun(target, "write", fetchOptions);
        expect(strip(await readTree(snapshot))).toEqual(newSnapshot);
        expect(await readTree(out)).toEqual(newOut);
        expect([...(await leftovers(snapshot)), ...(await leftovers(out))]).toEqual([]);
      }
    } finally {
      await emulator.close();
      await rm(served, { recursive: true, force: true });
    }
    const tally = states.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});
    console.info(
      `crash (fetch): ${FETCH_RUNS} kills (${counts.requests} during download, ${counts.afterDownload} after): ${JSON.stringify(tally)}`,
    );
  }, 600_000);

  it("fetch: a kill at every step of the journaled swap; the next plain run gives a consistent pair and no leftovers", async () => {
    const streamkap = (await loadConfig(resolve(root, "codegen.config.ts"))).find((p) => p.name === "streamkap")!;
    const served = join(work, "served-steps");
    await cp(BASIC_INPUT, served, { recursive: true });
    const demo = join(served, "connectors/sources/demo-db.json");
    await writeFile(
      demo,
      (await readFile(demo, "utf8")).replace('"display_name": "Demo DB"', '"display_name": "Demo DB 3"'),
    );
    const emulator = await startEmulator({ provider: streamkap, snapshotDir: served, token: "crash-token-123456" });
    const env = { ...process.env, STREAMKAP_API_URL: emulator.url, STREAMKAP_TOKEN: "crash-token-123456" };
    const snapshot = join(work, "step-snapshot");
    const out = join(work, "step-out");
    const target: ResolvedProvider = { ...streamkap, snapshotDir: snapshot, outDir: out };
    const strip = (t: Record<string, string>) => {
      const c = { ...t };
      delete c[FETCH_STATE_FILE];
      return c;
    };
    const reset = async () => {
      await removeDir(snapshot);
      await removeDir(out);
      await cp(BASIC_INPUT, snapshot, { recursive: true });
      await writeOutput(out, (await generate(target)).files);
    };
    try {
      await reset();
      const oldSnapshot = strip(await readTree(snapshot));
      const oldOut = await readTree(out);
      await fetchAndRun(target, "write", { env, concurrency: 4, http: { ...DEFAULT_HTTP, backoffMs: 1 } });
      const newSnapshot = strip(await readTree(snapshot));
      const newOut = await readTree(out);
      expect(same(newSnapshot, oldSnapshot)).toBe(false);
      expect(same(newOut, oldOut)).toBe(false);
      // The fetched output is what a plain run generates from the fetched snapshot.
      expect((await run(target, "write", { cache: false })).changed).toBe(false);

      const steps = [
        "prepared",
        "journal",
        "moved-old-0",
        "moved-new-0",
        "moved-old-1",
        "moved-new-1",
        "swapped",
        "cleaned",
      ];
      const seen: string[] = [];
      for (const step of steps) {
        await reset();
        const child = spawn(
          process.execPath,
          ["--import", "tsx", "test/crash-child.ts", "--fetch", step, snapshot, out],
          { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] },
        );
        let stderr = "";
        child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
        const signal = await new Promise<NodeJS.Signals | null>((r) => child.on("exit", (_, sig) => r(sig)));
        expect(signal, `${step}: ${stderr}`).toBe("SIGKILL");
        const left = [...(await leftovers(snapshot)), ...(await leftovers(out))];
        expect(left.length, `${step}: a kill mid-run leaves something to recover`).toBeGreaterThan(0);
        await run(target, "write");
        const snap = strip(await readTree(snapshot));
        const o = await readTree(out);
        const st = same(snap, oldSnapshot) ? "old" : same(snap, newSnapshot) ? "new" : "mixed";
        const g = same(o, oldOut) ? "old" : same(o, newOut) ? "new" : "mixed";
        // Before the journal nothing was swapped; from the journal on, the swap is rolled forward.
        expect(`${st}/${g}`, step).toBe(step === "prepared" ? "old/old" : "new/new");
        expect([...(await leftovers(snapshot)), ...(await leftovers(out))], step).toEqual([]);
        seen.push(`${step}: ${left.length} leftover(s) → ${st}/${g}`);
      }
      console.info(`crash (swap steps): ${seen.join("; ")}`);
    } finally {
      await emulator.close();
      await rm(served, { recursive: true, force: true });
    }
  }, 600_000);

  it("plain runs restore a snapshot left under .old between its renames, and remove dead runs' staging copies", async () => {
    const provider = providerFor(BASIC_INPUT, join(work, "plain-unused"));
    const snapshot = join(work, "plain-snapshot");
    const out = join(work, "plain-out");
    const target: ResolvedProvider = { ...provider, snapshotDir: snapshot, outDir: out };
    await cp(BASIC_INPUT, snapshot, { recursive: true });
    await run(target, "write");
    const before = { snapshot: await readTree(snapshot), out: await readTree(out) };
    // A pid that is certainly gone.
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const tag = `${dead}-${Date.now().toString(36)}`;
    // What a fetch killed between the snapshot's two renames leaves: no snapshot, the complete
    // old one under .old, the new one in .tmp, and the staging copy it generated from.
    await rename(snapshot, join(work, `.plain-snapshot.old-${tag}`));
    await cp(BASIC_INPUT, join(work, `.plain-snapshot.tmp-${tag}`), { recursive: true });
    await writeFile(join(work, `.plain-snapshot.tmp-${tag}`, OUTPUT_MARKER), MARKER_CONTENT);
    const staging = join(work, `.plain-snapshot.fetch-${tag}`);
    await cp(BASIC_INPUT, staging, { recursive: true });
    await writeFile(join(staging, OUTPUT_MARKER), MARKER_CONTENT);
    // A foreign directory whose name looks like a leftover but carries no marker stays.
    const foreign = join(work, `.plain-out.tmp-${tag}`);
    await mkdir(foreign);
    await writeFile(join(foreign, "notes.txt"), "mine\n");
    // A check changes nothing: it names what is unfinished instead of failing on the missing snapshot.
    await expect(run(target, "check")).rejects.toThrow(/a killed run left its swap unfinished .*npm run codegen/);
    await run(target, "write");
    expect(await readTree(snapshot)).toEqual(before.snapshot);
    expect(await readTree(out)).toEqual(before.out);
    expect([...(await leftovers(snapshot)), ...(await leftovers(out))]).toEqual([`.plain-out.tmp-${tag}`]);
    await rm(foreign, { recursive: true });
  }, 120_000);
});
