/** Saves text as a file through the browser's downloads (a Blob link, no server involved). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked a little later: some browsers start reading the Blob only after the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
