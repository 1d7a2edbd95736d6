import { describe, expect, it } from 'vitest';
import { followHash } from './hash';

describe('followHash', () => {
	it('opens at once and again on each hash change', () => {
		const target = new EventTarget();
		let opened = 0;
		followHash(() => opened++, undefined, target);
		expect(opened).toBe(1);
		target.dispatchEvent(new Event('hashchange'));
		target.dispatchEvent(new Event('hashchange'));
		expect(opened).toBe(3);
	});

	it('stops listening, then disposes, when the page goes', () => {
		const target = new EventTarget();
		const said: string[] = [];
		const stop = followHash(
			() => said.push('open'),
			() => said.push('dispose'),
			target
		);
		stop();
		target.dispatchEvent(new Event('hashchange'));
		expect(said).toEqual(['open', 'dispose']);
	});

	it('does not wait for an open that is still running before listening', async () => {
		const target = new EventTarget();
		let opened = 0;
		followHash(() => (opened++, new Promise(() => {})), undefined, target);
		target.dispatchEvent(new Event('hashchange'));
		expect(opened).toBe(2);
	});
});
