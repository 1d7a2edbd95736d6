import { describe, expect, it } from 'vitest';
import { article } from '$lib/article/source';
import type { ItemOf } from '$lib/bank/schema';
import { check } from './check';
import { articleNames } from './names';
import { bank } from '$lib/bank/fixtures/real-bank';

// The bank's own typed items, checked as a student would answer them: what a person naturally
// adds to a right answer must pass, and every near miss must fail.
const typed = new Map(
	bank.items
		.filter((item): item is ItemOf<'typed'> => item.type === 'typed')
		.map((item) => [item.id, item])
);
const rivals = articleNames(article);

const RIGHT: [string, string[]][] = [
	[
		'border-length/typed',
		[
			'1,374 kilometres',
			'1,374 kilometers long',
			'1374 km',
			'1 374 km long',
			'1,374-kilometer-long',
			'one thousand three hundred seventy-four',
			'one thousand three hundred and seventy four kilometres',
			'thirteen hundred seventy-four',
			'thirteen hundred and seventy-four kilometres',
			'1374 kilometres in length',
			'1374',
			'1,374 kilometers'
		]
	],
	['defensive-posture-2021/typed', ['in 2021', '2021', 'In 2021.', 'twenty twenty-one']],
	['best-case-resume-projects/typed', ['in 2021', 'during 2021', 'two thousand twenty-one']],
	[
		'radio-ozodi-source/typed',
		[
			'RFE/RL’s Tajik Service, Radio Ozodi',
			"RFE/RL's Tajik Service, Radio Ozodi",
			'Radio Ozodi, RFE/RL’s Tajik Service',
			'Radio Ozodi',
			'Radio Ozodi (RFE/RL’s Tajik Service)'
		]
	],
	[
		'rahmon-age/typed',
		[
			'seventy-two',
			'seventy two',
			'72',
			'72 years old',
			'seventy-two years old',
			'72 yrs',
			'aged 72',
			'Aged seventy-two.'
		]
	],
	['electricity-exports/typed', ['electrical power', 'electricity', 'electric power', 'power']],
	['thaw-september-2023/typed', ['Sept', 'Sept.', 'Sep.', 'sep', 'September', 'in September']],
	['tajik-delegation-kabul/typed', ['Kabul, Afghanistan', 'Kabul Afghanistan', 'in Kabul']],
	['yatimov-visits-kabul/typed', ['Kabul, Afghanistan', 'Kabul in Afghanistan', 'Kabul']],
	[
		'gadoev-heads-movement/typed',
		['Amsterdam, Netherlands', 'Amsterdam, the Netherlands', 'in Amsterdam', 'Amsterdam, Holland']
	],
	['sadozai-researcher/typed', ['Regensburg', 'Regensburg, Germany']],
	[
		'distrust-since-1990s/typed',
		[
			'in the 1990s',
			'the 1990s',
			'the nineties',
			'nineteen nineties',
			'in the 90s',
			'1990’s',
			'since the 1990s',
			'Since the nineties'
		]
	],
	['tajikistan-calls-taliban-extremist/typed', ['extremist', 'Extremist.']],
	['taliban-shelters-ansarullah/typed', ['Jamaat Ansarullah', 'Ansarullah']],
	['western-security-assistance/typed', ['the West', 'West']],
	// Variants the accepted lists used to spell out, now accepted by rule.
	['tajik-civil-war/typed', ['a civil war', 'the civil war']],
	['uto-led-by-irp/typed', ['the Islamic Renaissance Party']],
	['more-positive-signals/typed', ['past year', 'last year', 'Over the past year.']],
	['government-in-exile/typed', ['government in exile', 'a government-in-exile']],
	// The prompt's own words around its blank, written out too.
	['mixed-signals/typed', ['mixed signals', 'Mixed signals.', 'about mixed signals']],
	['thaw-september-2023/typed', ['September of 2023', 'September 2023', 'thaw in September']],
	['tajikistan-calls-taliban-extremist/typed', ['extremist group', 'an extremist group']],
	['sadozai-researcher/typed', ['University of Regensburg', 'the University of Regensburg']],
	['government-in-exile/typed', ['anti-Rahmon government-in-exile']],
	['delicate-balance/typed', ['delicate balance', 'a delicate balance with the Taliban']],
	['outside-factors-limit-ties/typed', ['outside factors']],
	['extremely-harsh/typed', ['extremely harsh']]
];

