import { createApi } from '$lib/server/api';
import { listPosts, pageNumber } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, url }) => {
	const posts = await listPosts(createApi(fetch), { page: pageNumber(url), tag: params.tag });
	return { tag: params.tag, posts };
};
