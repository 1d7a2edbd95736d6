/** @param {number[]} values */
export function median(values) {
	return percentile(values, 50);
}

/**
 * Nearest-rank percentile.
 * @param {number[]} values
 * @param {number} p 0..100
 */
export function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1] ?? NaN;
}

/** @param {number} bytes */
export function kib(bytes) {
	return `${(bytes / 1024).toFixed(1)} KiB`;
}