const NEAR_MISSES: [string, string[]][] = [
	[
		'border-length/typed',
		[
			'1,375',
			'1,375 kilometres',
			'1374 miles',
			'one thousand three hundred seventy-five',
			'thirteen hundred seventy-five',
			'thirteen hundred',
			'about 1,374 km? no',
			'not 1,374',
			'1,374 km wide',
			'13,740'
		]
	],
	['defensive-posture-2021/typed', ['2022', 'in 2022', 'not 2021', 'before 2021', '2021 or 2022']],
	['best-case-resume-projects/typed', ['2023', 'in 2023', 'twenty twenty-two']],
	[
		'radio-ozodi-source/typed',
		['TOLOnews', 'Radio Ozodi, TOLOnews', 'Current Time', 'Radio Free Europe', 'Ozodi said no']
	],
	[
		'rahmon-age/typed',
		['seventy-three', '73', '27', '72 km', 'seventy', 'over seventy-two', 'aged 73', 'aged 72 km']
	],
	['electricity-exports/typed', ['electrical goods', 'gas', 'power lines', 'not electricity']],
	['thaw-september-2023/typed', ['Oct', 'August', 'Aug.', 'May', 'not Sept']],
	[
		'tajik-delegation-kabul/typed',
		['Kabul, Tajikistan', 'Dushanbe', 'Dushanbe, Afghanistan', 'Kabir', 'Kabul, Germany']
	],
	['yatimov-visits-kabul/typed', ['Kabul, Tajikistan', 'Dushanbe, Tajikistan', 'Afghanistan']],
	[
		'gadoev-heads-movement/typed',
		['Amsterdam, Afghanistan', 'Kabul', 'Netherlands', 'Regensburg', 'Amsterdam, Tajikistan']
	],
	['sadozai-researcher/typed', ['Regensburg, Austria', 'Germany', 'Amsterdam']],
	[
		'distrust-since-1990s/typed',
		['1980s', 'in the eighties', 'after the 1990s', '2021', 'since the 1980s', 'since 2021']
	],
	['tajikistan-calls-taliban-extremist/typed', ['not extremist', 'moderate', 'extremist? no']],
	['western-security-assistance/typed', ['the East', 'Russia', 'not the West']],
	// The prompt's words around the blank take nothing away from a wrong answer, nor add to one.
	['mixed-signals/typed', ['signals', 'clear signals', 'not mixed signals', 'mixed messages']],
	[
		'thaw-september-2023/typed',
		['March of 2023', 'of 2023', 'September of 2022', 'not in September']
	],
	['tajikistan-calls-taliban-extremist/typed', ['moderate group', 'group', 'an extremist state']],
	['outside-factors-limit-ties/typed', ['inside factors', 'factors']]
];

describe('typed items of the bank', () => {
	it('has every item the table names', () => {
		const missing = [...RIGHT, ...NEAR_MISSES].map(([id]) => id).filter((id) => !typed.has(id));
		expect(missing).toEqual([]);
	});

	describe.each(RIGHT)('%s accepts', (id, responses) => {
		it.each(responses)('%j', (response) => {
			const item = typed.get(id)!;
			expect(check(item, { type: 'text', value: response }, rivals).correct).toBe(true);
		});
	});

	describe.each(NEAR_MISSES)('%s refuses', (id, responses) => {
		it.each(responses)('%j', (response) => {
			const item = typed.get(id)!;
			expect(check(item, { type: 'text', value: response }, rivals).correct).toBe(false);
		});
	});

	it('refuses any accepted answer of any typed item inside a claim that says more', () => {
		const claims = (answer: string) => [
			`not ${answer}`,
			`${answer} or 2022`,
			`before ${answer}`,
			`${answer} and Dushanbe`,
			`${answer}, Tajikistan`
		];
		for (const item of typed.values())
			for (const answer of item.accepted)
				for (const claim of claims(answer))
					expect(check(item, { type: 'text', value: claim }, rivals).correct, claim).toBe(false);
	});

	it('accepts its own accepted answers, for every typed item', () => {
		for (const item of typed.values())
			for (const answer of item.accepted)
				expect(check(item, { type: 'text', value: answer }, rivals).correct, item.id).toBe(true);
	});
});
