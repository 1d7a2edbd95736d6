import { describe, expect, it } from 'vitest';
import { GRADES, formatInterval } from './grades';
import { CardState } from './options';
import { createScheduler } from './scheduler';
import { bringForward } from './bring-forward';
import { studyDayEnd } from './day-end';
import { studyDay } from './study-day';

const at = (iso: string) => new Date(iso);
const [again, hard, good, easy] = GRADES.map((g) => g.grade);

describe('the scheduler', () => {
	const scheduler = createScheduler();
	const now = at('2026-03-02T10:00:00Z');

	it('previews a new card as Anki does with the defaults: 1m 6m 10m 8d', () => {
		const preview = scheduler.preview(scheduler.newCard(now), now);
		expect([again, hard, good, easy].map((g) => formatInterval(preview[g!]))).toEqual([
			'1m',
			'6m',
			'10m',
			'8d'
		]);
	});

	it('names the card states as ts-fsrs numbers them', () => {
		const card = scheduler.newCard(now);
		expect(card.state).toBe(CardState.New);
		const learning = scheduler.review(card, good!, now).card;
		expect(learning.state).toBe(CardState.Learning);
		const review = scheduler.review(card, easy!, now).card;
		expect(review.state).toBe(CardState.Review);
		expect(scheduler.review(review, again!, review.due).card.state).toBe(CardState.Relearning);
	});

	it('moves a card through learning into review, and undo restores it', () => {
		const first = scheduler.review(scheduler.newCard(now), good!, now);
		expect(first.card.due.getTime() - now.getTime()).toBe(10 * 60_000);
		const later = new Date(first.card.due);
		const second = scheduler.review(first.card, good!, later);
		expect(second.card.due.getTime() - later.getTime()).toBeGreaterThan(24 * 3600_000);
		expect(scheduler.undo(second.card, second.log)).toMatchObject({
			due: first.card.due,
			reps: first.card.reps,
			state: first.card.state
		});
	});

	it('keeps retention within 0.80–0.97: a higher one gives shorter intervals', () => {
		const card = scheduler.review(scheduler.newCard(now), easy!, now).card;
		const when = new Date(card.due);
		const low = createScheduler(0.5).preview(card, when)[good!];
		const atMin = createScheduler(0.8).preview(card, when)[good!];
		const high = createScheduler(0.97).preview(card, when)[good!];
		expect(low).toBe(atMin);
		expect(high).toBeLessThan(atMin);
	});
});

describe('formatInterval', () => {
	it.each([
		[30_000, '1m'],
		[6 * 60_000, '6m'],
		[3 * 3600_000, '3h'],
		[8 * 86_400_000, '8d'],
		[60 * 86_400_000, '2mo'],
		[548 * 86_400_000, '1.5y']
	])('%i ms → %s', (ms, text) => {
		expect(formatInterval(ms)).toBe(text);
	});
});

describe('studyDay', () => {
	it('rolls over at 04:00 local time', () => {
		expect(studyDay(at('2026-06-10T01:30:00Z'), 'UTC')).toBe('2026-06-09');
		expect(studyDay(at('2026-06-10T04:00:00Z'), 'UTC')).toBe('2026-06-10');
		expect(studyDay(at('2026-06-10T03:30:00Z'), 'Asia/Dushanbe')).toBe('2026-06-10'); // 08:30 there
		expect(studyDay(at('2026-06-09T22:30:00Z'), 'Asia/Dushanbe')).toBe('2026-06-09'); // 03:30 there
	});

	it('stays on the wall clock across a daylight-saving change', () => {
		// New York springs forward on 2026-03-08 at 02:00; 03:59 and 04:00 local are one minute apart.
		expect(studyDay(at('2026-03-08T07:59:00Z'), 'America/New_York')).toBe('2026-03-07');
		expect(studyDay(at('2026-03-08T08:00:00Z'), 'America/New_York')).toBe('2026-03-08');
		// And falls back on 2026-11-01: 04:00 EST is 09:00 UTC.
		expect(studyDay(at('2026-11-01T08:30:00Z'), 'America/New_York')).toBe('2026-10-31');
		expect(studyDay(at('2026-11-01T09:00:00Z'), 'America/New_York')).toBe('2026-11-01');
	});
});

describe('bringForward (a wrong quiz answer)', () => {
	const scheduler = createScheduler();
	const now = at('2026-03-02T10:00:00Z');
	const [, , good, easy] = GRADES.map((g) => g.grade);

	it('makes a card due now and changes nothing else', () => {
		const card = scheduler.review(scheduler.newCard(now), easy!, now).card;
		const quizTime = at('2026-03-04T10:00:00Z');
		const forward = bringForward(card, quizTime);
		expect(forward.due).toEqual(quizTime);
		expect({ ...forward, due: card.due }).toEqual(card);
		expect(bringForward(forward, at('2026-03-05T10:00:00Z'))).toBe(forward);
	});

	it('leaves a card never studied alone (it already waits as new)', () => {
		const card = scheduler.newCard(now);
		expect(bringForward(card, at('2026-03-04T10:00:00Z'))).toBe(card);
	});

	it('never yields more stability than reviewing on time', () => {
		const card = scheduler.review(scheduler.newCard(now), easy!, now).card;
		const onTime = scheduler.review(card, good!, new Date(card.due)).card;
		const quizTime = at('2026-03-04T10:00:00Z');
		const early = scheduler.review(bringForward(card, quizTime), good!, quizTime).card;
		expect(early.stability).toBeLessThanOrEqual(onTime.stability);
	});
});

describe('studyDayEnd', () => {
	const at = (iso: string) => new Date(iso);
	it('is the next 04:00 local time', () => {
		expect(studyDayEnd(at('2026-06-10T12:00:00Z'), 'UTC').toISOString()).toBe(
			'2026-06-11T04:00:00.000Z'
		);
		expect(studyDayEnd(at('2026-06-10T02:00:00Z'), 'UTC').toISOString()).toBe(
			'2026-06-10T04:00:00.000Z'
		);
		// Kolkata is UTC+5:30: 04:00 there is 22:30 UTC.
		expect(studyDayEnd(at('2026-06-10T12:00:00Z'), 'Asia/Kolkata').toISOString()).toBe(
			'2026-06-10T22:30:00.000Z'
		);
	});

	it('is right across a daylight-saving change', () => {
		// New York springs forward on 2026-03-08: 04:00 EDT is 08:00 UTC, the day before 09:00 UTC.
		expect(studyDayEnd(at('2026-03-07T20:00:00Z'), 'America/New_York').toISOString()).toBe(
			'2026-03-08T08:00:00.000Z'
		);
		expect(studyDayEnd(at('2026-10-31T20:00:00Z'), 'America/New_York').toISOString()).toBe(
			'2026-11-01T09:00:00.000Z'
		);
	});
});
