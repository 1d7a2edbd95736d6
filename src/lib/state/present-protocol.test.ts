import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { START } from '$lib/quiz/present-deck';
import { PRESENT_PROTOCOL, readPresentMessage, type PresentMessage } from './present-protocol';

const state: PresentMessage = {
	v: PRESENT_PROTOCOL,
	type: 'state',
	from: 'a1',
	role: 'presenter',
	show: {
		rev: 4,
		position: { ...START, at: 2, revealed: true },
		seconds: 30,
		countdown: { allowedMs: 30_000, leftMs: 12_000, endsAt: null }
	}
};

describe('readPresentMessage', () => {
	it('reads every message a window sends', () => {
		expect(readPresentMessage(state)).toEqual(state);
		const hello = { v: PRESENT_PROTOCOL, type: 'hello', from: 'b2', role: 'audience' };
		expect(readPresentMessage(hello)).toEqual(hello);
		expect(readPresentMessage({ ...hello, type: 'bye' })).toEqual({ ...hello, type: 'bye' });
		expect(readPresentMessage({ ...hello, type: 'here' })).toEqual({ ...hello, type: 'here' });
	});

	it('ignores another version, an unknown type and broken fields', () => {
		expect(readPresentMessage({ ...state, v: PRESENT_PROTOCOL + 1 })).toBeUndefined();
		// A window of the app before the reveal's second step: its positions say nothing of it.
		const { explained: _, ...before } = state.show.position;
		expect(readPresentMessage({ ...state, v: 1, show: { ...state.show, position: before } })).toBe(
			undefined
		);
		expect(readPresentMessage({ ...state, type: 'jump' })).toBeUndefined();
		expect(readPresentMessage({ ...state, role: 'projector' })).toBeUndefined();
		expect(readPresentMessage({ ...state, from: '' })).toBeUndefined();
		const bad = (patch: object) => ({ ...state, show: { ...state.show, ...patch } });
		expect(readPresentMessage(bad({ rev: -1 }))).toBeUndefined();
		expect(readPresentMessage(bad({ seconds: 0 }))).toBeUndefined();
		expect(readPresentMessage(bad({ position: { ...START, at: 1.5 } }))).toBeUndefined();
		expect(readPresentMessage(bad({ position: { ...START, order: 'random' } }))).toBeUndefined();
		expect(
			readPresentMessage(bad({ countdown: { allowedMs: 1, leftMs: Infinity, endsAt: null } }))
		).toBeUndefined();
	});

	it('never throws on junk', () => {
		fc.assert(
			fc.property(fc.anything(), (junk) => {
				expect(readPresentMessage(junk)).toBeUndefined();
			})
		);
		for (const junk of [null, undefined, 'state', 1, [], { v: 1 }])
			expect(readPresentMessage(junk)).toBeUndefined();
	});
});
