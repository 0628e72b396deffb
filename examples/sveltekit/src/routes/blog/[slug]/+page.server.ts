import { createApi } from '$lib/server/api';
import { getPost, getPostPreview, PREVIEW_HEADERS, previewToken } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, url, setHeaders }) => {
	const api = createApi(fetch);
	const token = previewToken(url);
	if (token !== null) {
		// ?preview=TOKEN: the post as it is now, whatever its status (the slug in the URL is
		// only decoration: the token names the post).
		setHeaders(PREVIEW_HEADERS);
		const post = await getPostPreview(api, token);
		return { post, preview: { status: post.status } };
	}
	return { post: await getPost(api, params.slug), preview: null };
};
