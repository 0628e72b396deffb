// The one place the site talks to the Inkwell API. Server-only ($lib/server): the browser
// never sees the API's address, and every request runs inside a load function.
import { error, redirect } from '@sveltejs/kit';
import createClient from 'openapi-fetch';
import { env } from '$env/dynamic/private';
import type { paths } from '$lib/api/schema';

export const DEFAULT_API_URL = 'http://127.0.0.1:8000';

/** The API's base URL, read at run time (INKWELL_API_URL), never baked into the build. */
export function apiBaseUrl(): string {
	return (env.INKWELL_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
}

/**
 * A typed client for one request: pass the load function's `fetch`, so SvelteKit's
 * `handleFetch` hook (if one is ever added) sees every API call.
 *
 * Redirects are not followed: the API answers a renamed slug with
 * `301 {"redirect": "<new slug>"}`, and the site must send the *browser* to its own URL for
 * that slug (see `read`), not quietly render the new content under the old address.
 */
export function createApi(fetch: typeof globalThis.fetch) {
	return createClient<paths>({
		baseUrl: apiBaseUrl(),
		fetch,
		redirect: 'manual',
		headers: { Accept: 'application/json' }
	});
}

export type Api = ReturnType<typeof createApi>;

/** What every openapi-fetch call resolves to, whatever the operation. */
type FetchResult<T> = { data?: T; error?: unknown; response: Response };

export interface ReadOptions {
	/** Where the site shows the content with this slug; enables API slug redirects (301). */
	urlForSlug?: (slug: string) => string;
}

function redirectedSlug(body: unknown): string | null {
	if (typeof body !== 'object' || body === null || !('redirect' in body)) return null;
	const slug = body.redirect;
	return typeof slug === 'string' && slug.length > 0 ? slug : null;
}

/**
 * Run one API call and turn its outcome into what the page needs:
 * the data; or `error(404)` for the API's 404 (and 422: a slug or tag from the URL that the API
 * refuses is a page that does not exist); or `redirect(301)` to the site's own URL for an
 * API slug redirect; or `error(502)` for anything else (unreachable API, 5xx, unexpected
 * status), logged on the server with the API's status but never shown to the visitor.
 */
export async function read<T>(
	what: string,
	call: () => Promise<FetchResult<T>>,
	options: ReadOptions = {}
): Promise<T> {
	let result: FetchResult<T>;
	try {
		result = await call();
	} catch (cause) {
		console.error(`${what}: the API at ${apiBaseUrl()} is unreachable`, cause);
		error(502, 'The content service is unavailable');
	}
	const { data, response } = result;
	if (response.ok && data !== undefined) return data;
	if (response.status === 404) error(404, 'Not found');
	if (response.status === 422) {
		// The API refused a value taken from the URL (an over-long slug or tag): no such page.
		console.warn(`${what}: the API refused the request (422)`);
		error(404, 'Not found');
	}
	if (response.status === 301 && options.urlForSlug) {
		const slug = redirectedSlug(result.error);
		if (slug !== null) redirect(301, options.urlForSlug(slug));
	}
	console.error(`${what}: the API answered ${response.status} ${response.statusText}`);
	error(502, 'The content service failed');
}
