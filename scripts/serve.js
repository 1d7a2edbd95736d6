#!/usr/bin/env node
// Serves a static build the way a production host should: `/x` answers with `x.html`, unknown
// paths with `404.html` and status 404 (the page the service worker precaches as its fallback).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

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
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// A <meta> CSP cannot forbid framing; the rest of the policy is in each page's <meta>.
	'Content-Security-Policy': "frame-ancestors 'none'"
};

/** @param {string} path */
async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
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
		const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		if (COMPRESSIBLE.has(ext) && acceptsGzip) {
			const body = await gzipAsync(await readFile(file));
			res.writeHead(status, {
				...headers,
				'Content-Encoding': 'gzip',
				Vary: 'Accept-Encoding',
				'Content-Length': body.length
			});
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}
		res.writeHead(status, headers);
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
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
