// How the app looks: one of a few named choices each, stored in the settings record beside the
// study limits. shell/appearance.js applies them before the first paint from a mirror of them
// in localStorage; its own list of the choices is checked against this one by a test.

/** Each appearance setting's choices, the default first. */
export const APPEARANCE_CHOICES = {
	theme: ['system', 'light', 'dark'],
	textSize: ['default', 'small', 'large', 'larger', 'largest'],
	motion: ['system', 'reduce', 'full']
} as const;

export type AppearanceKey = keyof typeof APPEARANCE_CHOICES;

/** The appearance settings: theme, text size and motion. */
export type Appearance = { [K in AppearanceKey]: (typeof APPEARANCE_CHOICES)[K][number] };

export const APPEARANCE_KEYS = Object.keys(APPEARANCE_CHOICES) as AppearanceKey[];

export const DEFAULT_APPEARANCE: Appearance = {
	theme: 'system',
	textSize: 'default',
	motion: 'system'
};
