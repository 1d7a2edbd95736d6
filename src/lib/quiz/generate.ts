import type { Bank, Item } from '../bank/schema';
import { seededRandom, shuffled, shuffledIndexes, type Random } from './random';
import { COUNT_MAX, COUNT_MIN, eligibleItems, type QuizRecipe } from './recipe';

/** One question of a quiz: the item, and the order its options, pairs or steps are shown in. */
export interface QuizQuestion {
	itemId: string;
	/** Display order, as indexes into the item's options / pairs (right side) / sequence. */
	order: number[];
}

export interface Quiz {
	recipe: QuizRecipe;
	questions: QuizQuestion[];
}

export type GenerateResult =
	{ ok: true; quiz: Quiz } | { ok: false; available: number; message: string };

const isIdentity = (order: number[]) => order.every((value, i) => value === i);

function displayOrder(item: Item, random: Random): number[] {
	switch (item.type) {
		case 'single':
		case 'multiple':
		case 'who-said':
			return shuffledIndexes(item.options.length, random);
		case 'matching': {
			// Choices listed in the same order as the prompts would give the answer away.
			const order = shuffledIndexes(item.pairs.length, random);
			return isIdentity(order) ? [...order.slice(1), order[0]!] : order;
		}
		case 'ordering': {
			// A shuffle that happens to be the answer is shown reversed: no neighbours in order.
			const order = shuffledIndexes(item.sequence.length, random);
			return isIdentity(order) ? order.reverse() : order;
		}
		case 'classify':
			return shuffledIndexes(item.statements.length, random);
		case 'true-false':
		case 'typed':
		case 'short-answer':
			return [];
	}
}

/**
 * Builds the quiz a recipe describes: the same recipe and bank give the same quiz anywhere.
 * Never two items on one fact. While the filters allow, no paragraph gives more than
 * ⌈count ÷ paragraphs⌉ + 1 items and no type more than half; when the filters leave no other
 * way to reach the count, the type limit is relaxed first, then the paragraph limit.
 */
export function generateQuiz(bank: Bank, recipe: QuizRecipe): GenerateResult {
	if (!Number.isInteger(recipe.count) || recipe.count < COUNT_MIN || recipe.count > COUNT_MAX)
		return {
			ok: false,
			available: 0,
			message: `A quiz has ${COUNT_MIN} to ${COUNT_MAX} questions.`
		};
	const items = eligibleItems(bank, recipe);
	const byFact = new Map<string, Item[]>();
	for (const item of items) {
		const list = byFact.get(item.fact);
		if (list) list.push(item);
		else byFact.set(item.fact, [item]);
	}
	if (byFact.size < recipe.count) {
		return {
			ok: false,
			available: byFact.size,
			message:
				byFact.size === 0
					? 'No question matches these choices. Allow more types, topics or difficulties.'
					: `These choices allow ${byFact.size} questions (one per fact), not ${recipe.count}. Ask for ${byFact.size} or fewer, or widen the choices.`
		};
	}

	const random = seededRandom(recipe.seed);
	const facts = shuffled([...byFact.keys()], random);
	// A fact's items are shuffled when first looked at: a big bank never shuffles what it won't use.
	const shuffledItems = new Map<string, Item[]>();
	const candidatesOf = (fact: string) => {
		let list = shuffledItems.get(fact);
		if (!list) shuffledItems.set(fact, (list = shuffled(byFact.get(fact)!, random)));
		return list;
	};
	const paragraphs = new Set(items.map((item) => item.source.paragraph)).size;
	const paragraphCap = Math.ceil(recipe.count / paragraphs) + 1;
	const typeCap = Math.floor(recipe.count / 2);

	const chosen: Item[] = [];
	const usedFacts = new Set<string>();
	const perParagraph = new Map<number, number>();
	const perType = new Map<string, number>();
	const pick = (fits: (item: Item) => boolean) => {
		for (const fact of facts) {
			if (chosen.length === recipe.count) return;
			if (usedFacts.has(fact)) continue;
			const item = candidatesOf(fact).find(fits);
			if (!item) continue;
			chosen.push(item);
			usedFacts.add(fact);
			perParagraph.set(item.source.paragraph, (perParagraph.get(item.source.paragraph) ?? 0) + 1);
			perType.set(item.type, (perType.get(item.type) ?? 0) + 1);
		}
	};
	const paragraphFits = (item: Item) =>
		(perParagraph.get(item.source.paragraph) ?? 0) < paragraphCap;
	const typeFits = (item: Item) => (perType.get(item.type) ?? 0) < typeCap;
	pick((item) => paragraphFits(item) && typeFits(item));
	pick(paragraphFits);
	pick(() => true);

	return {
		ok: true,
		quiz: {
			recipe,
			questions: chosen.map((item) => ({ itemId: item.id, order: displayOrder(item, random) }))
		}
	};
}
