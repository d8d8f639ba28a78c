// The names the generated modules share: api.gen.ts declares them, connector
// modules and index.ts import them. One place, so the emitters agree without
// importing each other.

import type { IrField, IrOperation } from "../ir/ir.js";
import { camelIdentifier, kindTypeName } from "../ir/naming.js";

/** Names of the per-kind declarations in api.gen.ts, shared with the connector emitter. */
export function apiNames(kind: string) {
  const t = kindTypeName(kind);
  return {
    spec: `${camelIdentifier(kind)}Api`,
    createEnvelope: `${t}CreateEnvelope`,
    createOptions: `${t}CreateOptions`,
    createBody: `${t}CreateBody`,
    updateEnvelope: `${t}UpdateEnvelope`,
    updateOptions: `${t}UpdateOptions`,
    updateBody: `${t}UpdateBody`,
  };
}

/** Options of a builder: path parameters (but the id), query parameters and headers. */
export function optionFields(op: IrOperation, isUpdate: boolean): IrField[] {
  return [...(isUpdate ? op.pathParams.slice(0, -1) : op.pathParams), ...op.query, ...op.headers];
}
