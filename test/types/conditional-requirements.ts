// Type test (checked by `tsc --noEmit`, see typecheck.test.ts): a field required
// only when another field has some value is required by the config type exactly
// then. An absent field counts as its default, as the runtime reads it.
import type { PostgresqlSourceConfig, PostgresqlSourceUpdateConfig } from "../../generated/streamkap/index.js";
import type { DemoDbSourceConfig } from "../cases/basic/expected/sources/demo-db.gen.js";
import type { S3SourceConfig } from "../cases/json-schema/expected/sources/s3.gen.js";
import type { PostgresDestinationConfig } from "../cases/json-schema/expected/destinations/postgres.gen.js";

const pg = {
  databaseHostname: "db.internal",
  databaseUser: "streamkap",
  databasePassword: "from-a-vault",
  databaseDbname: "orders",
  schemaIncludeList: "public",
  tableIncludeList: "public.orders",
} as const;

// The README's example: heartbeatEnabled defaults to true, which requires the heartbeat schema.
// @ts-expect-error heartbeatDataCollectionSchemaOrDatabase is required while heartbeatEnabled is (by default) true
export const pgMissingHeartbeat: PostgresqlSourceConfig = { ...pg };
export const pgWithHeartbeat: PostgresqlSourceConfig = { ...pg, heartbeatDataCollectionSchemaOrDatabase: "public" };
export const pgHeartbeatOff: PostgresqlSourceConfig = { ...pg, heartbeatEnabled: false };
// @ts-expect-error heartbeatEnabled: true (eq) requires it too
export const pgHeartbeatOn: PostgresqlSourceConfig = { ...pg, heartbeatEnabled: true };
const on: boolean = Math.random() > 0.5;
// @ts-expect-error a boolean that may be true requires it
export const pgHeartbeatMaybe: PostgresqlSourceConfig = { ...pg, heartbeatEnabled: on };
export const pgHeartbeatMaybeGiven: PostgresqlSourceConfig = {
  ...pg,
  heartbeatEnabled: on,
  heartbeatDataCollectionSchemaOrDatabase: "public",
};

// ne: the signal schema is required when snapshotReadOnly ≠ "Yes" (default "Yes").
const pgBase = { ...pg, heartbeatEnabled: false } as const;
export const pgReadOnlyDefault: PostgresqlSourceConfig = { ...pgBase };
export const pgReadOnlyYes: PostgresqlSourceConfig = { ...pgBase, snapshotReadOnly: "Yes" };
// @ts-expect-error snapshotReadOnly "No" requires signalDataCollectionSchemaOrDatabase
export const pgReadOnlyNo: PostgresqlSourceConfig = { ...pgBase, snapshotReadOnly: "No" };
export const pgReadOnlyNoGiven: PostgresqlSourceConfig = {
  ...pgBase,
  snapshotReadOnly: "No",
  signalDataCollectionSchemaOrDatabase: "streamkap",
};
// @ts-expect-error an enum discriminant still rejects values outside the enum
export const pgReadOnlyMaybe: PostgresqlSourceConfig = { ...pgBase, snapshotReadOnly: "Maybe" };

// Several unions at once: each condition is checked on its own.
// @ts-expect-error sshEnabled requires sshHost, whatever the other branches
export const pgSsh: PostgresqlSourceConfig = { ...pgBase, sshEnabled: true };
export const pgSshHost: PostgresqlSourceConfig = { ...pgBase, sshEnabled: true, sshHost: "bastion" };

// An update leaves set-once fields out and keeps the conditions on the others.
const { databaseDbname: _dbname, ...updatable } = pg;
// @ts-expect-error heartbeatDataCollectionSchemaOrDatabase is required in an update too
export const pgUpdateMissing: PostgresqlSourceUpdateConfig = { ...updatable };
export const pgUpdate: PostgresqlSourceUpdateConfig = { ...updatable, heartbeatEnabled: false };

// Basic case: sshHost required when sshEnabled = true (default false); sshPort has a default, so stays optional.
const demo = {
  databaseHostname: "h",
  databasePassword: "p",
  databaseDbname: "d",
} as const;
export const demoNoSsh: DemoDbSourceConfig = { ...demo };
export const demoSshOff: DemoDbSourceConfig = { ...demo, sshEnabled: false };
// @ts-expect-error sshEnabled: true requires sshHost
export const demoSshOn: DemoDbSourceConfig = { ...demo, sshEnabled: true };
export const demoSshHost: DemoDbSourceConfig = { ...demo, sshEnabled: true, sshHost: "bastion" };
// signalTable: required when snapshotMode IN [initial, when_needed] AND sshEnabled ≠ true; two conditions
// on two fields cannot be a union here, so it stays optional (validation still requires it).
export const demoNoSignal: DemoDbSourceConfig = { ...demo, snapshotMode: "initial" };

// JSON Schema dialect: if/then on a boolean with a default (key and secret required unless anonymous).
// @ts-expect-error anonymous defaults to false, which requires key and secret
export const s3Missing: S3SourceConfig = { remoteUrl: "s3://b/" };
export const s3Anonymous: S3SourceConfig = { remoteUrl: "s3://b/", anonymous: true };
export const s3Keys: S3SourceConfig = { remoteUrl: "s3://b/", key: "k", secret: "s" };
// @ts-expect-error anonymous: false requires the secret too
export const s3KeyOnly: S3SourceConfig = { remoteUrl: "s3://b/", anonymous: false, key: "k" };

// present (dependentRequired): password is required when username is given; username is always required.
// @ts-expect-error username is given, so password is required
export const pgDestMissing: PostgresDestinationConfig = { host: "h", username: "u", database: "d" };
