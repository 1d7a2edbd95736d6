// A reader of Quizlet's import box for tests: rows split by the row separator, each row split
// at the first term separator into term and definition; blank rows are skipped.

/** The cards Quizlet makes from pasted text with the given separators. */
export function readQuizlet(text: string, term: string, row: string): [string, string][] {
	return text
		.split(row)
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const at = line.indexOf(term);
			if (at === -1) throw new Error(`No term separator in ${JSON.stringify(line)}`);
			return [line.slice(0, at), line.slice(at + term.length)];
		});
}
