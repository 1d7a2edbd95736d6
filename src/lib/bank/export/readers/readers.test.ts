import { describe, expect, it } from 'vitest';
import { readAnkiFile } from './anki-reader';
import { readGift } from './gift-reader';
import { readQuizlet } from './quizlet-reader';

// The test readers checked against the examples of each format's own documentation, so a
// round trip through them means what the real importer would read.

describe('the Anki reader reads the Anki manual’s examples (importing/text-files.md)', () => {
	it('quoted fields hold line breaks and separators; doubled quotes are one quote', () => {
		const file = readAnkiFile(
			'#separator:Semicolon\n' +
				'hello;"this is\na two line answer"\n' +
				'two;this is a one line field\n' +
				'"this includes a ; (semicolon)";another field\n' +
				'field one;"field two with ""escaped quotes"" inside it"\n'
		);
		expect(file.records).toEqual([
			['hello', 'this is\na two line answer'],
			['two', 'this is a one line field'],
			['this includes a ; (semicolon)', 'another field'],
			['field one', 'field two with "escaped quotes" inside it']
		]);
	});

	it('a line starting with # is a comment, headers name columns with the separator set before', () => {
		const file = readAnkiFile(
			'#separator:tab\n#html:false\n#columns:Front\tBack\tTags\n#tags column:3\n#guid column:1\n' +
				'# this is a comment and is ignored\nfoo bar\tbar baz\tbaz quux\n'
		);
		expect(file).toMatchObject({ separator: '\t', html: false, tagsColumn: 3, guidColumn: 1 });
		expect(file.columns).toEqual(['Front', 'Back', 'Tags']);
		expect(file.records).toEqual([['foo bar', 'bar baz', 'baz quux']]);
	});

	it('a quote inside an unquoted field is an ordinary character, as in the csv crate', () => {
		expect(readAnkiFile('#separator:tab\nsay "hi"\tnext\n').records).toEqual([
			['say "hi"', 'next']
		]);
	});
});

describe('the GIFT reader reads the examples of Moodle’s format.php', () => {
	it('reads every question type and the missing-word form', () => {
		const questions = readGift(
			[
				"Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
				"Grant is {~buried =entombed ~living} in Grant's tomb.",
				"Grant is buried in Grant's tomb.{FALSE}",
				"Who's buried in Grant's tomb?{=no one =nobody}",
				'Match the following countries with their corresponding\ncapitals.{=Canada->Ottawa =Italy->Rome =Japan->Tokyo}',
				'$CATEGORY: $course$/Presidents'
			].join('\n\n')
		);
		expect(questions.map((q) => q.qtype)).toEqual([
			'multichoice',
			'multichoice',
			'truefalse',
			'shortanswer',
			'match',
			'category'
		]);
		const [mc, missing, tf, sa, match, category] = questions;
		expect(mc).toMatchObject({
			single: true,
			answers: [
				{ text: 'Grant', fraction: 0 },
				{ text: 'Jefferson', fraction: 0 },
				{ text: 'no one', fraction: 1 }
			]
		});
		expect(missing).toMatchObject({ text: "Grant is _____ in Grant's tomb." });
		expect(tf).toMatchObject({ correct: false });
		expect(sa).toMatchObject({ answers: [{ text: 'no one' }, { text: 'nobody' }] });
		expect(match).toMatchObject({
			pairs: [
				{ question: 'Canada', answer: 'Ottawa' },
				{ question: 'Italy', answer: 'Rome' },
				{ question: 'Japan', answer: 'Tokyo' }
			]
		});
		expect(category).toEqual({ qtype: 'category', category: '$course$/Presidents' });
	});

	it('reads names, weights, feedback, general feedback, comments and escapes', () => {
		const [question] = readGift(
			'// a comment line\n::Q\\: one::What is 2 \\= 1 \\+ 1 \\{or\\} \\~? {\n' +
				'\t~%50%two#half right\n\t~%-50%three\n\t~%50%deux\n\t####See \\#1\\nand \\\\ more\n}'
		);
		expect(question).toMatchObject({
			qtype: 'multichoice',
			name: 'Q: one',
			text: 'What is 2 = 1 \\+ 1 {or} ~?',
			generalFeedback: 'See #1\nand \\ more',
			single: false,
			answers: [
				{ text: 'two', fraction: 0.5, feedback: 'half right' },
				{ text: 'three', fraction: -0.5 },
				{ text: 'deux', fraction: 0.5 }
			]
		});
	});
});

describe('the Quizlet reader', () => {
	it('splits rows, then each row at its first term separator', () => {
		expect(readQuizlet('a\tb\tc\nd\te\n', '\t', '\n')).toEqual([
			['a', 'b\tc'],
			['d', 'e']
		]);
		expect(readQuizlet('one|||1\nline###two|||2', '|||', '###')).toEqual([
			['one', '1\nline'],
			['two', '2']
		]);
	});
});
