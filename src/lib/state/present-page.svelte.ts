import { parsePresentLink } from '$lib/share/links';
import { openPresentation, type PresentOpenDeps } from './present-open';
import { Presentation, type PresentationDeps } from './presenter.svelte';

/** Why the projector shows no quiz, in words, and where to go instead. */
export interface PresentProblem {
	title: string;
	message: string;
	backHref: string;
}

/** The /present page: reads its address, builds the deck and runs this window's Presentation. */
export class PresentPage {
	problem = $state.raw<PresentProblem>();
	show = $state.raw<Presentation>();
	/** Opening: neither a show nor the reason there is none yet. */
	readonly loading = $derived(!this.show && !this.problem);
	readonly #deps: PresentOpenDeps & PresentationDeps;
	#opening = 0;

	constructor(deps: PresentOpenDeps & PresentationDeps = {}) {
		this.#deps = deps;
	}

	/** Opens what `hash` names (a new address replaces the old quiz and its channel). */
	async open(hash: string): Promise<void> {
		const opening = ++this.#opening;
		this.dispose();
		this.problem = undefined;
		const link = parsePresentLink(hash);
		if (link.kind !== 'present') {
			this.problem = {
				title:
					link.kind === 'bad-session' ? 'This projector link is damaged' : 'No quiz to project',
				message:
					link.kind === 'bad-session'
						? 'The class session named in the link is not in the form this app writes. Open the projector again from the session’s page.'
						: 'Open the projector from a class session’s page (“Present”) or from a quiz (“Present this quiz”).',
				backHref: '/class'
			};
			return;
		}
		try {
			const opened = await openPresentation(link.source, this.#deps);
			if (opening !== this.#opening) {
				if (opened.kind === 'ready') opened.deck.room?.dispose();
				return;
			}
			if (opened.kind === 'problem') this.problem = opened;
			else {
				this.show = new Presentation(opened.deck, link.view, this.#deps);
				this.show.connect();
			}
		} catch (error) {
			this.problem = {
				title: 'The projector couldn’t start',
				message: (error as Error).message || 'Something unexpected stopped it.',
				backHref: '/class'
			};
		}
	}

	/** Leaves the other windows and the session's room. */
	dispose(): void {
		const show = this.show;
		if (!show) return;
		show.dispose();
		show.deck.room?.dispose();
		this.show = undefined;
	}
}
