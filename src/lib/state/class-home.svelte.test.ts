import { plant } from '$lib/storage/fixtures/plant';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { indexBank } from '$lib/bank/lookup';
import { allowsShortAnswers } from '$lib/quiz/recipe';
import { decodeClassCode, encodeClassCode } from '$lib/share/class-code';
import { classRecords } from '$lib/storage/class-sessions';
import { indexedDbStore } from '$lib/storage/kv';
import { prepareStore } from '$lib/storage/open';
import { ClassHome, defaultSessionName } from './class-home.svelte';
import { bank } from '$lib/bank/fixtures/real-bank';

const index = indexBank(bank);
const today = new Date(2026, 11, 1, 9, 30);

describe('the class page', () => {
	it('names a new session after the day and how many were made on it', () => {
		expect(defaultSessionName(today, [])).toBe('Class 1, 1 December');
		const earlier = { createdAt: new Date(2026, 11, 1, 8).getTime() };
		const yesterday = { createdAt: new Date(2026, 10, 30, 8).getTime() };
		expect(defaultSessionName(today, [earlier, yesterday])).toBe('Class 2, 1 December');
	});

	it('makes an exam-mode session with the builder’s choices and lists it with its results', async () => {
		const store = indexedDbStore('class-home', 'data');
		await prepareStore(store);
		await plant(store, classRecords.key('junk'), 'not a session');
		const home = new ClassHome({
			store: async () => store,
			now: () => today,
			random: () => 0xfffff + 5,
			id: () => 'sess1'
		});
		home.index = index;
		await home.refresh();
		expect(home.name).toBe('Class 1, 1 December');
		expect(home.note).toBe('1 damaged session record was set aside (see Settings).');
		home.count = 12;
		home.secondsPerQuestion = 30;
		expect(await home.create()).toBe('sess1');
		const stored = await classRecords.get(store, 'sess1');
		const decoded = decodeClassCode(stored!.code, bank.version);
		expect(decoded.ok && decoded.session).toEqual({
			recipe: { ...home.base, seed: 4 },
			secondsPerQuestion: 30
		});
		expect(decoded.ok && decoded.session.recipe.feedback).toBe('end');
		await home.refresh();
		expect(home.sessions).toEqual([
			{
				id: 'sess1',
				name: 'Class 1, 1 December',
				code: stored!.code,
				createdAt: today.getTime(),
				results: 0
			}
		]);
		home.dispose();
	});

	it('leaves short answers out of a class quiz unless the teacher includes them, and the code says which', async () => {
		const home = new ClassHome({ store: async () => indexedDbStore('class-short', 'data') });
		home.index = index;
		const decode = () => {
			const decoded = decodeClassCode(encodeClassCode(home.session()), bank.version);
			if (!decoded.ok) throw new Error(decoded.message);
			return decoded.session.recipe;
		};
		expect(allowsShortAnswers(decode())).toBe(false);
		home.shortAnswers = true;
		expect(allowsShortAnswers(decode())).toBe(true);
		home.dispose();
	});

	it('refuses an empty name', async () => {
		const home = new ClassHome({ store: async () => indexedDbStore('class-home-2', 'data') });
		home.index = index;
		home.name = '   ';
		expect(home.nameProblem).toBe('Give the session a name.');
		expect(await home.create()).toBeUndefined();
		home.dispose();
	});
});
