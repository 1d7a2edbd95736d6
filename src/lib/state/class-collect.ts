import type { Item } from '$lib/bank/schema';
import { nicknameKey } from '$lib/quiz/class-report';
import { check } from '$lib/quiz/check';
import type { ClassSession } from '$lib/share/class-code';
import { decodeResultCode, type ResultCodeProblem } from '$lib/share/result-code';
import { normaliseCrockford } from '$lib/share/crockford';
import type { StoredResult } from '$lib/storage/class-sessions';

/** What became of one code the teacher scanned or pasted, with the sentence that says so. */
export type Collected =
	| {
			kind: 'added';
			nickname: string;
			points: number;
			of: number;
			/** Another kept result has the same nickname: both stay until the teacher chooses. */
			duplicate: boolean;
			message: string;
	  }
	/** The very same code again (a camera sees a QR many times): nothing new. */
	| { kind: 'again'; nickname: string; message: string }
	| { kind: 'refused'; problem: ResultCodeProblem; message: string };

/** A score as the teacher reads it: "8", "7.5". */
export const formatPoints = (points: number): string =>
	String(Math.round(points * 10) / 10).replace(/\.0$/, '');

/** The credit a result's answers earn, graded here from the bank. */
export function gradePoints(
	items: readonly Item[],
	responses: readonly unknown[],
	rivals: readonly string[]
): number {
	return items.reduce(
		(sum, item, i) => sum + (responses[i] == null ? 0 : check(item, responses[i], rivals).score),
		0
	);
}

/**
 * Reads one code against the session: a new result (to store), the same code again, or a
 * refusal in the core's words. `known` is what the session holds already (set-aside results
 * too: a code set aside and scanned again stays set aside).
 */
export function collectCode(
	code: string,
	session: ClassSession,
	items: readonly Item[],
	rivals: readonly string[],
	known: readonly StoredResult[],
	now: number
): { outcome: Collected; result?: StoredResult } {
	const decoded = decodeResultCode(code, session, items);
	if (!decoded.ok)
		return { outcome: { kind: 'refused', problem: decoded.problem, message: decoded.message } };
	const symbols = normaliseCrockford(code)!;
	const { nickname, responses } = decoded.result;
	const same = known.find((r) => r.code === symbols);
	if (same)
		return {
			outcome: {
				kind: 'again',
				nickname,
				message: `Already have ${nickname}’s result${same.removedAt === null ? '' : ' (set aside)'}.`
			}
		};
	const points = gradePoints(items, responses, rivals);
	const key = nicknameKey(nickname);
	const duplicate = known.some((r) => r.removedAt === null && nicknameKey(r.nickname) === key);
	const score = `${formatPoints(points)} of ${items.length}`;
	return {
		outcome: {
			kind: 'added',
			nickname,
			points,
			of: items.length,
			duplicate,
			message: duplicate
				? `Got ${nickname}: ${score}. Another result has the same name: both are kept until you choose.`
				: `Got ${nickname}: ${score}`
		},
		result: { code: symbols, nickname, receivedAt: now, removedAt: null }
	};
}
