// Worker thread body for emit-connectors.ts: emits one chunk and posts it back.

import { parentPort, workerData } from "node:worker_threads";
import { emitChunk, type ConnectorChunk } from "./connectors.js";

parentPort!.postMessage(emitChunk(workerData as ConnectorChunk));
