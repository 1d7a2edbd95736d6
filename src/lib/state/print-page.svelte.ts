import type { Article } from '$lib/article/parse';
import type { BankIndex } from '$lib/bank/lookup';
import { describeRecipe } from '$lib/quiz/describe';
import { generateQuiz } from '$lib/quiz/generate';
import type { QuizRecipe } from '$lib/quiz/recipe';
import {
	defaultPaper,
	keyEntry,
	sheetQuestion,
	type KeyEntry,
	type SheetQuestion
} from '$lib/quiz/sheet';
import { decodeClassCode } from '$lib/share/class-code';
import {
	classJoinHref,
	parsePrintLink,
	printHref,
	quizCodeHref,
	shareableUrl,
	type Paper,
	type PrintSheet,
	type PrintSource
} from '$lib/share/links';
import { decodeQuizCode, encodeQuizCode } from '$lib/share/quiz-code';
import { classRecords, DAMAGED_SESSION } from '$lib/storage/class-sessions';
import type { KeyValueStore } from '$lib/storage/kv';
import { appStore } from './app-store';
import { loadBank } from './bank';

/** What the print page needs from outside; the defaults are the app's own. */
export interface PrintPageDeps {
	article: Article;
	/** Where the QR code's link points (the page's own origin); read when a quiz opens. */
	origin: () => string;
	/** The reader's locale, which picks the paper when the address names none. */
	locale: () => string;
	store?: () => Promise<KeyValueStore>;
	bank?: () => Promise<BankIndex>;
}

/** A quiz ready to print: its words, how to join it, its questions and their key. */
export interface PrintedQuiz {
	source: PrintSource;
	title: string;
	/** What the quiz asks, e.g. "20 questions · History · exam". */
	summary: string;
	/** The code a student types: the class code, or the quiz code. */
	code: string;
	codeLabel: 'Class code' | 'Quiz code';
	/** The absolute link the QR code opens; `shownUrl` is it without the scheme, to print. */
	url: string;
	shownUrl: string;
	questions: SheetQuestion[];
	key: KeyEntry[];
}

/** Why there is nothing to print, in words. */
export interface PrintProblem {
	title: string;
	message: string;
}

/** What the quiz asks, and on which article when the title doesn't say; "exam" means nothing on paper. */
function summaryOf(recipe: QuizRecipe, article: string): string {
	const asks = describeRecipe({ ...recipe, feedback: 'each' });
	return article ? `${asks} · on “${article}”` : asks;
}

const problem = (title: string, message: string): PrintProblem => ({ title, message });

/**
 * /print: the quiz or class session its address names, laid out as the student's sheet, the
 * answer key or the join poster, on A4 or Letter. Every sheet is built from the quiz's seeded
 * generation, so paper and phones get the same questions in the same order.
 */
export class PrintPage {
	quiz = $state.raw<PrintedQuiz>();
	problem = $state.raw<PrintProblem>();
	sheet = $state<PrintSheet>('student');
	paper = $state<Paper>('a4');
	readonly #deps: PrintPageDeps;
	#opening = 0;

	constructor(deps: PrintPageDeps) {
		this.#deps = deps;
	}

	/** The page's own fragment for what is shown, so a reload or a shared link prints the same. */
	readonly hash = $derived(
		this.quiz ? printHref(this.quiz.source, this.sheet, this.paper).replace(/^[^#]*/, '') : ''
	);

	/** Opens what `hash` names; true when there is something to print. A newer call wins. */
	async open(hash: string): Promise<boolean> {
		const token = ++this.#opening;
		const link = parsePrintLink(hash);
		let quiz: PrintedQuiz | undefined;
		let found: PrintProblem | undefined;
		if (link.kind === 'none')
			found = problem(
				'Nothing to print',
				'This address names no quiz. Open Print from a class session or a quiz’s results.'
			);
		else if (link.kind === 'bad-session')
			found = problem(
				'This print link doesn’t work',
				'The session named in it can’t be one this app made. Open Print from the class session’s page.'
			);
		else {
			this.sheet = link.sheet;
			this.paper = link.paper ?? defaultPaper(this.#deps.locale());
			try {
				const built = await this.#build(link.source);
				if ('problem' in built) found = built.problem;
				else quiz = built.quiz;
			} catch (error) {
				found = problem(
					'The quiz can’t be laid out',
					(error as Error).message || 'Something unexpected stopped it.'
				);
			}
		}
		if (token !== this.#opening) return false;
		this.quiz = quiz;
		this.problem = found;
		return quiz !== undefined;
	}

	async #build(source: PrintSource): Promise<{ quiz: PrintedQuiz } | { problem: PrintProblem }> {
		const index = await (this.#deps.bank ?? loadBank)();
		if (source.kind === 'quiz') {
			const decoded = decodeQuizCode(source.code);
			if (!decoded.ok) return { problem: problem('This quiz link doesn’t work', decoded.message) };
			const code = encodeQuizCode(decoded.recipe);
			const recipe = decoded.recipe;
			if (recipe.bankVersion !== index.bank.version)
				return {
					problem: problem(
						'This quiz was made for other questions',
						`The link was made for version ${recipe.bankVersion} of the question bank; this app has version ${index.bank.version}, so a printed copy would not match the quiz that was shared.`
					)
				};
			return this.#lay(
				index,
				recipe,
				{
					source: { kind: 'quiz', code },
					title: this.#deps.article.title,
					code,
					codeLabel: 'Quiz code'
				},
				quizCodeHref(code)
			);
		}
		const store = await (this.#deps.store ?? appStore)();
		const record = await classRecords.get(store, source.id);
		if (!record) {
			const stored = await store.get(classRecords.key(source.id));
			return {
				problem: problem(
					'This session can’t be printed',
					stored === undefined
						? 'This class session isn’t on this device. Sessions are kept on the device that made them.'
						: DAMAGED_SESSION
				)
			};
		}
		const decoded = decodeClassCode(record.code, index.bank.version);
		if (!decoded.ok)
			return {
				problem: problem(
					'This session can’t be printed',
					`Its quiz can’t be built on this device: ${decoded.message}`
				)
			};
		return this.#lay(
			index,
			decoded.session.recipe,
			{
				source,
				title: record.name,
				code: record.code,
				codeLabel: 'Class code'
			},
			classJoinHref(record.code)
		);
	}

	#lay(
		index: BankIndex,
		recipe: QuizRecipe,
		about: Pick<PrintedQuiz, 'source' | 'title' | 'code' | 'codeLabel'>,
		href: string
	): { quiz: PrintedQuiz } | { problem: PrintProblem } {
		const generated = generateQuiz(index.bank, recipe);
		if (!generated.ok) return { problem: problem('This quiz can’t be made', generated.message) };
		const shown = generated.quiz.questions.map((question) => ({
			question,
			item: index.itemById.get(question.itemId)!
		}));
		const url = shareableUrl(this.#deps.origin(), href);
		return {
			quiz: {
				...about,
				summary: summaryOf(
					recipe,
					about.title === this.#deps.article.title ? '' : this.#deps.article.title
				),
				url,
				shownUrl: url.replace(/^https?:\/\//, ''),
				questions: shown.map(({ item, question }, i) => sheetQuestion(item, question, i + 1)),
				key: shown.map(({ item, question }, i) =>
					keyEntry(this.#deps.article, item, question, i + 1)
				)
			}
		};
	}
}
