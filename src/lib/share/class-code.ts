import { BUILDER_MIN, COUNT_MAX, type QuizRecipe } from '../quiz/recipe';
import { BitReader, bitsOf } from './bits';
import {
	bitsToSymbols,
	grouped,
	normaliseCrockford,
	symbolsToBits,
	withCheck,
	withoutCheck
} from './crockford';

/**
 * The class quiz code: what a teacher reads aloud or projects, e.g. `K7QM-2XF4-9HX~`. Twelve
 * Crockford symbols in groups of four (14 characters): eleven carry 55 bits, the twelfth is
 * the mod-37 check symbol, which catches any one mistyped character and any swap of two
 * neighbours. The 55 bits of layout 2, most significant first:
 *
 *   version 3 | bank version mod 16: 4 | count 6 | types 9 | topics 8 | difficulty 4 |
 *   feedback 1 (1 = at the end) | time per question 3 (SECONDS_PER_QUESTION index) | seed 17
 *
 * Layout 1 had types 7, difficulty 3 and seed 20. It is still read: its "any" (0) means the
 * seven types and three difficulties it knew, so an old code builds the quiz it built before,
 * and a session read from it is written back in layout 1 (`layout: 1`), so its students' result
 * codes name it as its teacher's device does.
 *
 * A class quiz is built by the quiz builder, so it never filters paragraphs and asks 5 to 50
 * questions. The bank version travels mod 16: a phone whose bank differs by 1 to 15 versions
 * (every bank change bumps it by one) is told so; only a difference of exactly 16, 32… slips
 * through. The seed has 17 bits (131,072 quizzes per set of options), so `classSeed` folds a
 * random 32-bit number into range.
 *
 * Every layout, this one and any later one, starts with its 3-bit version and ends with the
 * check symbol of everything before it, in 8 to 16 symbols: a newer app's code passes the check
 * and so is told apart from a mistyped one, which fails it. (A random string passes 1 time in
 * 37; if it also starts with a later version it is called newer, not broken.)
 */
export const CLASS_CODE_VERSION = 2;
const VERSION_BITS = 3;
const BANK_BITS = 4;
export const CLASS_SEED_BITS = 17;

/** Field widths of each layout: types, difficulty, seed (the rest are the same in both). */
const LAYOUTS = {
	1: { types: 7, difficulty: 3, seed: 20 },
	2: { types: 9, difficulty: 4, seed: CLASS_SEED_BITS }
} as const;
type Layout = keyof typeof LAYOUTS;
const all = (bits: number) => 2 ** bits - 1;
/** Bits of a class code's payload: what a result code repeats to say which quiz it answers. */
export const CLASS_PAYLOAD_BITS = 55;
const DATA_SYMBOLS = CLASS_PAYLOAD_BITS / 5;

/** The time-per-question steps a class quiz offers, in seconds; null (the default) is untimed. */
export const SECONDS_PER_QUESTION: readonly (number | null)[] = [null, 15, 20, 30, 45, 60, 90, 120];

/** A class quiz: the recipe every phone builds, and the time each question allows. */
export interface ClassSession {
	recipe: QuizRecipe;
	secondsPerQuestion: number | null;
	/** Set on a session read from a layout-1 code: it is written back in that layout. */
	layout?: 1;
}

export type ClassCodeProblem = 'mistyped' | 'future' | 'invalid' | 'bank';

export type ClassCodeResult =
	{ ok: true; session: ClassSession } | { ok: false; problem: ClassCodeProblem; message: string };

/** A random 32-bit number as a class quiz seed. */
export const classSeed = (random: number): number => (random >>> 0) % 2 ** CLASS_SEED_BITS;

/** Why a session cannot travel as a class code (a builder bug, not a person's), or undefined. */
export function classSessionProblem(session: ClassSession): string | undefined {
	const { recipe, secondsPerQuestion } = session;
	const widths = LAYOUTS[session.layout ?? CLASS_CODE_VERSION];
	if (!Number.isInteger(recipe.count) || recipe.count < BUILDER_MIN || recipe.count > COUNT_MAX)
		return `A class quiz has ${BUILDER_MIN} to ${COUNT_MAX} questions.`;
	if (recipe.paragraphs !== 0) return 'A class quiz does not filter paragraphs.';
	if (!Number.isInteger(recipe.seed) || recipe.seed < 0 || recipe.seed >= 2 ** widths.seed)
		return `A class quiz seed has ${widths.seed} bits: pass it through classSeed.`;
	if (recipe.types > all(widths.types) || recipe.difficulty > all(widths.difficulty))
		return 'This class code layout cannot name these question types or difficulties.';
	if (!SECONDS_PER_QUESTION.includes(secondsPerQuestion))
		return `Time per question is one of ${SECONDS_PER_QUESTION.join(', ')}.`;
	if (!Number.isInteger(recipe.bankVersion) || recipe.bankVersion < 1)
		return 'A class quiz needs the version of its bank.';
	return undefined;
}

