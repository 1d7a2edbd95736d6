#!/usr/bin/env node
// Writes `x.br` and `x.gz` beside every text file of a build, once, at build time, so that the
// bundled server (scripts/serve.js) answers with compressed bytes without compressing per request.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** File types worth compressing: text. Images and fonts are compressed already. */
export const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.webmanifest',
	'.svg',
	'.txt',
	'.xml',
	'.ico'
]);

/** The encodings written, by file suffix, in the order a server should prefer them. */
export const ENCODINGS = /** @type {const} */ ([
	{ name: 'br', suffix: '.br' },
	{ name: 'gzip', suffix: '.gz' }
]);

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* files(dir) {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (entry.isFile()) yield path;
	}
}

/** The file compressed in each of ENCODINGS, in that order. @param {Buffer} bytes */
function compressions(bytes) {
	return [
		brotliAsync(bytes, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
				[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
			}
		}),
		gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION })
	];
}

/**
 * Compresses every compressible file under dir with brotli and gzip; a variant that would not
 * be smaller than the file is not written (the server then sends the file itself).
 * @param {string} dir
 * @returns {Promise<{ files: number, bytes: number, br: number, gzip: number }>} totals, for the build log
 */
export async function precompress(dir) {
	const totals = { files: 0, bytes: 0, br: 0, gzip: 0 };
	for await (const path of files(dir)) {
		if (!COMPRESSIBLE.has(extname(path))) continue;
		const bytes = await readFile(path);
		const compressed = await Promise.all(compressions(bytes));
		totals.files++;
		totals.bytes += bytes.length;
		for (const [i, { name, suffix }] of ENCODINGS.entries()) {
			const variant = /** @type {Buffer} */ (compressed[i]);
			const kept = variant.length < bytes.length;
			totals[name] += kept ? variant.length : bytes.length;
			if (kept) await writeFile(`${path}${suffix}`, variant);
		}
	}
	return totals;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? 'build';
	const { files: count, bytes, br, gzip: gz } = await precompress(dir);
	const kib = (/** @type {number} */ n) => `${(n / 1024).toFixed(0)} KiB`;
	console.log(
		`Precompressed ${count} files in ${dir}/: ${kib(bytes)} → ${kib(br)} br, ${kib(gz)} gzip`
	);
}
