import { describe, expect, it } from 'vitest';
import { article } from '$lib/article/source';
import {
	answerBalanceProblems,
	coverageProblems,
	nearDuplicatePrompts,
	normaliseQuoting,
	numberProblems,
	quoteProblems,
	roleProblems
} from './audit';
import { newTypeItemsRaw } from './fixtures/new-type-items';
import { tinyBank } from './fixtures/tiny-bank';
import { parseBank } from './parse';
import type { Bank, Item, ItemOf } from './schema';

function bankWith(change: (bank: ReturnType<typeof tinyBank>) => void): Bank {
	const raw = tinyBank();
	change(raw);
	const result = parseBank(raw);
	if (!result.ok) throw new Error('fixture must stay valid');
	return result.bank;
}

describe('normaliseQuoting', () => {
	it('straightens quote marks and collapses whitespace', () => {
		expect(normaliseQuoting('“It’s  very”\n‘x’')).toBe("\"It's very\" 'x'");
	});
});

/** An item's source: paragraph, sentence and the quote it claims stands there. */
const at = (paragraph: number, sentence: number, quote: string) => ({ paragraph, sentence, quote });

describe('the audits catch what they exist for', () => {
	it('a short answer point, an extra source or a sorting statement that breaks a rule', () => {
		const bank = bankWith((b: { items: unknown[] }) => {
			const [shortAnswer, classify] = newTypeItemsRaw();
			shortAnswer.points[1] = { ...shortAnswer.points[1]!, quote: 'a smooth border' };
			(classify as { also?: unknown }).also = [at(7, 2, 'Uzbekistan and Tajikistan')];
			classify.statements[0] = { text: 'It is 1,375 km long', group: 0 };
			classify.answer = classify.answer.replace('Rugged', 'It is 1,375 km long');
			b.items.push(shortAnswer, classify);
		});
		expect(quoteProblems(bank, article)).toEqual([
			'item border-length/short-answer point 2: quote is not in p4s2: "a smooth border"',
			'item border-length/classify also[0]: quote is not in p7s2: "Uzbekistan and Tajikistan"'
		]);
		// Once in the derived answer, once in the statement itself.
		expect(numberProblems(bank, article)).toEqual(
			Array(2).fill('item border-length/classify: "1375" is not a number of the article')
		);
	});

	it('a quote that is not in its sentence, or a sentence that does not exist', () => {
		const bank = bankWith((b) => {
			b.items[0]!.source = at(4, 1, 'a rugged 1,374-kilometer-long border');
			b.items[1]!.source = at(4, 9, 'border');
			b.items[2]!.source = at(3, 1, 'issued an upbeat assessment');
		});
		expect(quoteProblems(bank, article)).toEqual([
			'item border-length/single: quote is not in p4s1: "a rugged 1,374-kilometer-long border"',
			'item border-length/multiple: the article has no sentence p4s9',
			'item border-length/true-false: quote is not in p3s1: "issued an upbeat assessment"'
		]);
	});

	it('a further passage (`also`) whose quote is not in its sentences', () => {
		const bank = bankWith((b) => {
			Object.assign(b.items[0]!, {
				also: [
					{ ...at(3, 1, 'Days later'), sentenceEnd: 1 },
					{ ...at(4, 1, 'The contrasting comments illustrate'), sentenceEnd: 2 },
					at(4, 2, 'The contrasting comments')
				]
			});
		});
		expect(quoteProblems(bank, article)).toEqual([
			'item border-length/single also[2]: quote is not in p4s2: "The contrasting comments"'
		]);
	});

	it('a quote running over a sentence range, and a range past the paragraph', () => {
		const bank = bankWith((b) => {
			Object.assign(b.items[0]!, {
				source: {
					...at(4, 1, 'staked out by officials from both Afghanistan and Tajikistan. Even so'),
					sentenceEnd: 2
				}
			});
			Object.assign(b.items[1]!, { source: { ...at(4, 1, 'Even so'), sentenceEnd: 3 } });
		});
		expect(quoteProblems(bank, article)).toEqual([
			'item border-length/multiple: the article has no sentence p4s1-3'
		]);
	});

	it('accepts straight quotes for curly ones', () => {
		const bank = bankWith((b) => {
			b.items[0]!.source = at(3, 1, 'praising the "positive relations"');
		});
		expect(quoteProblems(bank, article)).toEqual([]);
	});

	it('an invented year or number stated as true', () => {
		const bank = bankWith((b) => {
			b.items[0]!.explanation = 'A Taliban delegation visited Dushanbe in the summer of 2024.';
			b.facts[0]!.card.back = 'About 1,400 kilometers.';
		});
		expect(numberProblems(bank, article)).toEqual([
			'fact border-length: "1400" is not a number of the article',
			'item border-length/single: "2024" is not a number of the article'
		]);
	});

	it('lets a false statement change a number, and its explanation correct it', () => {
		const bank = bankWith((b) => {
			Object.assign(b.items[2]!, {
				correct: false,
				answer: 'False',
				prompt: 'The border is 1,200 kilometers long.',
				explanation: 'It is 1,374 kilometers, not 1,200.'
			});
		});
		expect(numberProblems(bank, article)).toEqual([]);
	});

	it('a role worded without its time', () => {
		const bank = bankWith((b) => {
			b.items[0]!.explanation = 'Abdul Kabir, the Taliban’s deputy prime minister, said so.';
			b.items[1]!.explanation = 'Yatimov, the Tajik ambassador to Afghanistan, went too.';
			b.items[3]!.explanation =
				'The then-deputy prime minister and the former Tajik ambassador agree.';
		});
		expect(roleProblems(bank)).toHaveLength(2);
	});

	it('too few items and uncovered paragraphs', () => {
		const problems = coverageProblems(
			bankWith(() => {}),
			article
		);
		expect(problems).toContain('only 7 items (at least 150)');
		expect(problems).toContain('fact border-length has 7 items (2 to 5)');
		expect(problems).toContain('no item quotes paragraph 1');
	});

	it('near-duplicate prompts', () => {
		const bank = bankWith((b) => {
			b.items[0]!.prompt = 'How long is the rugged border between Tajikistan and Afghanistan?';
			b.items[1]!.prompt =
				'How long is the rugged border between Afghanistan and Tajikistan, then?';
			const others = [
				'Who called Rahmon a dictator?',
				'Which party led the United Tajik Opposition?',
				'When did relations begin to thaw?',
				'Where is Gadoev based?',
				'What share of Afghans are ethnic Tajiks?'
			];
			others.forEach((prompt, i) => (b.items[i + 2]!.prompt = prompt));
		});
		expect(nearDuplicatePrompts(bank)).toEqual([
			'border-length/single and border-length/multiple share 90% of their words'
		]);
	});
});

