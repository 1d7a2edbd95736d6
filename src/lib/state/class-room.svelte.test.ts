import { plant } from '$lib/storage/fixtures/plant';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { indexBank } from '$lib/bank/lookup';
import { correctResponse } from '$lib/quiz/check';
import { encodeClassCode, type ClassSession } from '$lib/share/class-code';
import { encodeResultCode } from '$lib/share/result-code';
import { addClassResults, classRecords, createClassSession } from '$lib/storage/class-sessions';
import { indexedDbStore } from '$lib/storage/kv';
import { prepareStore } from '$lib/storage/open';
import { ClassRoom } from './class-room.svelte';
import { bank } from '$lib/bank/fixtures/real-bank';
import { classQuiz, classSession } from '$lib/share/fixtures/class-quiz';

const index = indexBank(bank);
const session = classSession({ count: 10, seed: 77 });
const other = classSession({ count: 10, seed: 78 });
const itemsOf = (s: ClassSession) => classQuiz(s).items;
const items = itemsOf(session);
/** A student's code with the first `right` answers right and the rest unanswered. */
const code = (nickname: string, right: number, s = session, list = items) =>
	encodeResultCode(s, list, {
		nickname,
		responses: list.map((item, i) => (i < right ? correctResponse(item) : null))
	}).text;

let n = 0;
async function room(id = 'room1') {
	const store = indexedDbStore(`class-room-${++n}`, 'data');
	await prepareStore(store);
	await createClassSession(store, {
		id,
		name: 'Class 1, 1 December',
		code: encodeClassCode(session),
		createdAt: 0,
		results: []
	});
	let clock = 1000;
	const classRoom = new ClassRoom({
		rivals: [],
		store: async () => store,
		bank: async () => index,
		now: () => clock++,
		timing: { stallMs: 1000, retryMs: 10 }
	});
	return { store, classRoom };
}

