import { planImport, type ImportPlan } from './backup-format';
import { takeInventory } from './inventory';
import type { AnyKind } from './kind';
import { KINDS, type BackupData } from './kinds';
import type { KeyValueStore } from './kv';
import { updateScanningIfCurrent } from './open';

// A backup's I/O: planning an import against what is stored now, and writing it. The file
// format itself (schema, parse, plan) is backup-format.ts, pure.

/** Plans an import against what is stored now (the preview shows this plan). */
export async function prepareImport(
	store: KeyValueStore,
	incoming: BackupData,
	kinds: readonly AnyKind[] = KINDS
): Promise<ImportPlan> {
	const { data, damaged } = await takeInventory(store, kinds);
	return planImport(data, incoming, kinds, damaged);
}

/**
 * Writes an import plan in one version-checked transaction, a failure leaving everything as it
 * was. Each record is merged again inside it, by its kind's rule, with what is stored by then: a
 * card another tab studied since the preview keeps its newer state, a review already stored (by
 * entry id) is not added again, a quiz already there stays, and a damaged record is kept as it is.
 */
export async function applyImport(
	store: KeyValueStore,
	plan: ImportPlan,
	kinds: readonly AnyKind[] = KINDS
): Promise<void> {
	const changes = plan.changes as unknown as Record<string, { records: unknown[] }>;
	const recordsOf = (kind: AnyKind) => changes[kind.name]?.records ?? [];
	const writes = kinds.flatMap((kind) => kind.writes?.(recordsOf(kind)) ?? []);
	const adds = kinds.flatMap((kind) => kind.adds?.(recordsOf(kind)) ?? []);
	if (!writes.length && !adds.length) return;
	// Every record under each addition's prefix, read in the writing transaction (no early stop).
	const scans = adds.map(({ prefix }) => ({ prefix, until: () => false }));
	await updateScanningIfCurrent(
		store,
		writes.map(([key]) => key),
		scans,
		(old, walked) => ({
			values: writes.map(([, merge], i) => merge(old[i])),
			put: adds.flatMap((addition, i) => addition.add(walked[i] ?? []))
		})
	);
}
