import { GRADES, formatInterval, type GradeValue } from '$lib/srs/grades';
import type { Study } from './study.svelte';

/** Where the page puts focus after an action: the grade buttons, or the next card (or the end). */
export type StudyFocus = 'grades' | 'next';

/** The parts of a key press the study keys read (a KeyboardEvent has them). */
export type StudyKey = Pick<
	KeyboardEvent,
	'key' | 'repeat' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'
>;

/**
 * What a person does on /study, by key or button, and what a screen reader is told after it:
 * Space or Enter shows the answer, 1–4 grade, Z (or Ctrl+Z) undoes, - buries, @ suspends.
 * `focus` is the page's: it moves keyboard focus once the screen has changed.
 */
export class StudyControls {
	/** The last thing said to screen readers. */
	announcement = $state('');
	readonly #study: Study;
	readonly #focus: (where: StudyFocus) => void | Promise<void>;

	constructor(study: Study, focus: (where: StudyFocus) => void | Promise<void> = () => {}) {
		this.#study = study;
		this.#focus = focus;
	}

	/** While a change is not stored yet, leaving the page would lose it. */
	get unsaved(): boolean {
		return this.#study.pending || this.#study.saveError !== undefined;
	}

	async reveal(): Promise<void> {
		const { view } = this.#study;
		if (!view.current || view.revealed) return;
		this.#study.reveal();
		this.announcement = `Answer: ${view.fact?.card.back ?? ''}`;
		await this.#focus('grades');
	}

	async grade(value: GradeValue): Promise<void> {
		const { view } = this.#study;
		if (!view.revealed || !view.intervals) return;
		const label = GRADES.find((g) => g.grade === value)?.label;
		const interval = formatInterval(view.intervals[value]);
		if (!(await this.#study.grade(value))) return;
		this.announcement = `${label}: again in ${interval}. ${view.current ? 'Next card.' : 'Done for today.'}`;
		await this.#focus('next');
	}

	async undo(): Promise<void> {
		if (!this.#study.steps.length || !(await this.#study.undo())) return;
		this.announcement = 'Undone: the card is shown again.';
		await this.#focus('next');
	}

	async bury(): Promise<void> {
		if (!this.#study.view.current || !(await this.#study.bury())) return;
		this.announcement = 'Buried until tomorrow.';
		await this.#focus('next');
	}

	async suspend(): Promise<void> {
		if (!this.#study.view.current || !(await this.#study.suspend())) return;
		this.announcement = 'Suspended.';
		await this.#focus('next');
	}

	/**
	 * A key pressed on the page; `onControl` says it was pressed on a button, link or field,
	 * where Space and Enter keep their own meaning. True when the page should prevent the default.
	 */
	press(key: StudyKey, onControl: boolean): boolean {
		if (key.altKey || key.metaKey || key.repeat) return false;
		if (key.key.toLowerCase() === 'z' && !key.shiftKey) {
			void this.undo();
			return true;
		}
		if (key.ctrlKey) return false;
		const gradeKey = GRADES.find((g) => g.key === key.key);
		const revealed = this.#study.view.revealed;
		if ((key.key === ' ' || key.key === 'Enter') && !onControl) {
			if (revealed) return false;
			void this.reveal();
			return true;
		}
		if (gradeKey && revealed) {
			void this.grade(gradeKey.grade);
			return true;
		}
		if (key.key === '-') void this.bury();
		else if (key.key === '@') void this.suspend();
		return false;
	}
}

/** Whether a key went to a control that handles Space and Enter itself. */
export const isControl = (target: EventTarget | null): boolean =>
	target instanceof HTMLElement &&
	(target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(target.tagName));
