import { flushSync, hydrate, mount, type Component } from 'svelte';

// SvelteKit's root component as Kit's client uses it: made once with `new`, then given new props
// with `$set` on every navigation. Kit wraps its root in Svelte's legacy class wrapper
// (`asClassComponent`, `svelte/legacy`), a kilobyte of code in the shell every page loads, of
// which its client calls just this. scripts/kit-root.js puts this in its place at build, and
// fails the build if Kit's root or its client's use of it changes.

type Props = Record<PropertyKey, unknown>;

/** What Kit's client hands the root's constructor. */
interface RootOptions {
	target: Element;
	props: Props;
	hydrate?: boolean;
	context?: Map<unknown, unknown>;
	transformError?: (error: unknown) => unknown;
}

/** One prop, replaced whole by `$set` (never deeply reactive), as the legacy wrapper's were. */
function cell(value: unknown) {
	let current = $state.raw(value);
	return {
		get: () => current,
		set: (next: unknown) => (current = next)
	};
}

/**
 * The root component as a class with `$set`. `names` are the props the root reads (its
 * `$props()`): each gets its state when the root is made, outside any effect, so that a prop Kit
 * sets only later still updates what read it (state made inside an effect is not tracked by it).
 */
export function kitRoot(component: Component<Props>, names: readonly string[]) {
	return class KitRoot {
		readonly #values: Props;
		/** Each prop's state, by name (no prototype: a prop may be called anything). */
		readonly #cells: Partial<Record<PropertyKey, ReturnType<typeof cell>>> = Object.create(null);

		constructor({ target, props, hydrate: hydrating, context, transformError }: RootOptions) {
			this.#values = { ...props };
			for (const key of [...names, ...Object.keys(props)]) this.#cells[key] ??= cell(props[key]);
			const cells = this.#cells;
			const reactive = new Proxy(this.#values, {
				get: (values, key) => (key in cells ? cells[key]!.get() : values[key]),
				has: (values, key) => {
					cells[key]?.get();
					return key in values;
				}
			});
			const options = { target, props: reactive, context, intro: false, transformError };
			if (hydrating) hydrate(component, options);
			else mount(component, options);
			// As the legacy wrapper does: the page is hydrated when the constructor returns.
			flushSync();
		}

		$set(next: Props): void {
			for (const [key, value] of Object.entries(next)) {
				this.#values[key] = value;
				const existing = this.#cells[key];
				if (existing) existing.set(value);
				else this.#cells[key] = cell(value);
			}
		}
	};
}
