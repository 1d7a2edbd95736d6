/**
 * The rules that bring a normalised typed answer to one canonical form, so that what a person
 * naturally writes around a right answer still counts, while any other word does not. Each rule
 * rewrites only a closed set of words (numbers, months, units, spellings, the article's places),
 * and is applied to the accepted answers and the response alike: it can make two spellings of
 * the same thing equal, never turn an extra claim ("not 2021", "Kabul, Tajikistan") into nothing.
 */

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];
// "Sept" is the one abbreviation longer than three letters; "may" is already whole.
const MONTH_ABBREVIATIONS = new Map<string, string>([
	...MONTHS.map((month) => [month.slice(0, 3), month] as [string, string]),
	['sept', 'september']
]);

/**
 * British spellings as their American form (the article's own): whole-word endings, each with a
 * stem long enough that no short word (four, your, hour, rise, wise) is rewritten.
 */
const SPELLING_RULES: [RegExp, string][] = [
	[/^(\w{2,})tre(s?)$/, '$1ter$2'], // kilometre, centre, metres
	[/^(\w{3,})our(s|ed|ing)?$/, '$1or$2'], // neighbour, favour, labour
	[/^(\w{3,})is(e|es|ed|ing|ation|ations)$/, '$1iz$2'], // recognise, organisation
	[/^(\w{3,})ys(e|es|ed|ing)$/, '$1yz$2'], // analyse, paralyse
	[/^(\w{2,}[aeiou])ll(ed|ing|er)$/, '$1l$2'], // travelled, traveller
	[/^(\w{3,})ogue(s?)$/, '$1og$2'], // dialogue, catalogue
	[/^(\w{3,})ence$/, '$1ense'] // defence, licence
];

/**
 * Different words the article uses for one thing, mapped to one of them. Kept to the article's
 * own vocabulary: "electrical" is how a reader says the article's "electricity"/"power".
 */
const SAME_WORD = new Map<string, string>([['electrical', 'electric']]);

/** Units and their spellings, to one canonical unit; `after` are words that add nothing after it. */
const UNITS: { forms: string[]; unit: string; after: string[] }[] = [
	{
		forms: ['km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres'],
		unit: 'km',
		after: ['long', 'in length']
	},
	{ forms: ['year', 'years', 'yr', 'yrs'], unit: 'years', after: ['old', 'of age'] }
];
const UNIT_OF = new Map(UNITS.flatMap(({ forms, unit }) => forms.map((f) => [f, unit] as const)));
const UNIT_NAMES = new Set(UNITS.map(({ unit }) => unit));

/**
 * The article's places and the country it puts each in (Kabul, Dushanbe, Regensburg: the
 * article says so; Amsterdam, where Gadoev is based, only needs its country to be graded).
 * A city answer may be followed by its own country and by no other.
 */
const COUNTRY_OF_CITY = new Map<string, string[]>([
	['kabul', ['afghanistan']],
	['dushanbe', ['tajikistan']],
	['regensburg', ['germany']],
	['amsterdam', ['netherlands', 'the netherlands', 'holland']]
]);

/** Words a person puts before an answer that only say where or when it sits. */
const LEADING_WORDS = /^(?:in|on|at|during|since) (?=\S)/;
/** An age said first ("aged 72", "age seventy-two"): the same as "72 years". */
const AGED = /^aged? (\d+)$/;
const LEADING_ARTICLE = /^(?:the|a|an) (?=\S)/;

const UNITS_WORDS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_WORDS: Record<string, number> = Object.fromEntries(TENS.map((w, i) => [w, 20 + 10 * i]));
// "the nineties" is the 90s; "nineteen nineties" the 1990s.
const DECADE_WORDS: Record<string, number> = Object.fromEntries(
	TENS.map((w, i) => [w.replace(/y$/, 'ies'), 20 + 10 * i])
);

const NUMBER_WORDS = new Set([
	...Object.keys(UNITS_WORDS),
	...Object.keys(TENS_WORDS),
	...Object.keys(DECADE_WORDS),
	'hundred',
	'thousand'
]);
const isNumberWord = (word: string) => NUMBER_WORDS.has(word);

/** A number below 100 in words at `words[i]` ("seventy two", "nineteen"): value and length. */
function twoDigits(words: string[], i: number): { value: number; length: number } | undefined {
	const first = words[i]!;
	if (first in TENS_WORDS) {
		const next = words[i + 1];
		const unit = next === undefined ? undefined : UNITS_WORDS[next];
		return unit !== undefined && unit > 0 && unit < 10
			? { value: TENS_WORDS[first]! + unit, length: 2 }
			: { value: TENS_WORDS[first]!, length: 1 };
	}
	const value = UNITS_WORDS[first];
	return value === undefined ? undefined : { value, length: 1 };
}

/**
 * Reads a run of number words, the whole run or nothing: "one thousand three hundred (and)
 * seventy four" and "thirteen hundred seventy four" are 1374, "seventy two" 72, "twenty twenty one" 2021 (a year said in pairs),
 * "nineteen nineties" 1990s (written "1990 s", as normalising writes it). A run that is not one well-formed number is left as words.
 */
