import type { BankIndex } from '$lib/bank/lookup';
import type { Item } from '$lib/bank/schema';
import {
	buildClassReport,
	classReportTable,
	type ClassReport,
	type CollectedResult
} from '$lib/quiz/class-report';
import { toCsv, withBom } from '$lib/quiz/csv';
import { generateQuiz } from '$lib/quiz/generate';
import { decodeClassCode, type ClassSession } from '$lib/share/class-code';
import { decodeResultCode, findResultCodes } from '$lib/share/result-code';
import {
	addClassResults,
	classRecords,
	DAMAGED_SESSION,
	renameClassSession,
	sessionNameProblem,
	type SessionWrite,
	setResultRemoved,
	type StoredClassSession,
	type StoredResult
} from '$lib/storage/class-sessions';
import type { KeyValueStore } from '$lib/storage/kv';
import { loadBank } from './bank';
import { announceChange, onChange } from './changes';
import { collectCode, type Collected } from './class-collect';
import { appStore } from './app-store';
import { imageFilePixels } from '$lib/camera/pixels';
import { readQrCodes } from '$lib/camera/read-qr';
import { WriteThrough, type WriteTiming } from './write-through.svelte';

/** What the session page needs from outside; the defaults are the app's own. */
export interface ClassRoomDeps {
	/** Names from the article, which a typed answer must not be mistaken for. */
	rivals: readonly string[];
	store?: () => Promise<KeyValueStore>;
	bank?: () => Promise<BankIndex>;
	now?: () => number;
	timing?: WriteTiming;
}

/** How the grid's rows are ordered. */
export type ClassSort = 'received' | 'name' | 'score-high' | 'score-low';

/** How an acknowledgement reads at a glance: new result, same name as another, nothing new, refused. */
export type AckTone = 'good' | 'warn' | 'info' | 'bad';

/** One acknowledgement shown as a result arrives ("Got Aziz: 8 of 10"). */
export interface Ack {
	id: number;
	tone: AckTone;
	message: string;
	via: 'paste' | 'photo' | 'camera';
}

/** Reads the QR codes in an image file; undefined when the file is not an image. */
export type PhotoReader = (file: File) => Promise<string[] | undefined>;

const toneOf = (outcome: Collected): AckTone =>
	outcome.kind === 'added'
		? outcome.duplicate
			? 'warn'
			: 'good'
		: outcome.kind === 'again'
			? 'info'
			: 'bad';

/** A row of the grid: the report's student and the stored result it comes from. */
export interface ClassRow {
	student: ClassReport['students'][number];
	result: StoredResult;
	/** "Student 3" when names are hidden: its place in the order results arrived. */
	label: string;
}

const ACKS_SHOWN = 30;

async function readPhoto(file: File): Promise<string[] | undefined> {
	const pixels = await imageFilePixels(file);
	return pixels && readQrCodes(pixels);
}

/**
 * The teacher's page of one class session: the session, the results collected for it (each
 * stored at once and retried until it lands), the report graded again from them, and the
 * acknowledgements of what was just scanned or pasted.
 */
export class ClassRoom {
	record = $state.raw<StoredClassSession>();
	session = $state.raw<ClassSession>();
	items = $state.raw<Item[]>([]);
	/** Why the session can't be shown or graded, in words. */
	problem = $state<string>();
	acks = $state.raw<Ack[]>([]);
	/** The latest acknowledgement, for the aria-live region. */
	announcement = $state('');
	namesHidden = $state(false);
	sort = $state<ClassSort>('received');
	readonly writer: WriteThrough;

	readonly #deps: ClassRoomDeps;
	#store: KeyValueStore | undefined;
	#ackId = 0;
	#stop: (() => void) | undefined;

	constructor(deps: ClassRoomDeps) {
		this.#deps = deps;
		this.writer = new WriteThrough(deps.timing);
	}

	/** The results that count (not set aside), in the order they arrived. */
	readonly kept = $derived((this.record?.results ?? []).filter((r) => r.removedAt === null));
	readonly removed = $derived((this.record?.results ?? []).filter((r) => r.removedAt !== null));