describe('the class session page', () => {
	it('acknowledges each pasted result with its score, stores it and grades it again', async () => {
		const { store, classRoom } = await room();
		expect(await classRoom.open('room1')).toBe(true);
		const pasted = `Aziz: ${code('Aziz', 8)}\nNilufar sent ${code('Nilufar', 10)} thanks`;
		const outcomes = await classRoom.paste(pasted);
		expect(outcomes.map((o) => o.message)).toEqual(['Got Aziz: 8 of 10', 'Got Nilufar: 10 of 10']);
		expect(classRoom.announcement).toBe('Read 2 codes: 2 added.');
		expect(classRoom.acks.map((a) => a.message)).toEqual([
			'Read 2 codes: 2 added.',
			'Got Nilufar: 10 of 10',
			'Got Aziz: 8 of 10'
		]);
		expect(classRoom.report?.students.map((s) => s.points)).toEqual([8, 10]);
		expect(classRoom.report?.questions[9]?.unanswered).toBe(1);
		expect((await classRecords.get(store, 'room1'))?.results.map((r) => r.nickname)).toEqual([
			'Aziz',
			'Nilufar'
		]);
		classRoom.dispose();
	});

	it('flags a second result under the same name and keeps both until the teacher chooses', async () => {
		const { store, classRoom } = await room();
		await classRoom.open('room1');
		await classRoom.add([code('Aziz', 8)], 'photo');
		// Read with spaces for hyphens, lower case: the same name in other capitals is flagged.
		const [second] = await classRoom.add(
			[code('AZIZ', 3).replace(/-/g, ' ').toLowerCase()],
			'camera'
		);
		expect(second).toMatchObject({ kind: 'added', duplicate: true });
		expect(second?.message).toBe(
			'Got AZIZ: 3 of 10. Another result has the same name: both are kept until you choose.'
		);
		expect(classRoom.report?.duplicates).toEqual([[0, 1]]);
		const kept = classRoom.kept[0]!.code;
		await classRoom.keepOnly(kept);
		expect(classRoom.kept.map((r) => r.code)).toEqual([kept]);
		expect(classRoom.removed).toHaveLength(1);
		// Set aside, not deleted: it is still stored, and comes back.
		expect((await classRecords.get(store, 'room1'))?.results).toHaveLength(2);
		await classRoom.restore(classRoom.removed[0]!.code);
		expect(classRoom.kept).toHaveLength(2);
		classRoom.dispose();
	});

	it('says so for the same code twice, another quiz, and a broken code, storing none of them', async () => {
		const { store, classRoom } = await room();
		await classRoom.open('room1');
		const aziz = code('Aziz', 8);
		await classRoom.add([aziz], 'camera');
		const outcomes = await classRoom.add(
			[aziz, code('Davron', 5, other, itemsOf(other)), aziz.slice(0, -2) + 'ZZ'],
			'paste'
		);
		expect(outcomes.map((o) => o.kind)).toEqual(['again', 'refused', 'refused']);
		expect(outcomes[0]?.message).toBe('Already have Aziz’s result.');
		expect(outcomes[1]?.message).toBe('Davron’s result answers another class quiz, not this one.');
		expect(outcomes[2]?.message).toMatch(/damaged or mistyped/);
		expect(classRoom.acks[0]).toMatchObject({
			tone: 'bad',
			message: 'Read 3 codes: 0 added, 1 already collected, 2 refused (see each below).'
		});
		expect(await classRoom.paste('hello, no codes here')).toEqual([]);
		expect(classRoom.announcement).toMatch(/No result code found/);
		expect((await classRecords.get(store, 'room1'))?.results).toHaveLength(1);
		classRoom.dispose();
	});

	it('sorts, hides names, and exports the same table as CSV', async () => {
		const { classRoom } = await room();
		await classRoom.open('room1');
		await classRoom.add([code('Zarina', 4), code('Aziz', 9), code('Bobur', 6)], 'paste');
		classRoom.sort = 'name';
		expect(classRoom.rows.map((r) => r.label)).toEqual(['Aziz', 'Bobur', 'Zarina']);
		classRoom.sort = 'score-high';
		expect(classRoom.rows.map((r) => r.student.points)).toEqual([9, 6, 4]);
		classRoom.namesHidden = true;
		expect(classRoom.rows.map((r) => r.label)).toEqual(['Student 2', 'Student 3', 'Student 1']);
		const csv = classRoom.csv();
		expect(csv.startsWith('\uFEFFNickname,Received,Points,Percent')).toBe(true);
		expect(csv).not.toMatch(/Zarina|Aziz|Bobur/);
		expect(csv.split('\r\n')[1]).toMatch(/^Student 1,[^,]+,4,40,,1,1,1,1,,,,,,$/);
		classRoom.dispose();
	});

	it('regression: a stored code that no longer reads leaves the grid’s rows on their own results', async () => {
		const { store, classRoom } = await room();
		const stray = code('Stray', 2, other, itemsOf(other)).replace(/-/g, '');
		await addClassResults(store, 'room1', [
			{ code: stray, nickname: 'Stray', receivedAt: 1, removedAt: null }
		]);
		await classRoom.open('room1');
		await classRoom.add([code('Aziz', 8), code('Aziz', 5)], 'paste');
		expect(classRoom.rows.map((r) => [r.label, r.student.points, r.result.nickname])).toEqual([
			['Aziz', 8, 'Aziz'],
			['Aziz', 5, 'Aziz']
		]);
		await classRoom.keepOnly(classRoom.rows[1]!.result.code);
		expect(classRoom.kept.map((r) => r.nickname)).toEqual(['Stray', 'Aziz']);
		expect(classRoom.rows.map((r) => r.student.points)).toEqual([5]);
		classRoom.dispose();
	});

	it('regression: a damaged session record is named as damaged, not as missing', async () => {
		const { store, classRoom } = await room();
		await plant(store, classRecords.key('broken'), { id: 'broken' });
		expect(await classRoom.open('broken')).toBe(false);
		expect(classRoom.problem).toMatch(/damaged/);
		expect(await classRoom.open('nowhere')).toBe(false);
		expect(classRoom.problem).toMatch(/isn’t on this device/);
		classRoom.dispose();
	});
});

describe('scanning photos', () => {
	it('adds the codes a photo holds and says so for one with none, or not an image', async () => {
		const { classRoom } = await room();
		await classRoom.open('room1');
		const photos = new Map<string, string[] | undefined>([
			['aziz.jpg', [code('Aziz', 7)]],
			['blank.jpg', []],
			['notes.txt', undefined]
		]);
		const files = [...photos.keys()].map((name) => new File(['x'], name));
		await classRoom.scanPhotos(files, async (file) => photos.get(file.name));
		expect(classRoom.acks.map((a) => [a.tone, a.message]).reverse()).toEqual([
			['good', 'Got Aziz: 7 of 10'],
			[
				'bad',
				'No QR code found in blank.jpg. Take the photo closer and straight on, or paste the code.'
			],
			['bad', 'notes.txt is not an image this browser can open.']
		]);
		classRoom.dispose();
	});

	it('renames a session, keeping every result collected for it, and refuses an empty or long name', async () => {
		const { store, classRoom } = await room();
		await classRoom.open('room1');
		await classRoom.paste(code('Aziz', 6));
		expect(await classRoom.rename('   ')).toBe('Give the session a name.');
		expect(await classRoom.rename('x'.repeat(81))).toBe('A session name fits in 80 characters.');
		expect((await classRecords.get(store, 'room1'))?.name).toBe('Class 1, 1 December');
		expect(await classRoom.rename('  Period 3, Tuesday  ')).toBeUndefined();
		const stored = await classRecords.get(store, 'room1');
		expect(stored?.name).toBe('Period 3, Tuesday');
		expect(stored?.results.map((r) => r.nickname)).toEqual(['Aziz']);
		expect(classRoom.record?.name).toBe('Period 3, Tuesday');
		classRoom.dispose();
	});
});
