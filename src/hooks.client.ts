import type { HandleClientError } from '@sveltejs/kit';

// A mistyped address is a normal event the 404 page explains; only real failures belong in the console.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