/** The 55 payload bits of a session; throws RangeError if classSessionProblem names one. */
export function classPayload(session: ClassSession): string {
	const problem = classSessionProblem(session);
	if (problem) throw new RangeError(problem);
	const { recipe } = session;
	const layout: Layout = session.layout ?? CLASS_CODE_VERSION;
	const widths = LAYOUTS[layout];
	// Layout 1 spells "everything it knew" as 0, as it did, so its codes read back unchanged.
	const v1Any = (mask: number, bits: number) => (layout === 1 && mask === all(bits) ? 0 : mask);
	return (
		bitsOf(layout, VERSION_BITS) +
		bitsOf(recipe.bankVersion % 2 ** BANK_BITS, BANK_BITS) +
		bitsOf(recipe.count, 6) +
		bitsOf(v1Any(recipe.types, widths.types), widths.types) +
		bitsOf(recipe.topics & 0xff, 8) +
		bitsOf(v1Any(recipe.difficulty, widths.difficulty), widths.difficulty) +
		bitsOf(recipe.feedback === 'end' ? 1 : 0, 1) +
		bitsOf(SECONDS_PER_QUESTION.indexOf(session.secondsPerQuestion), 3) +
		bitsOf(recipe.seed, widths.seed)
	);
}

/** How two payloads differ: not at all, only in the bank version, or in the quiz itself. */
export function payloadDifference(a: string, b: string): 'same' | 'bank' | 'quiz' {
	if (a === b) return 'same';
	const bank = VERSION_BITS + BANK_BITS;
	return a.slice(0, VERSION_BITS) + a.slice(bank) === b.slice(0, VERSION_BITS) + b.slice(bank)
		? 'bank'
		: 'quiz';
}

/** A session as its class code, grouped like `K7QM-2XF4-9HX1`; throws RangeError if it cannot travel. */
export function encodeClassCode(session: ClassSession): string {
	return grouped(withCheck(bitsToSymbols(classPayload(session))), 4);
}

const fail = (problem: ClassCodeProblem, message: string) =>
	({ ok: false, problem, message }) as const;

const MISTYPED =
	'This class code has a mistyped or missing character. Check it against the teacher’s screen and type it again.';

/** Payload bits back into a session for a device whose bank has `bankVersion`. */
function sessionFromPayload(bits: string, bankVersion: number): ClassCodeResult {
	const reader = new BitReader(bits);
	const layout = reader.read(VERSION_BITS);
	if (bits.length !== CLASS_PAYLOAD_BITS || (layout !== 1 && layout !== CLASS_CODE_VERSION))
		return fail('invalid', 'This is not a class quiz code. Ask the teacher for the code again.');
	const widths = LAYOUTS[layout];
	const v1 = layout === 1;
	const bank = reader.read(BANK_BITS)!;
	const count = reader.read(6)!;
	const types = reader.read(widths.types)!;
	const topics = reader.read(8)!;
	const difficulty = reader.read(widths.difficulty)!;
	const recipe: QuizRecipe = {
		bankVersion,
		count,
		types: v1 && types === 0 ? all(widths.types) : types,
		topics,
		difficulty: v1 && difficulty === 0 ? all(widths.difficulty) : difficulty,
		paragraphs: 0,
		feedback: reader.read(1) ? 'end' : 'each',
		seed: 0
	};
	const secondsPerQuestion = SECONDS_PER_QUESTION[reader.read(3)!]!;
	recipe.seed = reader.read(widths.seed)!;
	if (count < BUILDER_MIN || count > COUNT_MAX)
		return fail(
			'invalid',
			`This class code asks for ${count} questions; a class quiz has ${BUILDER_MIN} to ${COUNT_MAX}. Ask the teacher for the code again.`
		);
	if (bank !== bankVersion % 2 ** BANK_BITS)
		return fail(
			'bank',
			'This class quiz was made with another version of the question bank than this device has. Open the app online on both devices so that they update, then try again.'
		);
	const session: ClassSession = { recipe, secondsPerQuestion };
	return { ok: true, session: v1 ? { ...session, layout: 1 } : session };
}

/** Reads a class code as typed, for a device whose bank has `bankVersion`; says what is wrong with a bad one. */
export function decodeClassCode(code: string, bankVersion: number): ClassCodeResult {
	const symbols = normaliseCrockford(code);
	if (symbols === undefined)
		return fail(
			'mistyped',
			'A class code has only letters and digits, like K7QM-2XF4-9HX1. Check it against the teacher’s screen.'
		);
	// Integrity first: a code that fails its check is a typing slip, whatever its version says.
	const data = withoutCheck(symbols);
	if (data === undefined) return fail('mistyped', MISTYPED);
	const bits = symbolsToBits(data)!;
	const version = new BitReader(bits).read(VERSION_BITS)!;
	if (version > CLASS_CODE_VERSION && symbols.length >= 8 && symbols.length <= 16)
		return fail(
			'future',
			'This class code comes from a newer version of the app. Reload the app while online to update it, then type the code again.'
		);
	if (version !== CLASS_CODE_VERSION && version !== 1)
		return fail('invalid', 'This is not a class quiz code. Ask the teacher for the code again.');
	if (data.length !== DATA_SYMBOLS) return fail('mistyped', MISTYPED);
	return sessionFromPayload(bits, bankVersion);
}
