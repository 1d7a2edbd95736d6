import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { APPEARANCE_SLOT, shapePage } from './page-html';
import { scriptHash, shipped } from './inline-script.js';

const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');
const scripts = {
	appearance: shipped(read('./appearance.js')),
	afterFirstPaint: shipped(read('./after-first-paint.js'))
};

// A page as SvelteKit 2 prerenders it (render.js): its start script, and a CSP meta allowing it.
const START = `
				{
					__sveltekit_abc = {
						base: new URL(".", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.js"),
						import("./_app/immutable/entry/app.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2],
							data: [null,null],
							form: null,
							error: null
						});
					});
				}
			`;
const APPEARANCE_HASH = `'${scriptHash(scripts.appearance)}'`;
const page = (start = START, slot = APPEARANCE_SLOT) =>
	`<!doctype html><html><head>${slot}\n\t\t<link href="./_app/immutable/entry/start.js" rel="modulepreload">\n\t\t<link href="./_app/immutable/chunks/shell.js" rel="modulepreload"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${APPEARANCE_HASH} '${scriptHash(start)}'; style-src 'self'"></head>` +
	`<body><div style="display: contents"><main>Hello</main><script>${start}</script></div></body></html>`;

const inlineScripts = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
const allowed = (html: string) =>
	/script-src ([^;"]*)/
		.exec(html)![1]!
		.split(' ')
		.filter((source) => source.startsWith("'sha256-"));

describe('shapePage', () => {
	it('ships a script minified: no comments, no indentation, fewer bytes (appearance.test.ts runs it as shipped)', () => {
		for (const [name, file] of [
			['appearance', './appearance.js'],
			['afterFirstPaint', './after-first-paint.js']
		] as const) {
			const script = scripts[name];
			expect(script).not.toMatch(/^[ \t]|\/\/ |\/\*/m);
			expect(script.length).toBeLessThan(read(file).length / 2);
		}
		// The function the start script calls keeps its name.
		expect(scripts.afterFirstPaint).toMatch(/^function afterFirstPaint\(/);
	});

	it('writes no syntax newer than ES2020 (the minifier’s default would write ??= and ||=)', () => {
		const script = shipped('var a = window.q; a = a ?? 1; a = a || 2; window.r = a;');
		expect(script).not.toMatch(/\?\?=|\|\|=/);
		expect(script).toContain('a=a??1');
	});

	it('fails the build on a script that does not minify', () => {
		expect(() => shipped('function (', 'broken.js')).toThrow(/broken\.js does not minify/);
	});

	it('minifies as a classic script: its top level keeps its names and its unused statements', () => {
		const script = shipped(
			'var KEY = 1;\nfunction start(x) { return x; }\nif (window.a) { var q = 2; }'
		);
		expect(script).toContain('var KEY=1');
		expect(script).toContain('function start(');
		expect(script).toContain('q=2');
	});

	it('fails the build on data that would end or hide the script once minified (\\u003C written back as <)', () => {
		expect(() => shipped('var a = "\\u003C!-- <script>";', 'data.js')).toThrow(
			/data\.js holds <!-- or <script/
		);
		// A closing tag the minifier escapes itself (`<\\/script>`) is safe in a page.
		expect(shipped('var a = "\\u003C/script>";', 'data.js')).toBe('var a=`<\\/script>`;');
	});

	it('writes the appearance script, as shipped, right after the CSP that must allow it', () => {
		const html = shapePage(page(), scripts, false);
		expect(html).not.toContain(APPEARANCE_SLOT);
		expect(inlineScripts(html)[0]).toBe(scripts.appearance);
		// A <meta> policy governs only what the parser meets after it.
		expect(html.indexOf(`<script>${scripts.appearance}`)).toBeGreaterThan(
			html.indexOf('http-equiv="content-security-policy"')
		);
		// Under the dev server the start script stays SvelteKit's own.
		expect(inlineScripts(html)[1]).toBe(START);
	});

	it('writes it into its slot when the CSP comes as a header (the dev server)', () => {
		const html = shapePage(page().replace(/<meta http-equiv[^>]*>/, ''), scripts, false);
		expect(html).toContain(`<head><script>${scripts.appearance}</script>`);
	});

	it('defers the app’s start to after the first paint, and the CSP allows exactly the page’s inline scripts', () => {
		const html = shapePage(page(), scripts, true);
		const [appearance, start] = inlineScripts(html);
		// The paint wait (renamed by the minifier) is handed the preloads and the start.
		expect(start).toMatch(
			/\b(\w+)\(\[`\.\/_app\/immutable\/entry\/start\.js`,`\.\/_app\/immutable\/chunks\/shell\.js`\],\(\)=>Promise\.all\(\[/
		);
		expect(start).toContain('PerformanceObserver');
		// The modules are preloaded by the start script, not from <head>.
		expect(html).not.toContain('rel="modulepreload"');
		// Minified: no comments, no indentation.
		expect(start).not.toMatch(/^\s*\/\/|\/\*|^[ \t]/m);
		expect(allowed(html).sort()).toEqual(
			[`'${scriptHash(appearance!)}'`, `'${scriptHash(start!)}'`].sort()
		);
		expect(html).not.toContain(scriptHash(START));
		expect(html).toContain("default-src 'self'; script-src 'self' ");
		expect(html).toContain("; style-src 'self'");
		expect(html).toContain('<main>Hello</main>');
	});

	const PRELOADED = [
		'modulepreload ./_app/immutable/entry/start.js',
		'modulepreload ./_app/immutable/chunks/shell.js'
	];

	/** Runs the shaped start script in a bare page; what it did, and the paint observer and timer it left. */
	function runStart(visibilityState: string, supportedEntryTypes: string[], refuses = false) {
		const [, start] = inlineScripts(shapePage(page(), scripts, true));
		const seen = {
			calls: [] as string[],
			observer: undefined as (() => void) | undefined,
			timer: undefined as (() => void) | undefined
		};
		class PerformanceObserver {
			static supportedEntryTypes = supportedEntryTypes;
			constructor(callback: () => void) {
				seen.observer = callback;
			}
			observe(options: { type: string }) {
				if (refuses) throw new TypeError('type is not a known option');
				seen.calls.push(`observe ${options.type}`);
			}
		}
		runInNewContext(start!.replace(/import\(/g, '('), {
			location: 'http://localhost/',
			URL,
			document: {
				currentScript: { parentElement: 'root' },
				visibilityState,
				createElement: () => ({}),
				head: {
					appendChild: (link: { rel: string; href: string }) =>
						seen.calls.push(`${link.rel} ${link.href}`)
				}
			},
			setTimeout: (callback: () => void) => (seen.timer = callback),
			PerformanceObserver,
			window: { PerformanceObserver },
			Promise: { all: () => ({ then: () => seen.calls.push('start') }) }
		});
		return seen;
	}

	it('keeps the start script valid JavaScript that starts the app once, after a paint', () => {
		const seen = runStart('visible', ['paint', 'navigation']);
		expect(seen.calls).toEqual(['observe paint']);
		seen.observer!();
		seen.timer!();
		seen.observer!();
		expect(seen.calls).toEqual(['observe paint', ...PRELOADED, 'start']);
	});

	it('starts after half a second if the paint is not reported', () => {
		const seen = runStart('visible', ['paint']);
		seen.timer!();
		expect(seen.calls).toEqual(['observe paint', ...PRELOADED, 'start']);
	});

	it('starts at once in a browser that lists paint timing but refuses to observe it', () => {
		const seen = runStart('visible', ['paint'], true);
		expect(seen.calls).toEqual([...PRELOADED, 'start']);
	});

	it.each([
		['a tab opened in the background', 'hidden', ['paint']],
		['a browser without paint timing', 'visible', ['navigation']]
	])('starts at once in %s', (_, visibilityState, supportedEntryTypes) => {
		const seen = runStart(visibilityState, supportedEntryTypes);
		expect(seen.calls).toEqual([...PRELOADED, 'start']);
	});

	it.each([
		['no slot for the appearance script', page(START, ''), /no slot/],
		// Both are shapes SvelteKit 2 writes: with a service worker it registers, and with the
		// public env imported first.
		[
			'a service worker registered after the start',
			page(
				START.replace(
					/\}\s*$/,
					"if ('serviceWorker' in navigator) {\n\tnavigator.serviceWorker.register('./sw.js');\n}\n}\n"
				)
			),
			/changed its shape/
		],
		[
			'the start inside the public env’s import',
			page(
				START.replace(
					'Promise.all([',
					'import("./env.js").then(({ env }) => {\nPromise.all(['
				).replace(/\}\);\s*\}\s*$/, '});\n});\n}\n')
			),
			/changed its shape|does not parse/
		],
		[
			'a start script of another shape',
			page(START.replace('Promise.all([', 'start([')),
			/changed its shape/
		],
		[
			'no start script',
			page(START).replace(/<script>\s*\{[\s\S]*?<\/script>/, ''),
			/no SvelteKit start script/
		],
		[
			'a CSP that does not allow the start script',
			page(START).replace(/'sha256-[^']*'; style/, '; style'),
			/does not allow/
		]
	])('fails the build on a page with %s', (_, html, message) => {
		expect(() => shapePage(html, scripts, true)).toThrow(message);
	});
});
