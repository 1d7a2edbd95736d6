import { describe, expect, it } from 'vitest';
import { fieldAria } from './field-aria';

describe('fieldAria', () => {
	it('says nothing of a field with no hint and no problem', () => {
		expect(fieldAria('', 'name-problem')).toEqual({
			'aria-invalid': undefined,
			'aria-describedby': undefined
		});
	});

	it('points at the hint while all is well', () => {
		expect(fieldAria(undefined, 'code-error', 'code-hint')).toEqual({
			'aria-invalid': undefined,
			'aria-describedby': 'code-hint'
		});
	});

	it('marks a problem invalid and reads its message after the hint', () => {
		expect(fieldAria('Too long', 'name-problem')).toEqual({
			'aria-invalid': 'true',
			'aria-describedby': 'name-problem'
		});
		expect(fieldAria({ message: 'Damaged' }, 'code-error', 'code-hint')).toEqual({
			'aria-invalid': 'true',
			'aria-describedby': 'code-hint code-error'
		});
	});
});
