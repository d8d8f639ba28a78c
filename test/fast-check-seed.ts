// Every fast-check property runs from one seed unless it names its own: a red
// run on CI replays on any machine, and a green clone stays green. Set FC_SEED
// to explore other inputs (a failure prints the seed and path to replay it).
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261203) });
