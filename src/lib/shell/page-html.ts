// Every prerendered page's HTML, shaped at build for the first paint (hooks.server.ts; why and
// what it measured: docs/architecture.md, "First paint"). Two scripts stay inline, each allowed by
// its hash in the CSP: the appearance script in <head>, right after the CSP's <meta> (a policy in
// a <meta> governs only what comes after it), and SvelteKit's start script, which now waits for
// the page's first paint before it fetches the app's code.
import { Script } from 'node:vm';
import { scriptHash, shipped } from './inline-script.js';

/** Where src/app.html wants the appearance script. */
export const APPEARANCE_SLOT = '<script data-inline="appearance.js"></script>';

/** The two scripts, as shipped (src/lib/shell/*.js through `shipped`). */
export interface ShellScripts {
	appearance: string;
	afterFirstPaint: string;
}

// SvelteKit's start script: a block that takes its element, then imports the app and starts it.
const START_SCRIPT = /<script>(\s*\{[^<]*?document\.currentScript\.parentElement;[^<]*?)<\/script>/;
const START_CALL = 'Promise.all([';
// SvelteKit's preload links for the page's modules, in <head>.
const MODULE_PRELOAD = /\s*<link href="([^"]+)" rel="modulepreload">/g;
const CSP_SCRIPT_SRC =
	/(<meta http-equiv="content-security-policy" content="[^"]*?script-src )([^;"]*)/;
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;

/**
 * The page with the appearance script after its CSP (in its slot when the CSP comes as a header,
 * under the dev server) and, when `deferStart`, the app's start
 * deferred to after the first paint: its modules, which SvelteKit preloads from <head>, are
 * preloaded then instead, all at once, and the start script's new hash takes the old one's place in
 * the page's CSP. Throws
 * when the page has not the shape this relies on (a SvelteKit upgrade that changed its start
 * script fails the build, not the first paint).
 */
export function shapePage(html: string, scripts: ShellScripts, deferStart: boolean): string {
	if (!html.includes(APPEARANCE_SLOT))
		throw new Error(`The page has no slot for the appearance script`);
	const appearance = `<script>${scripts.appearance}</script>`;
	const page = CSP_META.test(html)
		? html.replace(APPEARANCE_SLOT, '').replace(CSP_META, (meta) => meta + appearance)
		: html.replace(APPEARANCE_SLOT, () => appearance);
	if (!deferStart) return page;
	const start = START_SCRIPT.exec(page);
	const csp = CSP_SCRIPT_SRC.exec(page);
	if (!start || !csp)
		throw new Error('The page has no SvelteKit start script or no CSP to defer it in');
	const script = start[1]!;
	const from = script.indexOf(START_CALL);
	const to = script.lastIndexOf('});');
	// The start call must be the block's last statement (not inside another block of Kit's,
	// such as the public env's import or a service worker's registration).
	if (from < 0 || to < from || script.slice(to + 3).trim() !== '}')
		throw new Error('SvelteKit’s start script has changed its shape');
	const preload = [...page.matchAll(MODULE_PRELOAD)].map((link) => link[1]!);
	const source =
		`${script.slice(0, from)}${scripts.afterFirstPaint}\n` +
		`afterFirstPaint(${JSON.stringify(preload)}, () => ${script.slice(from, to + 2)});${script.slice(to + 3)}`;
	let deferred: string;
	try {
		// Minified as the other inline scripts are: Kit writes it with indentation and long names.
		deferred = shipped(source, 'start-script.js');
		new Script(deferred);
	} catch (error) {
		throw new Error(`The deferred start script does not parse: ${String(error)}`, { cause: error });
	}
	const oldHash = `'${scriptHash(script)}'`;
	const sources = csp[2]!.split(' ');
	if (!sources.includes(oldHash))
		throw new Error('The CSP does not allow SvelteKit’s start script');
	const allowed = sources.map((source) =>
		source === oldHash ? `'${scriptHash(deferred)}'` : source
	);
	return page
		.replace(MODULE_PRELOAD, '')
		.replace(start[0], () => `<script>${deferred}</script>`)
		.replace(CSP_SCRIPT_SRC, (_, head: string) => head + allowed.join(' '));
}
