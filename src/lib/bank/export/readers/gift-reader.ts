// A reader of GIFT for tests: a port of Moodle's own importer (question/format/gift/format.php,
// `readquestion`, with `readquestions` from question/format.php splitting on blank lines), so
// what it reads is what Moodle would import.

export interface GiftAnswer {
	text: string;
	fraction: number;
	feedback: string;
}

export type GiftQuestion =
	| { qtype: 'category'; category: string }
	| {
			qtype: 'multichoice' | 'shortanswer';
			name: string;
			text: string;
			generalFeedback: string;
			single: boolean;
			answers: GiftAnswer[];
	  }
	| { qtype: 'truefalse'; name: string; text: string; generalFeedback: string; correct: boolean }
	| {
			qtype: 'match';
			name: string;
			text: string;
			generalFeedback: string;
			pairs: { question: string; answer: string }[];
	  }
	| { qtype: 'essay' | 'description' | 'numerical'; name: string; text: string };

// Moodle's escapedchar_pre / escapedchar_post (question/format/gift/format.php), as written there:
// each escaped character is swapped for an entity-like token while the text is split, then back.
const ESCAPES: [string, string][] = [
	['\\:', '&&058;'],
	['\\#', '&&035;'],
	['\\=', '&&061;'],
	['\\{', '&&123;'],
	['\\}', '&&125;'],
	['\\~', '&&126;'],
	['\\n', '&&010']
];

function escapedPre(text: string): string {
	let out = text.replaceAll('\\\\', '&&092;');
	for (const [escaped, token] of ESCAPES) out = out.replaceAll(escaped, token);
	return out.replaceAll('&&092;', '\\');
}

function escapedPost(text: string): string {
	let out = text;
	for (const [escaped, token] of ESCAPES)
		out = out.replaceAll(token, escaped === '\\n' ? '\n' : escaped.slice(1));
	return out;
}

const FORMATS = ['moodle', 'html', 'plain', 'markdown'];

/** Moodle's `parse_text_with_format`: an optional `[format]` prefix, then the text unescaped. */
function withFormat(text: string): string {
	let out = text;
	if (out.startsWith('[')) {
		const end = out.indexOf(']');
		if (end !== -1 && FORMATS.includes(out.slice(1, end))) out = out.slice(end + 1);
	}
	return escapedPost(out).trim();
}

const WEIGHT = /^%-*([0-9]{1,2})\.?([0-9]*)%/;

/** Moodle's `answerweightparser`: the number between the first two `%`, as a fraction. */
function takeWeight(answer: string): { fraction: number; rest: string } {
	const inner = answer.slice(1);
	const end = inner.indexOf('%');
	return { fraction: Number(inner.slice(0, end)) / 100, rest: inner.slice(end + 1) };
}

function comment(answer: string): { text: string; feedback: string } {
	const hash = answer.indexOf('#');
	if (hash === -1) return { text: withFormat(answer.trim()), feedback: '' };
	return {
		text: withFormat(answer.slice(0, hash).trim()),
		feedback: withFormat(answer.slice(hash + 1).trim())
	};
}

/** PHP's `explode` followed by dropping an empty first piece, as the importer does. */
function pieces(text: string, on: string): string[] {
	const parts = text.split(on);
	parts[0] = (parts[0] ?? '').trim();
	if (!parts[0]) parts.shift();
	return parts;
}

/** Reads one question block (its lines) as Moodle's `readquestion` does; throws on its errors. */
export function readGiftQuestion(lines: string[]): GiftQuestion | undefined {
	const kept = lines.map((line) => (line.trim().startsWith('//') ? ' ' : line));
	let text = kept.join('\n').trim();
	if (!text) return undefined;
	text = escapedPre(text);
	if (text.startsWith('$CATEGORY:')) return { qtype: 'category', category: text.slice(10).trim() };

	let name = '';
	if (text.startsWith('::')) {
		text = text.slice(2);
		const end = text.indexOf('::');
		if (end !== -1) {
			name = escapedPost(text.slice(0, end)).trim();
			text = text.slice(end + 2).trim();
		}
	}
	const start = text.indexOf('{');
	const finish = text.indexOf('}');
	if (start === -1 && finish === -1) return { qtype: 'description', name, text: withFormat(text) };
	if (start === -1 || finish === -1) throw new Error(`Brace error in ${text}`);
	let answerText = text.slice(start + 1, finish).trim();
	const questionText = text.endsWith('}')
		? text.slice(0, start) + text.slice(finish + 1)
		: `${text.slice(0, start)}_____${text.slice(finish + 1)}`;
	let generalFeedback = '';
	const gf = answerText.lastIndexOf('####');
	if (gf !== -1) {
		generalFeedback = withFormat(answerText.slice(gf + 4));
		answerText = answerText.slice(0, gf).trim();
	}
	const common = { name, text: withFormat(questionText), generalFeedback };

	if (answerText === '') return { qtype: 'essay', name, text: common.text };
	if (answerText.startsWith('#')) return { qtype: 'numerical', name, text: common.text };
	if (answerText.includes('~')) {
		const answers = pieces(answerText.replaceAll('=', '~='), '~').map((raw) => {
			let answer = raw.trim();
			let fraction = 0;
			if (answer.startsWith('=')) {
				fraction = 1;
				answer = answer.slice(1);
			} else if (WEIGHT.test(answer)) ({ fraction, rest: answer } = takeWeight(answer));
			return { ...comment(answer), fraction };
		});
		if (answers.length < 2) throw new Error('Too few answers');
		return { qtype: 'multichoice', ...common, single: answerText.includes('='), answers };
	}
	if (answerText.includes('=') && answerText.includes('->')) {
		const pairs = pieces(answerText, '=').map((raw) => {
			const answer = raw.trim();
			const marker = answer.indexOf('->');
			if (marker === -1) throw new Error(`Matching pair without -> in ${answer}`);
			return {
				question: withFormat(answer.slice(0, marker)),
				answer: escapedPost(answer.slice(marker + 2)).trim()
			};
		});
		if (pairs.length < 2) throw new Error('Too few pairs');
		return { qtype: 'match', ...common, pairs };
	}
	const hash = answerText.indexOf('#');
	const tf = hash > 0 ? answerText.slice(0, hash).trim() : answerText;
	if (['T', 'TRUE', 'F', 'FALSE'].includes(tf)) {
		const value = withFormat(answerText.split('#')[0]!.trim());
		return { qtype: 'truefalse', ...common, correct: value === 'T' || value === 'TRUE' };
	}
	const answers = pieces(answerText, '=').map((raw) => {
		let answer = raw.trim();
		let fraction = 1;
		if (WEIGHT.test(answer)) ({ fraction, rest: answer } = takeWeight(answer));
		return { ...comment(answer), fraction };
	});
	if (answers.length < 1) throw new Error('No answer');
	return { qtype: 'shortanswer', ...common, single: true, answers };
}

/** Reads a GIFT file: blocks split on blank lines (lines trimmed), each read as a question. */
export function readGift(text: string): GiftQuestion[] {
	const questions: GiftQuestion[] = [];
	let block: string[] = [];
	const flush = () => {
		const question = block.length ? readGiftQuestion(block) : undefined;
		if (question) questions.push(question);
		block = [];
	};
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.trim();
		if (line === '' || line === '0') flush();
		else block.push(line);
	}
	flush();
	return questions;
}
