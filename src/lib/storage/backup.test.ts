import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attempt } from './attempts';
import { applyImport, exportBackup, parseBackup, planImport, type BackupData } from './backup';
import type { CardRecord } from './deck';
import { T, cardRecord } from './fixtures/card-record';
import { indexedDbStore } from './kv';

const card = (id: string, updatedAt: number): CardRecord =>
	cardRecord({ id, updatedAt: T + updatedAt });

const attempt = (id: string): Attempt => ({
	schema: 1,
	id,
	title: 'Quick 10',
	code: null,
	feedback: 'each',
	questions: [{ itemId: 'border-length/typed', order: [] }],
	answers: [null],
	current: 0,
	revealed: false,
	startedAt: 1,
	finishedAt: null
});

const data = (): BackupData => ({
	schemaVersion: 1,
	cards: [card('border-length', 2000), card('rahmon-age', 1000)],
	logs: [{ day: '2026-03-02', entries: [{ id: 'r1' }, { id: 'r2' }] }],
	attempts: [attempt('a1b2c3d4')]
});
const now = new Date('2026-03-03T12:00:00Z');

describe('backups', () => {
	it('round-trip', () => {
		const parsed = parseBackup(exportBackup(data(), now));
		expect(parsed.ok).toBe(true);
		if (parsed.ok) expect(parsed.backup.data).toEqual(data());
	});

	it.each([
		['not JSON', '{"type": "hedged', /not valid JSON/],
		['another app’s file', '{"type":"anki"}', /not a Hedged Bets backup/],
		['a newer backup', JSON.stringify({ type: 'hedged-bets-backup', version: 9 }), /newer version/],
		[
			'a damaged card',
			exportBackup(
				{ ...data(), cards: [{ ...card('x', 1), card: {} as CardRecord['card'] }] },
				now
			),
			/damaged/
		],
		[
			'a card twice',
			exportBackup({ ...data(), cards: [card('x', 1), card('x', 2)] }, now),
			/appears twice/
		],
		[
			'an absurd stability',
			exportBackup(
				{
					...data(),
					cards: [{ ...card('x', 1), card: { ...card('x', 1).card, stability: 1e308 } }]
				},
				now
			),
			/damaged/
		],
		[
			'a date in the year 9999',
			exportBackup(
				{
					...data(),
					cards: [{ ...card('x', 1), card: { ...card('x', 1).card, due: new Date('9999-01-01') } }]
				},
				now
			),
			/damaged/
		]
	])('refuse %s with a clear message', (_, text, message) => {
		const parsed = parseBackup(text);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.message).toMatch(message);
	});

	it('preview what an import adds and merge by the latest state per card', () => {
		const current: BackupData = {
			schemaVersion: 1,
			cards: [card('border-length', 3000), card('rahmon-age', 500)],
			logs: [{ day: '2026-03-02', entries: [{ id: 'r1' }] }],
			attempts: []
		};
		const incoming = { ...data(), cards: [...data().cards, card('new-fact', 1)] };
		const plan = planImport(current, incoming);
		expect(plan.summary).toEqual({
			cardsAdded: 1,
			cardsUpdated: 1,
			reviewsAdded: 1,
			attemptsAdded: 1
		});
		expect(plan.cards.map((c) => c.id)).toEqual(['rahmon-age', 'new-fact']);
		expect(plan.logs).toEqual([{ day: '2026-03-02', entries: [{ id: 'r1' }, { id: 'r2' }] }]);
	});

	it('survive 1,000 mutated exports: each is refused, or applied whole; a refusal changes nothing', async () => {
		const store = indexedDbStore('backup-fuzz', 'data');
		await store.set('card:border-length', card('border-length', 5));
		const valid = JSON.parse(exportBackup(data(), now));
		const mutation = fc.oneof(
			fc.record({
				kind: fc.constant('drop'),
				path: fc.constantFrom('type', 'version', 'exportedAt', 'data', 'data.cards', 'data.logs')
			}),
			fc.record({
				kind: fc.constant('retype'),
				path: fc.constantFrom(
					'version',
					'data.cards',
					'data.attempts',
					'data.cards.0.card.due',
					'data.cards.0.updatedAt'
				),
				value: fc.anything()
			}),
			fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
			fc.record({ kind: fc.constant('future'), version: fc.integer({ min: 2, max: 1000 }) }),
			fc.record({ kind: fc.constant('duplicate') }),
			fc.record({
				kind: fc.constant('absurd'),
				value: fc.constantFrom(-1, 1e308, Number.NaN, 'yesterday', '9999-99-99')
			})
		);
		const set = (target: Record<string, unknown>, path: string, value: unknown, drop = false) => {
			const keys = path.split('.');
			const last = keys.pop()!;
			const parent = keys.reduce<Record<string, unknown>>(
				(o, k) => o[k] as Record<string, unknown>,
				target
			);
			if (drop) delete parent[last];
			else parent[last] = value;
		};
		await fc.assert(
			fc.asyncProperty(mutation, async (m) => {
				const copy = structuredClone(valid);
				let text: string;
				if (m.kind === 'truncate')
					text = JSON.stringify(copy).slice(0, m.at % JSON.stringify(copy).length);
				else {
					if (m.kind === 'drop') set(copy, m.path, undefined, true);
					if (m.kind === 'retype') set(copy, m.path, m.value);
					if (m.kind === 'future') copy.version = m.version;
					if (m.kind === 'duplicate') copy.data.cards.push(copy.data.cards[0]);
					if (m.kind === 'absurd') copy.data.cards[0].card.stability = m.value;
					text = JSON.stringify(copy);
				}
				const before = await store.entries('');
				const parsed = parseBackup(text);
				if (!parsed.ok) {
					expect(parsed.message.length).toBeGreaterThan(10);
					expect(await store.entries('')).toEqual(before);
					return;
				}
				await applyImport(
					store,
					planImport({ schemaVersion: 1, cards: [], logs: [], attempts: [] }, parsed.backup.data)
				);
				for (const c of parsed.backup.data.cards)
					expect(await store.get(`card:${c.id}`)).toEqual(c);
			}),
			{ numRuns: 1000 }
		);
	});
});
