// Cover images. Posts answer `featured_image_url` today; newer APIs add `featured_image`
// ({url, width, height, alt, placeholder, srcset}). Read it loosely, at run time, so the site
// compiles against either schema and uses the richer object whenever the API sends one.

/** One rendition in a `srcset` given as a list. */
export interface ImageCandidate {
	url: string;
	width: number;
}

/** What the site uses of `featured_image`; every field but `url` may be missing. */
export interface FeaturedImage {
	url: string;
	width?: number | null;
	height?: number | null;
	alt?: string | null;
	/** A tiny preview shown while the image loads, when it is a `data:image/…` URI. */
	placeholder?: string | null;
	/** An HTML `srcset` string, or a list of renditions. */
	srcset?: string | ImageCandidate[] | null;
}

const positive = (value: unknown): number | null =>
	typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : null;

const nonEmpty = (value: unknown): string | null =>
	typeof value === 'string' && value.trim() !== '' ? value : null;

/** An http(s) or site-relative URL (never `javascript:` and the like). */
const safeUrl = (value: unknown): string | null => {
	const url = nonEmpty(value);
	return url !== null && (/^https?:\/\//i.test(url) || /^\/(?!\/)/.test(url)) ? url : null;
};

/** A `srcset` attribute from either form, or null. URLs with spaces or commas are skipped. */
export function srcsetOf(value: unknown): string | null {
	if (typeof value === 'string') return nonEmpty(value.trim());
	if (!Array.isArray(value)) return null;
	const parts = value.flatMap((candidate: unknown) => {
		if (typeof candidate !== 'object' || candidate === null) return [];
		const { url, width } = candidate as Record<string, unknown>;
		const safe = safeUrl(url);
		const w = positive(width);
		return safe !== null && w !== null && !/[\s,]/.test(safe) ? [`${safe} ${w}w`] : [];
	});
	return parts.length > 0 ? parts.join(', ') : null;
}

/** The cover of a post: `featured_image` when the API sends a usable one, else `featured_image_url`. */
export function coverOf(post: {
	featured_image_url?: string | null;
	featured_image?: unknown;
}): FeaturedImage | null {
	const image = post.featured_image;
	if (typeof image === 'object' && image !== null) {
		const fields = image as Record<string, unknown>;
		const url = safeUrl(fields.url);
		if (url !== null) {
			const placeholder = nonEmpty(fields.placeholder);
			return {
				url,
				width: positive(fields.width),
				height: positive(fields.height),
				alt: typeof fields.alt === 'string' ? fields.alt : null,
				placeholder: placeholder?.startsWith('data:image/') ? placeholder : null,
				srcset: srcsetOf(fields.srcset)
			};
		}
	}
	const url = nonEmpty(post.featured_image_url);
	return url === null ? null : { url };
}
