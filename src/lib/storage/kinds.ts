import type { KindChange, RecordKind } from './kind';
import { attemptsKind } from './kind-attempts';
import { cardsKind } from './kind-cards';
import { classKind } from './kind-class';
import { logsKind } from './kind-logs';
import { settingsKind } from './kind-settings';

/**
 * Every kind of record the app stores, in the order a backup lists them. Adding a kind is its
 * own `kind-<name>.ts` and one entry here: inventory, backup export and import, the import
 * preview and the damaged-record report all loop over this list.
 */
export const KINDS = [cardsKind, logsKind, attemptsKind, settingsKind, classKind] as const;

type Kind = (typeof KINDS)[number];
type DataOf<K> = K extends RecordKind<string, infer D, unknown> ? D : never;
type RecordOf<K> = K extends RecordKind<string, unknown, infer R> ? R : never;

/** Everything a backup holds: each kind's data under its name, and the schema version. */
export type BackupData = { schemaVersion: number } & { [K in Kind as K['name']]: DataOf<K> };

/** What importing a backup would change, kind by kind. */
export type KindChanges = { [K in Kind as K['name']]: KindChange<RecordOf<K>> };
