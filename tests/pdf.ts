import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

// A page as the printer gets it: Chromium's PDF, read back page by page with poppler's
// pdftotext and pdfinfo. Where they are missing and the tests run as root on Debian or Ubuntu,
// poppler-utils is installed, as scripts/chromium.js does for the browser.

const has = (tool: string) => {
	try {
		execFileSync(tool, ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
};

/** Makes sure pdftotext and pdfinfo can run; says how to get them when they can't be installed. */
export function ensurePoppler(): void {
	if (has('pdftotext') && has('pdfinfo')) return;
	const debian =
		existsSync('/etc/os-release') &&
		/^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
	if (process.getuid?.() === 0 && debian) {
		console.log('pdftotext not found: installing Debian\'s "poppler-utils" package (apt-get)…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env });
		if (has('pdftotext')) return;
	}
	throw new Error('The print tests read PDFs with pdftotext: install poppler-utils.');
}

/**
 * Text as compared here: one space for any run of whitespace, ligatures and the like unfolded,
 * and no hyphens: a line may break at one ("Afghan-⏎Tajik"), which pdftotext then drops.
 */
export const flat = (text: string): string =>
	text.normalize('NFKC').replace(/\s+/g, ' ').replace(/- ?/g, '').trim();

/** The page printed on the paper its CSS names, saved to `file`: each page's text, and the size in points. */
export async function printPdf(
	page: Page,
	file: string
): Promise<{ pages: string[]; size: number[] }> {
	writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
	const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number);
	return { pages: text.split('\f').slice(0, -1).map(flat), size };
}
