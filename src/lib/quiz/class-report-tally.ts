import type { Item } from '../bank/schema';
import { check, type QuizResponse } from './check';
import { normaliseAnswer } from './typed-answer';
import { canonicalForm } from './typed-answer-rules';

/** One bar of a question's answer chart: how many students gave this answer. No names. */
export interface AnswerBar {
	label: string;
	count: number;
	/** Whether this bar is a right answer (for parts: always, it counts students who had it right). */
	correct: boolean;
}

/**
 * What the class answered to one question, for a projector chart: `options` counts each option
 * (true and false for true-or-false), `typed` each distinct typed answer (told apart as the
 * checker tells them apart, most common first, spelled as it was first typed), `parts` each
 * pair of a matching or step of an ordering put right, each statement of a sorting put in its
 * group, each key point of a short answer that students ticked as made (self-checked).
 */
export interface AnswerTally {
	kind: 'options' | 'typed' | 'parts';
	bars: AnswerBar[];
}

const bars = (labels: readonly string[], isCorrect: (i: number) => boolean): AnswerBar[] =>
	labels.map((label, i) => ({ label, count: 0, correct: isCorrect(i) }));

const count = (list: AnswerBar[], index: unknown) => {
	const bar = typeof index === 'number' ? list[index] : undefined;
	if (bar) bar.count++;
};

/** The answer chart of one question from every student's response to it (null for none). */
export function tallyAnswers(
	item: Item,
	responses: readonly (QuizResponse | null)[],
	rivals: readonly string[]
): AnswerTally {
	switch (item.type) {
		case 'single':
		case 'who-said': {
			const list = bars(item.options, (i) => i === item.correct);
			for (const r of responses) if (r?.type === 'choice') count(list, r.index);
			return { kind: 'options', bars: list };
		}
		case 'multiple': {
			const list = bars(item.options, (i) => item.correct.includes(i));
			for (const r of responses)
				if (r?.type === 'choices') for (const i of new Set(r.indexes)) count(list, i);
			return { kind: 'options', bars: list };
		}
		case 'true-false': {
			const list = bars(['True', 'False'], (i) => (i === 0) === item.correct);
			for (const r of responses) if (r?.type === 'boolean') count(list, r.value ? 0 : 1);
			return { kind: 'options', bars: list };
		}
		case 'typed': {
			const byForm = new Map<string, AnswerBar>();
			for (const r of responses) {
				if (r?.type !== 'text' || !r.value.trim()) continue;
				// "in 2021" and "2021" are one answer to the checker, so one bar; a right and a wrong
				// answer never share a bar, whatever their forms.
				const correct = check(item, r, rivals).correct;
				const form = `${correct}:${canonicalForm(normaliseAnswer(r.value))}`;
				const bar = byForm.get(form);
				if (bar) bar.count++;
				else byForm.set(form, { label: r.value.trim(), count: 1, correct });
			}
			return { kind: 'typed', bars: [...byForm.values()].sort((a, b) => b.count - a.count) };
		}
		case 'matching': {
			const list = bars(
				item.pairs.map((pair) => `${pair.left} → ${pair.right}`),
				() => true
			);
			for (const r of responses)
				if (r?.type === 'pairs') r.rights.forEach((right, i) => right === i && count(list, i));
			return { kind: 'parts', bars: list };
		}
		case 'ordering': {
			const list = bars(item.sequence, () => true);
			for (const r of responses)
				if (r?.type === 'order') r.sequence.forEach((step, at) => step === at && count(list, at));
			return { kind: 'parts', bars: list };
		}
		case 'short-answer': {
			const list = bars(
				item.points.map((point) => point.text),
				() => true
			);
			for (const r of responses)
				if (r?.type === 'self') for (const i of new Set(r.ticks)) count(list, i);
			return { kind: 'parts', bars: list };
		}
		case 'classify': {
			const list = bars(
				item.statements.map((s) => `${s.text} → ${item.groups[s.group]}`),
				() => true
			);
			for (const r of responses)
				if (r?.type === 'groups')
					item.statements.forEach((s, i) => r.groups[i] === s.group && count(list, i));
			return { kind: 'parts', bars: list };
		}
	}
}
