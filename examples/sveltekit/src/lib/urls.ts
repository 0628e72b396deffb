// The site's own URLs for API content, shared by load functions and components.

export const postUrl = (slug: string): string => `/blog/${encodeURIComponent(slug)}`;
export const pageUrl = (slug: string): string => `/${encodeURIComponent(slug)}`;
export const tagUrl = (tag: string): string => `/tag/${encodeURIComponent(tag)}`;

/** A listing's URL for page `n` (page 1 is the bare path: one URL per page of content). */
export const listingUrl = (path: string, n: number): string => (n <= 1 ? path : `${path}?page=${n}`);

/** Only http(s) links from settings reach an href (the API validates them too). */
export function safeHref(url: string): string | null {
	return /^https?:\/\//i.test(url) ? url : null;
}
