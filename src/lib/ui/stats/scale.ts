// Axis arithmetic for the stats charts: a round top for the value axis and which category labels
// fit under the bars. Pure, so the charts stay markup.

/** A value axis from 0 to a round number at or above `max`, and its tick values (0 included). */
export function niceScale(max: number, ticks = 4): { top: number; ticks: number[] } {
	if (!Number.isFinite(max) || max <= 0) return { top: 1, ticks: [0, 1] };
	const rough = max / ticks;
	const power = 10 ** Math.floor(Math.log10(rough));
	// The smallest of 1, 2, 2.5, 5, 10 × 10^n that fits: tick labels people read at a glance.
	// Counts are whole, so a step of 2.5 or below 1 (0.25, 0.5 reviews) is left out.
	const whole =
		[1, 2, 2.5, 5, 10]
			.map((m) => m * power)
			.find((s) => s >= 1 && Number.isInteger(s) && s * ticks >= max) ?? 10 * power;
	const count = Math.ceil(max / whole);
	return { top: whole * count, ticks: Array.from({ length: count + 1 }, (_, i) => i * whole) };
}

/** Every how many categories a label fits, so that at most `room` labels show. */
export const labelEvery = (count: number, room: number): number =>
	Math.max(1, Math.ceil(count / Math.max(1, room)));
