// What the routes load, one function per kind of content. Each is a single typed API call
// through `read`, so adding a kind (a preview by token, a search) is one more function here.
import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { Page, PagePreview, Post, PostList, PostPreview, SiteSettings } from '$lib/api/types';
import { pageUrl, postUrl } from '$lib/urls';
import { read, type Api } from './api';

const DEFAULT_PER_PAGE = 10;
const MAX_PER_PAGE = 100; // the API's own bound (422 beyond)

/** Posts per listing page: INKWELL_POSTS_PER_PAGE (1-100), default 10. */
export function postsPerPage(): number {
	const value = Number(env.INKWELL_POSTS_PER_PAGE || DEFAULT_PER_PAGE);
	return Number.isInteger(value) && value >= 1 && value <= MAX_PER_PAGE ? value : DEFAULT_PER_PAGE;
}

/** `?page=N` of a listing; anything but a positive integer is a page that does not exist. */
export function pageNumber(url: URL): number {
	const raw = url.searchParams.get('page');
	if (raw === null) return 1;
	if (!/^[1-9][0-9]{0,5}$/.test(raw)) error(404, 'Not found');
	return Number(raw);
}

export function getSettings(api: Api): Promise<SiteSettings> {
	return read('settings', () => api.GET('/api/v1/settings'));
}

/**
 * One page of published posts, newest first, optionally only those with `tag`.
 * A page past the end, and a tag without posts, are pages that do not exist (404).
 */
export async function listPosts(
	api: Api,
	{ page, tag }: { page: number; tag?: string }
): Promise<PostList> {
	if (tag !== undefined && tag.trim() === '') error(404, 'Not found');
	const per_page = postsPerPage();
	const list = await read(`posts page ${page}${tag === undefined ? '' : ` tag ${tag}`}`, () =>
		api.GET('/api/v1/posts', { params: { query: { page, per_page, tag } } })
	);
	if (list.items.length === 0 && (page > 1 || tag !== undefined)) error(404, 'Not found');
	return list;
}

/** One published post; a renamed slug redirects (301) to the post's new URL. */
export function getPost(api: Api, slug: string): Promise<Post> {
	return read(
		`post ${slug}`,
		() => api.GET('/api/v1/posts/{slug}', { params: { path: { slug } } }),
		{ urlForSlug: postUrl }
	);
}

/** One published marketing page; a renamed slug redirects (301) to the page's new URL. */
export function getPage(api: Api, slug: string): Promise<Page> {
	return read(
		`page ${slug}`,
		() => api.GET('/api/v1/pages/{slug}', { params: { path: { slug } } }),
		{ urlForSlug: pageUrl }
	);
}

/**
 * Headers for a page rendered from a preview link: never cached (not by the browser, not by a
 * CDN or proxy), never indexed. The API answers previews the same way.
 */
export const PREVIEW_HEADERS = {
	'cache-control': 'private, no-store',
	'x-robots-tag': 'noindex'
} as const;

/** `?preview=TOKEN` of a URL: null without one; an empty token is a page that does not exist. */
export function previewToken(url: URL): string | null {
	const token = url.searchParams.get('preview');
	if (token === null) return null;
	if (token.trim() === '') error(404, 'Not found');
	return token;
}

async function getPreview(api: Api, token: string) {
	// A bad, expired or revoked token is the API's 404 (422 when absurdly long): the 404 page.
	return read('preview', () =>
		api.GET('/api/v1/preview/{token}', { params: { path: { token } } })
	);
}

/** A post in its current state (any status) through a preview link; anything else is a 404. */
export async function getPostPreview(api: Api, token: string): Promise<PostPreview> {
	const preview = await getPreview(api, token);
	if (preview.kind !== 'post') error(404, 'Not found');
	return preview;
}

/** A marketing page in its current state through a preview link; anything else is a 404. */
export async function getPagePreview(api: Api, token: string): Promise<PagePreview> {
	const preview = await getPreview(api, token);
	if (preview.kind !== 'page') error(404, 'Not found');
	return preview;
}
