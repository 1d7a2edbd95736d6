#!/usr/bin/env node
// Serves a static build the way a production host should: `/x` answers with `x.html`, unknown
// paths with `404.html` and status 404 (the page the service worker precaches as its fallback).
// Text files go out as the brotli or gzip copy the build wrote beside them (scripts/precompress.js),
// whichever the browser accepts, or as they are.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPRESSIBLE, ENCODINGS } from './precompress.js';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// A <meta> CSP cannot forbid framing; the rest of the policy is in each page's <meta>.
	'Content-Security-Policy': "frame-ancestors 'none'"
};

/** The size of a file, or undefined if there is no file there. @param {string} path */
async function fileSize(path) {
	try {
		const info = await stat(path);
		return info.isFile() ? info.size : undefined;
	} catch {
		return undefined;
	}
}

/** @param {string} path */
const isFile = async (path) => (await fileSize(path)) !== undefined;

/**
 * The content codings an Accept-Encoding header allows, by name; `q=0` refuses one, and `*`
 * stands for every coding not named.
 * @param {string | undefined} header
 * @returns {(coding: string) => boolean}
 */
export function acceptsEncoding(header) {
	/** @type {Map<string, number>} */
	const weights = new Map();
	for (const part of (header ?? '').split(',')) {
		const [name = '', ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const weight = q ? Number(q.slice(2)) : 1;
		weights.set(name, Number.isNaN(weight) ? 0 : weight);
	}
	return (coding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
}

/**
 * The copy of a file to send: its brotli or gzip variant when the browser takes it and the build
 * wrote one, else the file itself.
 * @param {string} file
 * @param {string | undefined} acceptEncoding
 */
async function representation(file, acceptEncoding) {
	if (COMPRESSIBLE.has(extname(file))) {
		const accepts = acceptsEncoding(acceptEncoding);
		for (const { name, suffix } of ENCODINGS) {
			if (!accepts(name)) continue;
			const size = await fileSize(`${file}${suffix}`);
			if (size !== undefined) return { path: `${file}${suffix}`, size, encoding: name };
		}
	}
	return { path: file, size: /** @type {number} */ (await fileSize(file)), encoding: undefined };
}

/**
 * Finds the file for a URL path inside root, or undefined; never leaves root.
 * @param {string} root
 * @param {string} pathname
 */
async function resolveFile(root, pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	if (decoded.includes('\0')) return undefined;
	const base = resolve(root);
	const wanted = resolve(base, `.${decoded}`);
	if (wanted !== base && !wanted.startsWith(base + sep)) return undefined;
	const candidates = decoded.endsWith('/')
		? [join(wanted, 'index.html')]
		: [wanted, `${wanted}.html`];
	for (const candidate of candidates) if (await isFile(candidate)) return candidate;
	return undefined;
}

/** @param {string} pathname */
function cacheControl(pathname) {
	if (pathname.startsWith('/_app/immutable/')) return 'public, max-age=31536000, immutable';
	return 'no-cache';
}

/**
 * A static file server whose root can change while it runs (the update test swaps builds).
 * @param {{ root: () => string }} options
 */
export function createStaticServer({ root }) {
	return createServer(async (req, res) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		const url = new URL(req.url ?? '/', 'http://localhost');
		const dir = root();
		let file = await resolveFile(dir, url.pathname);
		let status = 200;
		if (!file) {
			file = join(dir, '404.html');
			status = 404;
			if (!(await isFile(file))) {
				res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
				return;
			}
		}
		const ext = extname(file);
		const headers = {
			...SECURITY_HEADERS,
			'Content-Type': TYPES[ext] ?? 'application/octet-stream',
			'Cache-Control': cacheControl(url.pathname)
		};
		const sent = await representation(file, req.headers['accept-encoding']);
		res.writeHead(status, {
			...headers,
			'Content-Length': sent.size,
			...(COMPRESSIBLE.has(ext) ? { Vary: 'Accept-Encoding' } : {}),
			...(sent.encoding ? { 'Content-Encoding': sent.encoding } : {})
		});
		if (req.method === 'HEAD') res.end();
		else createReadStream(sent.path).pipe(res);
	});
}

/** @param {string[]} argv */
function parseArgs(argv) {
	const options = {
		dir: 'build',
		port: Number(process.env.PORT ?? 4173),
		host: process.env.HOST ?? '127.0.0.1'
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--port') options.port = Number(argv[++i]);
		else if (arg === '--host') options.host = argv[++i] ?? options.host;
		else if (arg) options.dir = arg;
	}
	return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { dir, port, host } = parseArgs(process.argv.slice(2));
	if (!(await isFile(join(dir, 'index.html')))) {
		console.error(`No build in ${dir}/: run "npm run build" first.`);
		process.exit(1);
	}
	createStaticServer({ root: () => dir }).listen(port, host, () => {
		console.log(`Serving ${dir}/ at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
	});
}
