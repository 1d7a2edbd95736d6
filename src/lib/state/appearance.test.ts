import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
	APPEARANCE_CHOICES,
	DEFAULT_APPEARANCE,
	type Appearance
} from '$lib/storage/settings-appearance';
import { shipped } from '$lib/shell/inline-script.js';
import { MIRROR_KEY, forgetAppearance, mirrorOf, showAppearance } from './appearance';

// shell/appearance.js runs before the app, inline in the page's <head>; here it runs as shipped, over
// a document of just the parts it touches.
const SCRIPT = shipped(readFileSync(new URL('../shell/appearance.js', import.meta.url), 'utf8'));

function page(stored: string | null | (() => string | null)) {
	const meta = (name: string, media = '') => ({ name, media, content: 'unset' });
	const metas = [
		meta('theme-color', '(prefers-color-scheme: light)'),
		meta('theme-color', '(prefers-color-scheme: dark)')
	];
	const listeners: ((event: { key: string | null }) => void)[] = [];
	const dataset: Record<string, string> = {};
	let value = stored;
	const context: Record<string, unknown> = {
		document: {
			documentElement: { dataset },
			querySelectorAll: () => metas
		},
		localStorage: { getItem: () => (typeof value === 'function' ? value() : value) },
		addEventListener: (type: string, listener: (typeof listeners)[number]) =>
			type === 'storage' && listeners.push(listener)
	};
	context.window = context;
	runInNewContext(SCRIPT, context);
	return {
		dataset,
		bars: () => metas.map((m) => m.content),
		/** Another tab wrote `next` under `key`. */
		storageEvent(key: string | null, next: string | null) {
			value = next;
			for (const listener of listeners) listener({ key });
		},
		apply: context.hedgedBetsAppearance as (mirror: unknown) => void
	};
}

const every = (): Appearance[] =>
	APPEARANCE_CHOICES.theme.flatMap((theme) =>
		APPEARANCE_CHOICES.textSize.flatMap((textSize) =>
			APPEARANCE_CHOICES.motion.map((motion) => ({ theme, textSize, motion }))
		)
	);

/** The attributes an appearance should set: each non-default choice, by its dataset name. */
const attributesOf = (appearance: Appearance) =>
	Object.fromEntries(
		Object.entries(appearance).filter(
			([key, value]) => DEFAULT_APPEARANCE[key as keyof Appearance] !== value
		)
	);

describe('shell/appearance.js, before the first paint', () => {
	it('with no mirror sets nothing: the system decides', () => {
		const shown = page(null);
		expect(shown.dataset).toEqual({});
		expect(shown.bars()).toEqual(['#0f4c5c', '#172025']);
	});

	it('applies every combination the settings can mirror, as the settings mean it', () => {
		for (const appearance of every()) {
			const shown = page(mirrorOf(appearance));
			expect(shown.dataset, JSON.stringify(appearance)).toEqual(attributesOf(appearance));
		}
	});

	it('a chosen theme sets the browser bar to match, whatever the system', () => {
		const dark = page(mirrorOf({ ...DEFAULT_APPEARANCE, theme: 'dark' }));
		expect(dark.bars()).toEqual(['#172025', '#172025']);
		const light = page(mirrorOf({ ...DEFAULT_APPEARANCE, theme: 'light' }));
		expect(light.bars()).toEqual(['#0f4c5c', '#0f4c5c']);
	});

	it.each([
		['not JSON', '{theme: dark'],
		['another version', JSON.stringify({ v: 2, theme: 'dark', textSize: 'large' })],
		['no version', JSON.stringify({ theme: 'dark' })],
		['not an object', '"dark"'],
		['null', 'null'],
		['a list', '[1]']
	])('ignores a mirror that is %s', (_, text) => {
		expect(page(text).dataset).toEqual({});
	});

	it('ignores each bad value on its own, keeping the good ones', () => {
		const text = JSON.stringify({ v: 1, theme: 'sepia', textSize: 'largest', motion: 42 });
		expect(page(text).dataset).toEqual({ textSize: 'largest' });
		const wrongCase = JSON.stringify({ v: 1, theme: 'Dark', textSize: '150%', motion: 'full' });
		expect(page(wrongCase).dataset).toEqual({ motion: 'full' });
	});

	it('survives a browser that refuses localStorage', () => {
		const shown = page(() => {
			throw new Error('SecurityError');
		});
		expect(shown.dataset).toEqual({});
	});

	it('follows another tab’s change, and its reset, without a reload', () => {
		const shown = page(mirrorOf({ ...DEFAULT_APPEARANCE, theme: 'dark' }));
		shown.storageEvent('something-else', null);
		expect(shown.dataset).toEqual({ theme: 'dark' });
		shown.storageEvent(MIRROR_KEY, mirrorOf({ theme: 'light', textSize: 'large', motion: 'full' }));
		expect(shown.dataset).toEqual({ theme: 'light', textSize: 'large', motion: 'full' });
		// localStorage.clear() in another tab comes with no key.
		shown.storageEvent(null, null);
		expect(shown.dataset).toEqual({});
	});
});

describe('showing the appearance from the app', () => {
	it('mirrors it in localStorage and applies it through the script', () => {
		const stored = new Map<string, string>();
		const applied: unknown[] = [];
		const edge = {
			storage: {
				setItem: (key: string, value: string) => void stored.set(key, value),
				removeItem: (key: string) => void stored.delete(key)
			},
			apply: (mirror: unknown) => void applied.push(mirror)
		};
		const appearance: Appearance = { theme: 'dark', textSize: 'largest', motion: 'reduce' };
		showAppearance(appearance, edge);
		expect(JSON.parse(stored.get(MIRROR_KEY)!)).toEqual({ v: 1, ...appearance });
		expect(applied).toEqual([{ v: 1, ...appearance }]);
		// What the app applies is what the script makes of it.
		const shown = page(null);
		shown.apply(applied[0]);
		expect(shown.dataset).toEqual(appearance);

		forgetAppearance(edge);
		expect(stored.has(MIRROR_KEY)).toBe(false);
		expect(applied.at(-1)).toBeNull();
	});

	it('still applies when localStorage refuses the mirror', () => {
		const applied: unknown[] = [];
		const refusing = {
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => {}
		};
		showAppearance(
			{ ...DEFAULT_APPEARANCE, theme: 'light' },
			{
				storage: refusing,
				apply: (mirror) => void applied.push(mirror)
			}
		);
		expect(applied).toEqual([{ v: 1, ...DEFAULT_APPEARANCE, theme: 'light' }]);
	});
});
