// Finds a Chromium or Chrome for Playwright; on Debian or Ubuntu as root, installs `chromium` if none is there.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
];

/** Flags that keep Chromium quiet and working as root in a container with no network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

function isExecutable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function findInstalled() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (isExecutable(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable.`);
	}
	return CANDIDATES.find(isExecutable);
}

function isDebianLike() {
	if (!existsSync('/etc/os-release')) return false;
	return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
}

/** The path of a usable Chromium, installing Debian's package when that is possible. */
export function findChromium() {
	const found = findInstalled();
	if (found) return found;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && isDebianLike()) {
		console.log('No Chromium or Chrome found: installing Debian\'s "chromium" package (apt-get)…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
		const installed = findInstalled();
		if (installed) return installed;
	}
	throw new Error(
		'No Chromium or Chrome found. Install one (on Debian: apt-get install chromium) or set CHROMIUM_PATH.'
	);
}
