import { expect, it } from 'vitest';
import { announceChange, onChange, type Change } from './changes';

it('delivers well-formed changes from other pages only, never its own', async () => {
	const heard: Change[] = [];
	const stop = onChange((change) => heard.push(change));
	announceChange({ kind: 'cards', ids: ['a'] });
	const other = new BroadcastChannel('hedged-bets-changes');
	other.postMessage({ sender: 'another-tab', change: { kind: 'settings' } });
	other.postMessage({ sender: 'another-tab', change: { kind: 'cards', ids: [1] } });
	other.postMessage({ sender: 'another-tab', change: { kind: 'class', ids: ['s1'] } });
	other.postMessage('junk');
	await new Promise((resolve) => setTimeout(resolve, 50));
	other.close();
	stop();
	expect(heard).toEqual([{ kind: 'settings' }, { kind: 'class', ids: ['s1'] }]);
});
