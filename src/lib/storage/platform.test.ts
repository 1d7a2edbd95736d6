import { describe, expect, it } from 'vitest';
import { formatBytes, mayLoseDataAfterAWeek } from './platform';

const IPHONE_SAFARI =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const IPAD_OLD =
	'Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1';
const MAC_SAFARI =
	'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const IPHONE_CHROME =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1';
const ANDROID_CHROME =
	'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';

describe('mayLoseDataAfterAWeek', () => {
	it.each([
		['an iPhone Safari tab', IPHONE_SAFARI, 5, false, true],
		[
			'an iPhone Safari tab that does not say (standalone undefined)',
			IPHONE_SAFARI,
			5,
			undefined,
			true
		],
		['an iPad on iPadOS 12, which still says iPad', IPAD_OLD, 5, false, true],
		[
			'an iPad on iPadOS 13+, which says Macintosh but has a touch screen',
			MAC_SAFARI,
			5,
			false,
			true
		],
		['another browser on iPhone (WebKit too)', IPHONE_CHROME, 5, false, true],
		['the app opened from the iPhone Home Screen', IPHONE_SAFARI, 5, true, false],
		['the app opened from the iPad Home Screen', MAC_SAFARI, 5, true, false],
		['Safari on a Mac (no touch screen)', MAC_SAFARI, 0, undefined, false],
		[
			'Safari on a Mac reporting one touch point (a trackpad quirk)',
			MAC_SAFARI,
			1,
			undefined,
			false
		],
		['Chrome on Android', ANDROID_CHROME, 5, undefined, false]
	])('%s', (_, userAgent, maxTouchPoints, standalone, expected) => {
		expect(mayLoseDataAfterAWeek({ userAgent, maxTouchPoints, standalone })).toBe(expected);
	});
});

describe('formatBytes', () => {
	it.each([
		[0, '0 bytes'],
		[1, '1 byte'],
		[820, '820 bytes'],
		[999, '999 bytes'],
		[1000, '1 KB'],
		[45_300, '45 KB'],
		[999_400, '999 KB'],
		[999_600, '1 MB'],
		[1_234_567, '1.2 MB'],
		[9_960_000, '10 MB'],
		[120_000_000, '120 MB'],
		[2_147_483_648, '2.1 GB'],
		[299_706_064_896, '300 GB'],
		[5e15, '5,000 TB']
	])('%d bytes read as %s', (bytes, text) => {
		expect(formatBytes(bytes)).toBe(text);
	});

	it('says "unknown" for a value that is not a size', () => {
		expect(formatBytes(Number.NaN)).toBe('unknown');
		expect(formatBytes(-1)).toBe('unknown');
	});
});
