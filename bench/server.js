import { createStaticServer } from '../scripts/serve.js';

/** Serves build/ on a free loopback port for the length of a benchmark. */
export async function startBuildServer(root = 'build') {
	const server = createStaticServer({ root: () => root });
	await new Promise((listening) => server.listen(0, '127.0.0.1', () => listening(undefined)));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((closed) => server.close(() => closed(undefined)))
	};
}
