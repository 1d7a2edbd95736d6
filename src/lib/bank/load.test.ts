import { describe, expect, it } from 'vitest';
import { tinyBank } from './fixtures/tiny-bank';
import { BankLoadError, fetchBank } from './load';

const respond =
	(body: string, status = 200) =>
	async () =>
		new Response(body, { status });

describe('fetchBank', () => {
	it('returns an indexed bank', async () => {
		const index = await fetchBank(respond(JSON.stringify(tinyBank())));
		expect(index.itemById.get('border-length/typed')?.type).toBe('typed');
		expect(index.itemsByParagraph.get(4)).toHaveLength(7);
	});

	it('explains a network failure', async () => {
		const failing = async () => {
			throw new TypeError('Failed to fetch');
		};
		await expect(fetchBank(failing)).rejects.toThrow(/could not be downloaded/);
	});

	it('explains an HTTP error', async () => {
		await expect(fetchBank(respond('nope', 404))).rejects.toThrow(/server answered 404/);
	});

	it('explains a truncated file', async () => {
		const text = JSON.stringify(tinyBank());
		await expect(fetchBank(respond(text.slice(0, text.length / 2)))).rejects.toThrow(
			/not valid JSON/
		);
	});

	it('refuses a bank that fails its schema, naming item and field', async () => {
		const bank = tinyBank();
		(bank.items[1] as { correct: number[] }).correct = [0];
		const error = await fetchBank(respond(JSON.stringify(bank))).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BankLoadError);
		expect((error as BankLoadError).details.join('\n')).toContain(
			'Item "border-length/multiple" (items[1]), field "correct": needs at least two correct options'
		);
	});
});
