type UpdateServiceWorker = (reloadPage?: boolean) => Promise<void>;

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The service worker's news for the UI: "ready offline" once the precache is complete, and
 * "a new version is waiting" when a newer build has installed. `reload()` activates the
 * waiting worker and reloads once it controls the page, so one click is enough.
 */
export class PwaStatus {
	offlineReady = $state(false);
	needRefresh = $state(false);
	registrationFailed = $state(false);
	#updateServiceWorker: UpdateServiceWorker | undefined;

	/** Registers the generated service worker; call once, in the browser, after hydration. */
	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { registerSW } = await import('virtual:pwa-register');
		this.#updateServiceWorker = registerSW({
			immediate: true,
			onOfflineReady: () => (this.offlineReady = true),
			onNeedRefresh: () => (this.needRefresh = true),
			onRegisteredSW: (_url, registration) => registration && watchForUpdates(registration),
			onRegisterError: () => (this.registrationFailed = true)
		});
	}

	async reload(): Promise<void> {
		await this.#updateServiceWorker?.(true);
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
