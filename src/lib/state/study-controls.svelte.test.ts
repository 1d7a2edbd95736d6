import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { rawBank } from '$lib/bank/data';
import { indexBank } from '$lib/bank/lookup';
import { parseBank } from '$lib/bank/parse';
import { indexedDbStore } from '$lib/storage/kv';
import { StudyControls, type StudyFocus } from './study-controls.svelte';
import { Study } from './study.svelte';

const parsed = parseBank(rawBank);
if (!parsed.ok) throw new Error('the bank must parse');
const index = indexBank(parsed.bank);
const NOW = new Date('2026-03-02T10:00:00Z');

let n = 0;
async function open() {
	const study = new Study(indexedDbStore(`study-controls-${++n}`, 'data'), index, {
		timeZone: 'UTC',
		clock: () => NOW
	});
	await study.load();
	const focused: StudyFocus[] = [];
	return {
		study,
		focused,
		controls: new StudyControls(study, (where) => void focused.push(where))
	};
}

const key = (k: string, more: Partial<KeyboardEvent> = {}) => ({
	key: k,
	repeat: false,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	...more
});

describe('the study keys and what they say', () => {
	it('shows the answer with Space, grades with 3, undoes with Z, and says each', async () => {
		const { study, controls, focused } = await open();
		const first = study.view.fact!;
		expect(controls.press(key(' '), true)).toBe(false);
		expect(controls.press(key('3'), false)).toBe(false); // not shown yet
		expect(controls.press(key(' '), false)).toBe(true);
		await Promise.resolve();
		expect(study.view.revealed).toBe(true);
		expect(controls.announcement).toBe(`Answer: ${first.card.back}`);
		await controls.grade(3);
		expect(controls.announcement).toBe('Good: again in 10m. Next card.');
		expect(study.reviewed).toBe(1);
		await controls.undo();
		expect(controls.announcement).toBe('Undone: the card is shown again.');
		expect(study.view.current?.id).toBe(first.id);
		expect(focused).toEqual(['grades', 'next', 'next']);
		study.dispose();
	});

	it('ignores held keys and modifiers, but Ctrl+Z undoes too', async () => {
		const { study, controls } = await open();
		expect(controls.press(key(' ', { repeat: true }), false)).toBe(false);
		expect(controls.press(key(' ', { altKey: true }), false)).toBe(false);
		expect(controls.press(key('z', { ctrlKey: true }), false)).toBe(true);
		expect(controls.press(key('Z', { shiftKey: true }), false)).toBe(false);
		study.dispose();
	});

	it('buries and suspends, and says so', async () => {
		const { study, controls } = await open();
		await controls.bury();
		expect(controls.announcement).toBe('Buried until tomorrow.');
		await controls.suspend();
		expect(controls.announcement).toBe('Suspended.');
		expect(controls.unsaved).toBe(false);
		study.dispose();
	});
});
