import { describe, expect, it } from 'vitest';
import {
	formatSetting,
	parseSetting,
	parseSettings,
	rangeHint,
	rangeMessage
} from './settings-input';

describe('settings as typed in the form', () => {
	it.each([
		['retention', '0.9', 0.9],
		['retention', ' 0.80 ', 0.8],
		['retention', '0,85', 0.85],
		['retention', '0.97', 0.97],
		['newPerDay', '0', 0],
		['newPerDay', '9999', 9999],
		['reviewsPerDay', '250', 250]
	] as const)('%s "%s" reads as %d', (key, text, value) => {
		expect(parseSetting(key, text)).toEqual({ ok: true, value });
	});

	it.each([
		['retention', '0.79'],
		['retention', '0.98'],
		['retention', '90'],
		['retention', ''],
		['retention', 'high'],
		['newPerDay', '-1'],
		['newPerDay', '2.5'],
		['newPerDay', '10000'],
		['reviewsPerDay', '1e9'],
		['reviewsPerDay', 'Infinity']
	] as const)('%s "%s" is refused with the allowed range', (key, text) => {
		expect(parseSetting(key, text)).toEqual({ ok: false, message: rangeMessage(key) });
	});

	it('name the range in words', () => {
		expect(rangeMessage('retention')).toBe('Desired retention must be from 0.80 to 0.97.');
		expect(rangeMessage('newPerDay')).toBe(
			'New cards a day must be a whole number from 0 to 9,999.'
		);
		expect(rangeMessage('reviewsPerDay')).toBe(
			'Reviews a day must be a whole number from 0 to 99,999.'
		);
	});

	it('read the whole form, or every field in error', () => {
		expect(parseSettings({ retention: '0.9', newPerDay: '20', reviewsPerDay: '200' })).toEqual({
			ok: true,
			settings: { retention: 0.9, newPerDay: 20, reviewsPerDay: 200 }
		});
		expect(parseSettings({ retention: '2', newPerDay: '20', reviewsPerDay: 'x' })).toEqual({
			ok: false,
			errors: { retention: rangeMessage('retention'), reviewsPerDay: rangeMessage('reviewsPerDay') }
		});
	});

	it('show retention with two decimals unless it has more', () => {
		expect(formatSetting('retention', 0.9)).toBe('0.90');
		expect(formatSetting('retention', 0.905)).toBe('0.905');
		expect(formatSetting('newPerDay', 20)).toBe('20');
	});
});

describe('rangeHint', () => {
	it('says each setting’s range and default from the one source', () => {
		expect(rangeHint('retention')).toBe('From 0.80 to 0.97; the default is 0.90.');
		expect(rangeHint('newPerDay')).toBe('From 0 to 9,999; the default is 20.');
		expect(rangeHint('reviewsPerDay')).toBe('From 0 to 99,999; the default is 200.');
	});
});