	/**
	 * The kept results that read as answers to this quiz, with their answers. Every stored code was
	 * read before it was stored; one that no longer reads (a record edited by hand) is left out
	 * of the report and stays in storage.
	 */
	readonly #graded = $derived.by(() => {
		const session = this.session;
		if (!session || this.items.length === 0) return [];
		return this.kept.flatMap((result) => {
			const decoded = decodeResultCode(result.code, session, this.items);
			return decoded.ok ? [{ result, responses: decoded.result.responses }] : [];
		});
	});

	readonly report = $derived.by((): ClassReport | undefined => {
		if (!this.session || this.items.length === 0) return undefined;
		const collected: CollectedResult[] = this.#graded.map(({ result, responses }) => ({
			nickname: result.nickname,
			responses,
			receivedAt: result.receivedAt
		}));
		return buildClassReport(this.items, collected, this.#deps.rivals);
	});

	/** The grid's rows in the chosen order. */
	readonly rows = $derived.by((): ClassRow[] => {
		const report = this.report;
		if (!report) return [];
		const rows = report.students.map((student, i) => ({
			student,
			result: this.#graded[i]!.result,
			label: this.namesHidden ? `Student ${i + 1}` : student.nickname
		}));
		const by = new Intl.Collator(undefined, { sensitivity: 'base' });
		if (this.sort === 'name') rows.sort((a, b) => by.compare(a.label, b.label));
		if (this.sort === 'score-high') rows.sort((a, b) => b.student.points - a.student.points);
		if (this.sort === 'score-low') rows.sort((a, b) => a.student.points - b.student.points);
		return rows;
	});

	/** Opens the session `id` names; false (with `problem` set) when it can't be shown. */
	async open(id: string): Promise<boolean> {
		this.problem = undefined;
		try {
			const [store, index] = await Promise.all([
				(this.#deps.store ?? appStore)(),
				(this.#deps.bank ?? loadBank)()
			]);
			this.#store = store;
			const record = await classRecords.get(store, id);
			if (!record) {
				const stored = await store.get(`class:${id}`);
				this.problem =
					stored === undefined
						? 'This class session isn’t on this device. Sessions are kept on the device that made them.'
						: DAMAGED_SESSION;
				return false;
			}
			this.record = record;
			const decoded = decodeClassCode(record.code, index.bank.version);
			if (!decoded.ok) {
				this.problem = `This session’s quiz can’t be built on this device: ${decoded.message}`;
				return false;
			}
			const generated = generateQuiz(index.bank, decoded.session.recipe);
			if (!generated.ok) {
				this.problem = generated.message;
				return false;
			}
			this.items = generated.quiz.questions.map((q) => index.itemById.get(q.itemId)!);
			this.session = decoded.session;
			this.#listen(id);
			return true;
		} catch (error) {
			this.problem = (error as Error).message || 'Something unexpected stopped the session.';
			return false;
		}
	}

	/** Reads every result code in pasted text; says what became of each. */
	paste(text: string): Promise<Collected[]> {
		const codes = findResultCodes(text);
		if (codes.length === 0) {
			this.#say(
				'bad',
				'No result code found in that text. A result code is 16 or more letters and digits.',
				'paste'
			);
			return Promise.resolve([]);
		}
		return this.add(codes, 'paste');
	}

	/** Reads codes (scanned or pasted), stores the new results at once and acknowledges each. */
	async add(codes: readonly string[], via: Ack['via']): Promise<Collected[]> {
		const { record, session } = this;
		if (!record || !session) return [];
		const now = (this.#deps.now ?? Date.now)();
		const known = [...record.results];
		const fresh: StoredResult[] = [];
		const outcomes: Collected[] = [];
		for (const code of codes) {
			const { outcome, result } = collectCode(
				code,
				session,
				this.items,
				this.#deps.rivals,
				known,
				now
			);
			if (result) {
				known.push(result);
				fresh.push(result);
			}
			outcomes.push(outcome);
			this.#say(toneOf(outcome), outcome.message, via);
		}
		if (outcomes.length > 1) this.#summarise(outcomes, via);
		if (fresh.length) {
			// Shown at once; the write lands (or keeps retrying, with the reason shown) behind it.
			this.record = { ...record, results: known };
			await this.#write((store) => addClassResults(store, record.id, fresh));
		}
		return outcomes;
	}

	/** Reads the QR codes in photos of students' screens; says so for a photo with none. */
	async scanPhotos(files: readonly File[], read: PhotoReader = readPhoto): Promise<void> {
		for (const file of files) {
			const codes = await read(file);
			if (codes === undefined)
				this.#say('bad', `${file.name} is not an image this browser can open.`, 'photo');
			else if (codes.length === 0)
				this.#say(
					'bad',
					`No QR code found in ${file.name}. Take the photo closer and straight on, or paste the code.`,
					'photo'
				);
			else await this.add(codes, 'photo');
		}
	}

	/** Sets a result aside (it stays stored, and can be brought back). */
	remove(code: string): Promise<void> {
		return this.#setRemoved(code, (this.#deps.now ?? Date.now)());
	}

	/** Brings a set-aside result back into the report. */
	restore(code: string): Promise<void> {
		return this.#setRemoved(code, null);
	}

	/**
	 * Renames the session; returns why a name was refused (nothing is written then), or
	 * undefined once the new name is on its way to storage.
	 */
	async rename(name: string): Promise<string | undefined> {
		const record = this.record;
		const trimmed = name.trim();
		if (!record) return 'There is no session to rename.';
		const problem = sessionNameProblem(trimmed);
		if (problem) return problem;
		if (trimmed === record.name) return undefined;
		this.record = { ...record, name: trimmed };
		await this.#write((store) => renameClassSession(store, record.id, trimmed));
		return undefined;
	}

	/** Keeps one result of a same-name group and sets the others aside. */
	async keepOnly(code: string): Promise<void> {
		const graded = this.#graded;
		const row = graded.findIndex(({ result }) => result.code === code);
		const group = this.report?.duplicates.find((rows) => rows.includes(row));
		for (const other of group ?? [])
			if (other !== row) await this.remove(graded[other]!.result.code);
	}

	/** The report as CSV (with a BOM, so spreadsheets read UTF-8), names hidden if they are. */
	csv(): string {
		if (!this.report) return '';
		return withBom(toCsv(classReportTable(this.report, { namesHidden: this.namesHidden })));
	}

	/** Stops listening and retrying: the page is leaving. */
	dispose(): void {
		this.#stop?.();
		this.writer.dispose();
	}

	async #setRemoved(code: string, removedAt: number | null): Promise<void> {
		const record = this.record;
		if (!record || !record.results.some((r) => r.code === code)) return;
		this.record = {
			...record,
			results: record.results.map((r) => (r.code === code ? { ...r, removedAt } : r))
		};
		await this.#write((store) => setResultRemoved(store, record.id, code, removedAt));
	}

	async #write(operation: (store: KeyValueStore) => Promise<SessionWrite>): Promise<void> {
		const store = this.#store;
		const record = this.record;
		if (!store || !record) return;
		const written = await this.writer.run(() => operation(store));
		if (written.ok && written.value === 'damaged') this.problem = DAMAGED_SESSION;
		if (written.ok && written.value === 'written')
			announceChange({ kind: 'class', ids: [record.id] });
		// What another tab added meanwhile comes back with the stored record.
		if (written.ok) await this.#reload(record.id);
	}

	async #reload(id: string): Promise<void> {
		const store = this.#store;
		if (!store) return;
		const stored = await classRecords.get(store, id);
		if (!stored) return;
		// Results shown but still being written stay shown until their write lands.
		const shown = this.record?.results ?? [];
		const codes = stored.results.map((r) => r.code);
		const pending = this.writer.pending ? shown.filter((r) => !codes.includes(r.code)) : [];
		this.record = { ...stored, results: [...stored.results, ...pending] };
	}

	#listen(id: string): void {
		this.#stop?.();
		this.#stop = onChange((change) => {
			if (change.kind === 'all' || (change.kind === 'class' && change.ids.includes(id)))
				void this.#reload(id).catch(() => {});
		});
	}

	/** Many codes at once: one sentence for all of them, on top (and to screen readers). */
	#summarise(outcomes: readonly Collected[], via: Ack['via']): void {
		const count = (test: (o: Collected) => boolean) => outcomes.filter(test).length;
		const added = count((o) => o.kind === 'added');
		const named = count((o) => o.kind === 'added' && o.duplicate);
		const again = count((o) => o.kind === 'again');
		const refused = count((o) => o.kind === 'refused');
		const parts = [
			`${added} added`,
			named && `${named} under a name already used (both kept)`,
			again && `${again} already collected`,
			refused && `${refused} refused (see each below)`
		].filter(Boolean);
		const tone: AckTone = refused ? 'bad' : named ? 'warn' : added ? 'good' : 'info';
		this.#say(tone, `Read ${outcomes.length} codes: ${parts.join(', ')}.`, via);
	}

	#say(tone: AckTone, message: string, via: Ack['via']): void {
		this.announcement = message;
		this.acks = [{ id: ++this.#ackId, tone, message, via }, ...this.acks].slice(0, ACKS_SHOWN);
	}
}
