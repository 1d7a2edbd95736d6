import { createServer } from 'vite';

/** Loads the app's TypeScript modules in Node through Vite (the resolution the app uses). */
export async function withAppModules(run) {
	const server = await createServer({
		configFile: false,
		logLevel: 'error',
		resolve: { alias: { $lib: new URL('../src/lib', import.meta.url).pathname } },
		server: { middlewareMode: true, hmr: false, ws: false },
		appType: 'custom'
	});
	try {
		return await run((path) => server.ssrLoadModule(path));
	} finally {
		await server.close();
	}
}