describe('answerBalanceProblems', () => {
	const tiny = bankWith(() => {});
	const whoSaid = tiny.items.find((item) => item.type === 'who-said')!;
	const trueFalse = tiny.items.find((item) => item.type === 'true-false')!;
	/** `n` copies of an item, each changed by `change(copy, i)`. */
	const copies = <T extends Item>(item: T, n: number, change: (copy: T, i: number) => void) =>
		Array.from({ length: n }, (_, i) => {
			const copy = structuredClone(item);
			change(copy, i);
			return copy;
		});
	const speakers = ['Sadozaï', 'Gadoev', 'Kabir', 'Yatimov', 'Rahmon'];

	it('catches one speaker right in more than 40% of who-said items', () => {
		const items = copies(whoSaid as ItemOf<'who-said'>, 5, (copy, i) => {
			copy.options = [...speakers];
			copy.correct = i < 3 ? 0 : i;
			copy.answer = speakers[copy.correct]!;
		});
		expect(answerBalanceProblems({ ...tiny, items })).toEqual([
			'who-said: answer text "sadozaï" is right in 3 of 5 items (at most 40%)',
			'who-said: option index "0" is right in 3 of 5 items (at most 40%)'
		]);
	});

	it('allows two of five, and True or False up to 60%', () => {
		const items = [
			...copies(whoSaid as ItemOf<'who-said'>, 5, (copy, i) => {
				copy.options = [...speakers];
				copy.correct = i % 4;
				copy.answer = speakers[copy.correct]!;
			}),
			...copies(trueFalse as ItemOf<'true-false'>, 5, (copy, i) => {
				copy.correct = i < 3;
				copy.answer = copy.correct ? 'True' : 'False';
			})
		];
		expect(answerBalanceProblems({ ...tiny, items })).toEqual([]);
	});

	it('catches True right in more than 60% of true/false items', () => {
		const items = copies(trueFalse as ItemOf<'true-false'>, 5, (copy, i) => {
			copy.correct = i < 4;
			copy.answer = copy.correct ? 'True' : 'False';
		});
		expect(answerBalanceProblems({ ...tiny, items })).toEqual([
			'true-false: answer text "true" is right in 4 of 5 items (at most 60%)'
		]);
	});
});
