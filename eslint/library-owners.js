// A local ESLint rule: every outside library the app imports has exactly one owner module (or
// folder), declared in eslint.config.js, so swapping or upgrading a library touches one place.
// A library that is not declared at all is an error too: declaring it is how a new one comes in.
import { builtinModules } from 'node:module';
import { relative, sep } from 'node:path';

/** The package a bare import names: `a/b` -> `a`, `@s/a/b` -> `@s/a`; undefined for local paths. */
export function packageOf(source) {
	if (/^(\.|\/|\$)/.test(source)) return undefined;
	const parts = source.split('/');
	return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const BUILTINS = new Set(builtinModules);
const isBuiltin = (name) => name.startsWith('node:') || BUILTINS.has(name);

/** @type {import('eslint').Rule.RuleModule} */
export const libraryOwners = {
	meta: {
		type: 'problem',
		docs: { description: 'Each outside library is imported by its one declared owner only.' },
		schema: [
			{
				type: 'object',
				properties: {
					owners: { type: 'object', additionalProperties: { type: 'string' } },
					shared: { type: 'array', items: { type: 'string' } }
				},
				additionalProperties: false
			}
		],
		messages: {
			owned:
				'{{name}} may only be imported by {{owner}} (its one importer); import that module instead.',
			undeclared:
				'{{name}} is an outside library with no declared owner: give it one importer module, declare it in eslint.config.js (LIBRARY_OWNERS) and say in the README why it was chosen and what it costs.'
		}
	},
	create(context) {
		const { owners = {}, shared = [] } = context.options[0] ?? {};
		const file = relative(context.cwd, context.filename).split(sep).join('/');
		const sharedNames = new Set(shared);
		const check = (node) => {
			const source = node.source;
			if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
			const name = packageOf(source.value);
			if (!name || isBuiltin(name) || sharedNames.has(name) || name.startsWith('virtual:')) return;
			const owner = owners[name];
			if (owner === undefined)
				context.report({ node: source, messageId: 'undeclared', data: { name } });
			else if (!(owner.endsWith('/') ? file.startsWith(owner) : file === owner))
				context.report({ node: source, messageId: 'owned', data: { name, owner } });
		};
		return {
			ImportDeclaration: check,
			ImportExpression: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check
		};
	}
};
