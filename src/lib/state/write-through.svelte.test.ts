import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { StorageError, indexedDbStore, storageError } from '$lib/storage/kv';
import { quotaError } from './fixtures/full-store';
import { saveSettings } from '$lib/storage/settings-save';
import type { Settings } from '$lib/storage/settings';
import { WriteThrough } from './write-through.svelte';

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** An operation that fails `failures` times, then returns how often it ran. */
function flaky(failures: number, error: () => unknown = quotaError) {
	let calls = 0;
	return {
		calls: () => calls,
		operation: async () => {
			calls++;
			if (calls <= failures) throw error();
			return calls;
		}
	};
}

/** A write-through running an operation whose first `failures` tries fail, once that has begun. */
async function failingFirst(failures: number, timing: { stallMs: number; retryMs: number }) {
	const writes = new WriteThrough(timing);
	const op = flaky(failures);
	const running = writes.run(op.operation);
	await tick();
	return { writes, op, running };
}

describe('a write-through', () => {
	it('lands a write, pending while it runs', async () => {
		const writes = new WriteThrough();
		const running = writes.run(async () => 'done');
		expect(writes.pending).toBe(true);
		expect(await running).toEqual({ ok: true, value: 'done' });
		expect(writes.pending).toBe(false);
		expect(writes.error).toBeUndefined();
	});

	it('shows a failure in words and retries on its own until the write lands', async () => {
		const { writes, running } = await failingFirst(2, { stallMs: 1000, retryMs: 5 });
		expect(writes.error).toMatch(/out of storage space/);
		expect(writes.pending).toBe(true);
		expect(await running).toEqual({ ok: true, value: 3 });
		expect(writes.error).toBeUndefined();
	});

	it('retries at once when asked', async () => {
		const { writes, op, running } = await failingFirst(1, { stallMs: 60_000, retryMs: 60_000 });
		expect(op.calls()).toBe(1);
		writes.retryNow();
		expect(await running).toEqual({ ok: true, value: 2 });
	});

	it('says a write that hangs is stalled, and keeps waiting for it', async () => {
		const writes = new WriteThrough({ stallMs: 5, retryMs: 5 });
		let land: (value: string) => void = () => {};
		const running = writes.run(() => new Promise<string>((resolve) => (land = resolve)));
		await tick(20);
		expect(writes.error).toMatch(/blocked/);
		land('late');
		expect(await running).toEqual({ ok: true, value: 'late' });
		expect(writes.error).toBeUndefined();
	});

	it('stops at a read-only store: nothing more is written, the message stays', async () => {
		const writes = new WriteThrough({ stallMs: 1000, retryMs: 5 });
		const readOnly = flaky(1, () => new StorageError('Made by a newer app.', 'read-only'));
		expect(await writes.run(readOnly.operation)).toEqual({ ok: false });
		expect(writes.error).toBe('Made by a newer app.');
		const later = flaky(0);
		expect(await writes.run(later.operation)).toEqual({ ok: false });
		expect(later.calls()).toBe(0);
		expect(readOnly.calls()).toBe(1);
		expect(writes.stopped).toBe(true);
	});

	it('regression: gives up data the browser cannot store at once, instead of retrying it forever', async () => {
		const writes = new WriteThrough({ stallMs: 1000, retryMs: 5 });
		// As the store says it (kv.ts turns structured clone's RangeError into this).
		const unstorable = flaky(5, () => storageError('unstorable'));
		expect(await writes.run(unstorable.operation)).toEqual({ ok: false });
		expect(unstorable.calls()).toBe(1);
		expect(writes.error).toMatch(/refused to store this data/);
		expect(writes.pending).toBe(false);
		// Other data still goes through: the storage itself works.
		expect(writes.stopped).toBe(false);
		expect(await writes.run(flaky(0).operation)).toEqual({ ok: true, value: 1 });
		expect(writes.error).toBeUndefined();
	});

	it('regression: a bug in the app’s own write code read as “the app cannot save on this device”', async () => {
		const writes = new WriteThrough({ stallMs: 1000, retryMs: 5 }, 'your choice');
		const buggy = flaky(2, () => new TypeError('change is not a function'));
		const running = writes.run(buggy.operation);
		await tick();
		expect(writes.error).toBe(
			'Something went wrong in the app, so your choice is not saved yet (TypeError: change is not a function). The app keeps trying; if this stays, reload the page.'
		);
		expect(writes.error).not.toMatch(/cannot save on this device/);
		// Kept and tried again, as any failed write.
		expect(await running).toEqual({ ok: true, value: 3 });
		expect(writes.error).toBeUndefined();
	});

	it('regression: a setting the app itself refused read as “the browser refused to store this data”, and was dropped', async () => {
		// saveSettings throws its own RangeError for a value outside the settings' range.
		const store = indexedDbStore(`write-through-${Math.random()}`, 'data');
		const writes = new WriteThrough({ stallMs: 1000, retryMs: 5 }, 'your choice');
		const running = writes.run(() =>
			saveSettings(store, { theme: 'sepia' } as unknown as Partial<Settings>)
		);
		await tick(20);
		expect(writes.error).toMatch(
			/^Something went wrong in the app, so your choice is not saved yet/
		);
		expect(writes.error).not.toMatch(/refused to store/);
		expect(writes.pending).toBe(true);
		writes.dispose();
		expect(await running).toEqual({ ok: false });
	});

	it('words a failure neutrally, or for what the caller says it writes', async () => {
		const neutral = new WriteThrough({ stallMs: 1000, retryMs: 5 });
		const answer = new WriteThrough({ stallMs: 1000, retryMs: 5 }, 'your latest answer');
		const [a, b] = [flaky(1), flaky(1)];
		const running = [neutral.run(a.operation), answer.run(b.operation)];
		await tick();
		expect(neutral.error).toMatch(/so what you just did is not saved yet/);
		expect(answer.error).toMatch(/so your latest answer is not saved yet/);
		await Promise.all(running);
	});

	it('gives up a waiting write when disposed', async () => {
		const writes = new WriteThrough({ stallMs: 60_000, retryMs: 60_000 });
		const op = flaky(5);
		const running = writes.run(op.operation);
		await tick();
		writes.dispose();
		expect(await running).toEqual({ ok: false });
		expect(op.calls()).toBe(1);
		expect(writes.pending).toBe(false);
	});
});
