import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_ANSWER, startAttempt } from './attempt';
import { attemptResponses, classAttemptTitle, classOfTitle } from './class-attempt';
import { TITLE_MAX } from './attempt';

describe('class attempt titles', () => {
	it('read back the class code and any nickname, separators and all', () => {
		fc.assert(
			fc.property(
				fc.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]{4}$/),
				fc.string({ minLength: 1, maxLength: 24 }),
				(classCode, nickname) => {
					expect(classOfTitle(classAttemptTitle(classCode, nickname))).toEqual({
						classCode,
						nickname
					});
				}
			)
		);
		expect(classOfTitle(classAttemptTitle('4JG0-008C-Y9J~', 'A · B'))).toEqual({
			classCode: '4JG0-008C-Y9J~',
			nickname: 'A · B'
		});
	});

	it('fit the stored title limit with the longest nickname', () => {
		expect(classAttemptTitle('4JG0-008C-Y9JE', 'x'.repeat(24)).length).toBeLessThan(TITLE_MAX);
	});

	it('are not found in the titles of other quizzes', () => {
		for (const title of [
			'10 questions · exam',
			'Retry: Class 4JG0-008C-Y9JE · Aziz',
			'Class 4JG0-008C-Y9JE',
			'Class 4JG0-008C-Y9JE · ',
			'Class 4jg0-008c-y9je · Aziz',
			'Class notacode-here · Aziz'
		])
			expect(classOfTitle(title), title).toBeUndefined();
	});
});

describe('attemptResponses', () => {
	it('gives each answer in quiz order, and null for unanswered and timed-out questions', () => {
		const attempt = startAttempt({
			id: 'abcd',
			title: 't',
			code: null,
			feedback: 'end',
			questions: [
				{ itemId: 'a', order: [] },
				{ itemId: 'b', order: [] },
				{ itemId: 'c', order: [] }
			],
			now: 0
		});
		attempt.answers = [
			{ response: { type: 'boolean', value: true }, score: 1, answeredAt: 1 },
			{ response: NO_ANSWER, score: 0, answeredAt: 2 },
			null
		];
		expect(attemptResponses(attempt)).toEqual([{ type: 'boolean', value: true }, null, null]);
	});
});
