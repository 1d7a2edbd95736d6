import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { jsqrAsModule } from './scripts/jsqr-module.js';
import { kitRoot } from './scripts/kit-root.js';
import { kitSvelteImports } from './scripts/kit-svelte-imports.js';
import { firstVisitGroups, sideEffectRules } from './scripts/chunk-groups.js';
import { precompress } from './scripts/precompress.js';
import { outDir } from './svelte.config.js';

const themeColor = '#0f4c5c';

/**
 * Lets entry chunks export more than their module does, which rolldown requires of a chunk group
 * that leaves its dependencies behind (the form bindings). SvelteKit asks for 'strict' and reads
 * each node and the app entry by their named exports only, so extra exports change nothing.
 */
function entriesMayExportMore(): Plugin {
	return {
		name: 'entries-may-export-more',
		apply: 'build',
		options(options) {
			return { ...options, preserveEntrySignatures: 'allow-extension' };
		}
	};
}

/** Brotli and gzip copies of the finished build, for scripts/serve.js; after the adapter has written it. */
function precompressBuild(): Plugin {
	let ssr = false;
	return {
		name: 'precompress-build',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		closeBundle: {
			sequential: true,
			order: 'post',
			async handler() {
				// SvelteKit's adapter writes the site when the server build closes.
				if (!ssr) return;
				const { files, bytes, br } = await precompress(outDir);
				this.info(`precompressed ${files} files: ${bytes} → ${br} bytes (brotli)`);
			}
		}
	};
}

export default defineConfig({
	build: {
		// Vite's map of each lazily loaded page's chunks, kept for its stylesheets only: the map was
		// 730 B gzip of the route table every page loads (docs/architecture.md, "First paint").
		modulePreload: false,
		rolldownOptions: {
			treeshake: { moduleSideEffects: sideEffectRules },
			output: {
				codeSplitting: {
					// The first visit's modules by the module graph: see scripts/chunk-groups.ts.
					groups: firstVisitGroups(fileURLToPath(new URL('.', import.meta.url)))
				}
			}
		}
	},
	plugins: [
		jsqrAsModule(),
		kitSvelteImports(),
		kitRoot(),
		sveltekit(),
		entriesMayExportMore(),
		SvelteKitPWA({
			strategies: 'generateSW',
			// Absolute, so that a page at /a/b (the 404 page) registers /sw.js, not /a/sw.js.
			base: '/',
			scope: '/',
			registerType: 'prompt',
			injectRegister: false,
			manifest: {
				id: '/',
				name: 'Hedged Bets: Tajikistan and the Taliban',
				short_name: 'Hedged Bets',
				description:
					'Quizzes and spaced-repetition flashcards on the cautious thaw between Tajikistan and Taliban-ruled Afghanistan, built on one Eurasianet article. Works offline.',
				lang: 'en',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				theme_color: themeColor,
				background_color: '#f7f5f0',
				categories: ['education'],
				icons: [
					{ src: '/pwa-64x64.png', sizes: '64x64', type: 'image/png' },
					{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
					{ src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
					{
						src: '/maskable-icon-512x512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				],
				shortcuts: [
					{
						name: 'Study today’s flashcards',
						short_name: 'Study',
						url: '/study',
						icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }]
					},
					{
						name: 'Make a quiz',
						short_name: 'Quiz',
						url: '/quiz',
						icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }]
					},
					{
						name: 'Read the article',
						short_name: 'Article',
						url: '/article',
						icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }]
					}
				]
			},
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest}',
					'prerendered/**/*.{html,json}'
				],
				cleanupOutdatedCaches: true,
				clientsClaim: true
			},
			kit: { adapterFallback: '404.html', spa: true }
		}),
		precompressBuild()
	],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint/**/*.test.ts'],
		environment: 'node'
	}
});
