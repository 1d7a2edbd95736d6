// Whether the browser may evict the app's data, and how much it uses. Browsers without the
// Storage API (older Safari) answer "unknown" rather than failing.

export interface StorageStatus {
	/** true: kept until the user clears it; false: may be evicted; null: the browser can't say. */
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

/** Asks the browser to keep the app's data (after the first review, when it is worth keeping). */
export async function requestPersistence(): Promise<boolean | null> {
	const storage = globalThis.navigator?.storage;
	if (!storage?.persist) return null;
	try {
		return (await storage.persisted()) || (await storage.persist());
	} catch {
		return null;
	}
}

/** Persisted or not, and the usage and quota estimate. */
export async function storageStatus(): Promise<StorageStatus> {
	const storage = globalThis.navigator?.storage;
	const [persisted, estimate] = await Promise.all([
		storage?.persisted?.().catch(() => null) ?? null,
		storage?.estimate?.().catch(() => null) ?? null
	]);
	return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