export function readNumberWords(words: string[]): string | undefined {
	// A year said in pairs: "nineteen ninety", "twenty twenty one", "nineteen nineties" (a
	// century from 10 to 20: "seventy twenty" is no year anyone says).
	const head = twoDigits(words, 0);
	if (head && head.value >= 10 && head.value <= 20) {
		const rest = words.slice(head.length);
		if (rest.length === 1 && rest[0]! in DECADE_WORDS)
			return `${head.value * 100 + DECADE_WORDS[rest[0]!]!} s`;
		const tail = rest.length > 0 ? twoDigits(rest, 0) : undefined;
		if (tail && tail.length === rest.length && tail.value >= 10)
			return String(head.value * 100 + tail.value);
	}
	if (words.length === 1 && words[0]! in DECADE_WORDS) return `${DECADE_WORDS[words[0]!]} s`;
	let total = 0;
	let i = 0;
	let last: 'none' | 'thousand' | 'hundred' | 'small' = 'none';
	let group = 0;
	while (i < words.length) {
		const word = words[i]!;
		if (word === 'and') {
			if (last !== 'hundred' && last !== 'thousand') return undefined;
			i++;
			continue;
		}
		if (word === 'thousand') {
			if (last === 'thousand' || total >= 1000) return undefined;
			total += (group || 1) * 1000;
			group = 0;
			last = 'thousand';
		} else if (word === 'hundred') {
			// "three hundred", and "thirteen hundred" (1300) or "seventy four hundred" when no
			// thousand came first; never "ten hundred" or "twenty hundred", which no one says.
			const hundreds = group < 10 || (total === 0 && group < 100 && group % 10 !== 0);
			if (last === 'hundred' || !hundreds) return undefined;
			group = (group || 1) * 100;
			last = 'hundred';
		} else {
			const small = twoDigits(words, i);
			if (!small || last === 'small') return undefined;
			group += small.value;
			last = 'small';
			i += small.length;
			continue;
		}
		i++;
	}
	return last === 'none' ? undefined : String(total + group);
}

/** The endings SPELLING_RULES rewrite, to rule most words out with one test. */
const SPELLING_ENDINGS =
	/(?:tres?|our(?:s|ed|ing)?|[iy]s(?:e|es|ed|ing)|isations?|ll(?:ed|ing|er)|ogues?|ence)$/;

function respell(word: string): string {
	const month = MONTH_ABBREVIATIONS.get(word);
	if (month) return month;
	const same = SAME_WORD.get(word);
	if (same) return same;
	if (word.length < 5 || !SPELLING_ENDINGS.test(word)) return word;
	for (const [pattern, replacement] of SPELLING_RULES)
		if (pattern.test(word)) return word.replace(pattern, replacement);
	return word;
}

function numbersAndUnits(words: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < words.length;) {
		if (isNumberWord(words[i]!)) {
			let end = i;
			while (end < words.length && (isNumberWord(words[end]!) || words[end] === 'and')) end++;
			// A trailing "and" belongs to the sentence, not the number.
			while (end > i && words[end - 1] === 'and') end--;
			const number = readNumberWords(words.slice(i, end));
			if (number !== undefined) {
				out.push(number);
				i = end;
				continue;
			}
		}
		const unit = UNIT_OF.get(words[i]!);
		const previous = out[out.length - 1];
		if (unit && previous !== undefined && /\d/.test(previous)) {
			out.push(unit);
			i++;
			// What a unit may be followed by without saying more: "long", "old", "in length".
			const after = UNITS.find((u) => u.unit === unit)!.after;
			const extra = after.find((phrase) => {
				const parts = phrase.split(' ');
				return parts.every((part, k) => words[i + k] === part);
			});
			if (extra) i += extra.split(' ').length;
			continue;
		}
		out.push(words[i]!);
		i++;
	}
	return out;
}

/** Each city's own countries as the ends a form may have after it (" afghanistan", " in afghanistan"). */
const CITY_TAILS = [...COUNTRY_OF_CITY].flatMap(([city, countries]) =>
	countries.flatMap((country) => [` ${country}`, ` in ${country}`].map((tail) => ({ city, tail })))
);

/** Drops a country after a city of the article when it is that city's country. */
function dropCityCountry(form: string): string {
	for (const { city, tail } of CITY_TAILS)
		if (form.endsWith(tail)) {
			const rest = form.slice(0, -tail.length);
			if (rest === city || rest.endsWith(` ${city}`)) return rest;
		}
	return form;
}

/**
 * The canonical form of a normalised answer (lower case, words split by single spaces): months
 * written out, American spelling, numbers in digits, units in one spelling, no leading
 * "in/on/at/during/since" or article, "aged N" as "N years", no country after its own city.
 */
export function canonicalForm(normalised: string): string {
	if (!normalised) return normalised;
	let form = numbersAndUnits(normalised.split(' ').map(respell)).join(' ');
	form = form.replace(LEADING_WORDS, '').replace(LEADING_ARTICLE, '');
	// Tested first by its start: a check runs this on every answer and every accepted form.
	if (form.startsWith('age')) form = form.replace(AGED, '$1 years');
	return dropCityCountry(form);
}

/** The same form without its units ("1374 km" → "1374"): an accepted answer's unit may go unsaid. */
export function withoutUnits(form: string): string {
	const words = form.split(' ');
	const kept = words.filter((word, i) => !(UNIT_NAMES.has(word) && /\d/.test(words[i - 1] ?? '')));
	return kept.join(' ');
}
