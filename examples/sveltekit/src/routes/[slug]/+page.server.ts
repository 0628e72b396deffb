import { createApi } from '$lib/server/api';
import { getPage, getPagePreview, PREVIEW_HEADERS, previewToken } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, url, setHeaders }) => {
	const api = createApi(fetch);
	const token = previewToken(url);
	if (token !== null) {
		// ?preview=TOKEN: the page as it is now, published or not.
		setHeaders(PREVIEW_HEADERS);
		const page = await getPagePreview(api, token);
		return { page, preview: { status: page.status } };
	}
	return { page: await getPage(api, params.slug), preview: null };
};
