import type { Attachment } from 'svelte/attachments';

/**
 * The scales a projector's type steps down through until its slide fits the window, as
 * presentation software shrinks text on overflow. The stage's CSS multiplies its room-sized
 * type by `--fit` and never goes under its floor (32 px body, 48 px questions), so a slide that
 * still does not fit at the floor scrolls rather than shrinks further.
 */
export const FIT_SCALES = [1, 0.93, 0.86, 0.8] as const;

/** The first scale at which `overflows` says no (the last when every one overflows). */
export function firstFit(overflows: (scale: number) => boolean): number {
	for (const scale of FIT_SCALES) if (!overflows(scale)) return scale;
	return FIT_SCALES.at(-1)!;
}

/**
 * Keeps a stage inside its scrolling parent. Fitted at once (before the browser paints) each
 * time Svelte runs the attachment again, which it does when what the template's call reads
 * changes (a new question or step); and on the next frame whenever the parent's size or the
 * stage's changes otherwise (a window resized, full screen, the text size set in another tab,
 * the controls giving way to the presenter's). Fitting again to the same scale changes no size,
 * so it settles.
 */
export function fitToParent(..._readByTheCall: unknown[]): Attachment<HTMLElement> {
	return (stage) => {
		const parent = stage.parentElement;
		if (!parent) return;
		const fit = () => {
			const scale = firstFit((scale) => {
				stage.style.setProperty('--fit', String(scale));
				return stage.offsetHeight > parent.clientHeight;
			});
			stage.style.setProperty('--fit', String(scale));
		};
		fit();
		let frame = 0;
		const observer = new ResizeObserver(() => {
			cancelAnimationFrame(frame);
			frame = requestAnimationFrame(fit);
		});
		observer.observe(parent);
		observer.observe(stage);
		return () => {
			cancelAnimationFrame(frame);
			observer.disconnect();
		};
	};
}
