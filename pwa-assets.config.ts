import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// The maskable icon is cropped to a circle or squircle by the OS, so its padding takes the logo's colour.
export default defineConfig({
	headLinkOptions: { preset: '2023' },
	preset: {
		...minimal2023Preset,
		maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#0f4c5c' } },
		apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#0f4c5c' } }
	},
	images: ['static/logo.svg']
});
