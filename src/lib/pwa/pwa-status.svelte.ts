const SW_URL = '/sw.js';
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** "Ready offline" is good news, not a question: it leaves by itself. */
const OFFLINE_READY_MS = 8000;

/**
 * The service worker's news for the UI: "ready offline" once the first precache is complete,
 * and "a new version is waiting" when a newer build has installed. `reload()` activates the
 * waiting worker and reloads once it controls the page, so one click is enough.
 *
 * This is the part of workbox-window the app needs, on the plain Service Worker API, so every
 * page does without the library (docs/architecture.md, "What the home page loads").
 */
export class PwaStatus {
	offlineReady = $state(false);
	needRefresh = $state(false);
	#registration: ServiceWorkerRegistration | undefined;

	/** Registers the generated service worker; call once, in the browser, after hydration. */
	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const wasControlled = navigator.serviceWorker.controller !== null;
		// Blocked service workers (some privacy modes, test harnesses) reject or resolve to nothing.
		const registration = await navigator.serviceWorker
			.register(SW_URL, { scope: '/' })
			.catch(() => undefined);
		if (!registration) return;
		this.#registration = registration;
		// An update may already be waiting from an earlier visit.
		if (registration.waiting && wasControlled) this.needRefresh = true;
		if (registration.installing) this.#watch(registration.installing);
		registration.addEventListener('updatefound', () => {
			if (registration.installing) this.#watch(registration.installing);
		});
		watchForUpdates(registration);
	}

	#watch(worker: ServiceWorker): void {
		worker.addEventListener('statechange', () => {
			if (worker.state !== 'installed') return;
			// A first install means the precache is complete; a later one is an update waiting.
			if (navigator.serviceWorker.controller) this.needRefresh = true;
			else {
				this.offlineReady = true;
				setTimeout(() => this.dismissOfflineReady(), OFFLINE_READY_MS);
			}
		});
	}

	/** Switches to the waiting version: it takes control, then the page reloads once. */
	reload(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) {
			location.reload();
			return;
		}
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	dismissOfflineReady(): void {
		this.offlineReady = false;
	}

	dismissUpdate(): void {
		this.needRefresh = false;
	}
}

// In-app navigation never refetches sw.js, so an app left open (or installed) asks for updates itself.
function watchForUpdates(registration: ServiceWorkerRegistration): void {
	const check = () => {
		if (navigator.onLine && !registration.installing) registration.update().catch(() => {});
	};
	setInterval(check, UPDATE_CHECK_INTERVAL_MS);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') check();
	});
}
