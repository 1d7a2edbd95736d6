import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { umdToModule } from './jsqr-module.js';

describe('jsqr as an ES module', () => {
	const umd = readFileSync('node_modules/jsqr/dist/jsQR.js', 'utf8');

	it('exports the decoder itself, with no CommonJS left at the top level', async () => {
		const code = umdToModule(umd);
		expect(code.startsWith('export default (function() {')).toBe(true);
		expect(code).not.toContain('webpackUniversalModuleDefinition');
		const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
		const module = (await import(/* @vite-ignore */ url)) as { default: unknown };
		expect(typeof module.default).toBe('function');
		expect(
			(module.default as (d: Uint8ClampedArray, w: number, h: number) => unknown)(
				new Uint8ClampedArray(16 * 16 * 4),
				16,
				16
			)
		).toBeNull();
	});

	it('refuses a wrapper it does not know, rather than ship a broken decoder', () => {
		expect(() => umdToModule('module.exports = 1;')).toThrow(/update it/);
	});
});
