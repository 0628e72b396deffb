import { createApi } from '$lib/server/api';
import { listPosts, pageNumber } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
	return { posts: await listPosts(createApi(fetch), { page: pageNumber(url) }) };
};
