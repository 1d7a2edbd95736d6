import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from './precompress.js';
import { acceptsEncoding, createStaticServer } from './serve.js';

const script = 'export const words = "' + 'a word and another word, '.repeat(200) + '";\n';
const page = '<!doctype html><title>Home</title>' + '<p>Study the cards today.</p>'.repeat(100);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

let dir: string;
let server: Server;
let origin: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
	writeFileSync(join(dir, 'index.html'), page);
	writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>' + page);
	writeFileSync(join(dir, 'app.js'), script);
	writeFileSync(join(dir, 'tiny.txt'), 'x');
	writeFileSync(join(dir, 'icon.png'), png);
	await precompress(dir);
	server = createStaticServer({ root: () => dir });
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await new Promise((closed) => server.close(closed));
	rmSync(dir, { recursive: true, force: true });
});

/** A raw GET or HEAD (node:http does not decompress, so the bytes on the wire are checked). */
function get(path: string, acceptEncoding?: string, method = 'GET') {
	return new Promise<{ res: IncomingMessage; body: Buffer }>((done, fail) => {
		const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
		const req = request(`${origin}${path}`, { method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => done({ res, body: Buffer.concat(chunks) }));
		});
		req.on('error', fail);
		req.end();
	});
}

describe('precompress', () => {
	it('writes a brotli and a gzip copy of each text file that decompress to the file', () => {
		const js = readFileSync(join(dir, 'app.js'));
		expect(brotliDecompressSync(readFileSync(join(dir, 'app.js.br')))).toEqual(js);
		expect(gunzipSync(readFileSync(join(dir, 'app.js.gz')))).toEqual(js);
		expect(readFileSync(join(dir, 'app.js.br')).length).toBeLessThan(js.length / 10);
	});

	it('leaves images alone and writes no copy that would be larger than the file', () => {
		expect(() => readFileSync(join(dir, 'icon.png.gz'))).toThrow();
		expect(() => readFileSync(join(dir, 'tiny.txt.br'))).toThrow();
	});
});

describe('the server', () => {
	it('sends brotli to a browser that accepts it, with the length of what it sends', async () => {
		const { res, body } = await get('/app.js', 'gzip, deflate, br, zstd');
		expect(res.statusCode).toBe(200);
		expect(res.headers['content-encoding']).toBe('br');
		expect(res.headers.vary).toBe('Accept-Encoding');
		expect(Number(res.headers['content-length'])).toBe(body.length);
		expect(brotliDecompressSync(body).toString()).toBe(script);
	});

	it('sends gzip when brotli is not accepted', async () => {
		const { res, body } = await get('/app.js', 'gzip, br;q=0');
		expect(res.headers['content-encoding']).toBe('gzip');
		expect(Number(res.headers['content-length'])).toBe(body.length);
		expect(gunzipSync(body).toString()).toBe(script);
	});

	it('falls back to the file itself when no coding is accepted', async () => {
		for (const header of [undefined, '', 'identity', 'gzip;q=0, br;q=0', 'zstd']) {
			const { res, body } = await get('/app.js', header);
			expect(res.headers['content-encoding'], String(header)).toBeUndefined();
			expect(res.headers.vary).toBe('Accept-Encoding');
			expect(Number(res.headers['content-length'])).toBe(script.length);
			expect(body.toString()).toBe(script);
		}
	});

	it('sends the file itself when the build wrote no smaller copy', async () => {
		const { res, body } = await get('/tiny.txt', 'br, gzip');
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(body.toString()).toBe('x');
	});

	it('never labels an image as varying by encoding', async () => {
		const { res, body } = await get('/icon.png', 'br, gzip');
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.headers.vary).toBeUndefined();
		expect(body).toEqual(png);
	});

	it('compresses pages and the 404 page, status kept', async () => {
		const home = await get('/', 'br');
		expect(home.res.headers['content-type']).toMatch(/^text\/html/);
		expect(brotliDecompressSync(home.body).toString()).toBe(page);
		const missing = await get('/no-such-page', 'gzip');
		expect(missing.res.statusCode).toBe(404);
		expect(gunzipSync(missing.body).toString()).toContain('Not found');
	});

	it('answers HEAD with the headers of GET and no body', async () => {
		const head = await get('/app.js', 'br', 'HEAD');
		const full = await get('/app.js', 'br');
		expect(head.body.length).toBe(0);
		expect(head.res.headers['content-length']).toBe(full.res.headers['content-length']);
		expect(head.res.headers['content-encoding']).toBe('br');
	});
});

describe('acceptsEncoding', () => {
	it.each([
		['br', 'br', true],
		['gzip, deflate', 'br', false],
		['BR;Q=0.5', 'br', true],
		['br;q=0', 'br', false],
		['*', 'gzip', true],
		['*, gzip;q=0', 'gzip', false],
		['br;q=abc', 'br', false]
	])('%s accepts %s: %s', (header, coding, expected) => {
		expect(acceptsEncoding(header)(coding)).toBe(expected);
	});
});
