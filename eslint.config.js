import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { libraryOwners } from './eslint/library-owners.js';
import svelteConfig from './svelte.config.js';

// The architecture, held by the linter (docs/architecture.md says why).

/**
 * Each outside library the app imports, and its one importer: a file, or a folder ending in
 * `/`. A library that is not listed here (or in SHARED) cannot be imported at all.
 */
export const LIBRARY_OWNERS = {
	'ts-fsrs': 'src/lib/srs/scheduler.ts',
	'idb-keyval': 'src/lib/storage/',
	// The classroom's libraries (issue 11): the QR encoder in share/, the QR decoder for browsers
	// without BarcodeDetector at the camera's browser edge (loaded by the scan screen only).
	uqr: 'src/lib/share/qr.ts',
	jsqr: 'src/lib/camera/decoder.ts',
	// Build time only: Vite's minifier (oxc) for the scripts written inline into every page.
	vite: 'src/lib/shell/inline-script.js'
};

/** The framework and the validator every boundary uses: imported wherever they are needed. */
const SHARED = ['svelte', '@sveltejs/kit', 'valibot'];

/** The pure core: no framework, no storage, no browser, no clock, no randomness. */
const CORE = ['article', 'bank', 'quiz', 'srs', 'share', 'stats'].map(
	(dir) => `src/lib/${dir}/**/*.ts`
);

const CORE_FORBIDDEN = [
	{
		group: ['svelte', 'svelte/*', '$app/*', '@sveltejs/*'],
		message: 'The core knows nothing of Svelte or SvelteKit: move this to state/ or a route.'
	},
	{
		group: ['$lib/storage', '$lib/storage/*', '**/storage/*', 'idb-keyval'],
		message: 'The core never touches storage: pass the data in from state/.'
	},
	{
		group: ['$lib/state/*', '**/state/*', '$lib/ui/*', '**/ui/*', '$lib/pwa/*', '**/pwa/*'],
		message: 'Dependencies point inward: the core imports no state, UI or browser edge.'
	}
];

const BROWSER_GLOBALS = [
	'window',
	'document',
	'navigator',
	'location',
	'history',
	'localStorage',
	'sessionStorage',
	'indexedDB',
	'fetch',
	'BroadcastChannel',
	'crypto'
].map((name) => ({
	name,
	message: 'The core is pure: take this from a browser edge as a parameter.'
}));

export default ts.config(
	{ ignores: ['build/', 'build-*/', '.svelte-kit/', 'node_modules/', 'reports/', 'test-results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Every page is prerendered and served from one origin: plain hrefs are correct here.
		rules: { 'svelte/no-navigation-without-resolve': 'off', 'svelte/no-at-html-tags': 'error' }
	},
	{
		files: ['src/**/*.{ts,js,svelte}'],
		ignores: ['**/*.test.ts', '**/fixtures/**'],
		plugins: { local: { rules: { 'library-owners': libraryOwners } } },
		rules: { 'local/library-owners': ['error', { owners: LIBRARY_OWNERS, shared: SHARED }] }
	},
	{
		files: CORE,
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: CORE_FORBIDDEN }],
			'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
			'no-restricted-properties': [
				'error',
				{
					object: 'Date',
					property: 'now',
					message: 'The core takes the time as a parameter (`now`).'
				},
				{ object: 'Math', property: 'random', message: 'The core takes a seed as a parameter.' }
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'The core takes the time as a parameter (`now`).'
				}
			]
		}
	}
);
