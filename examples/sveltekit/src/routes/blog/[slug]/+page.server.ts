import { createApi } from '$lib/server/api';
import { getPost } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
	return { post: await getPost(createApi(fetch), params.slug) };
};
