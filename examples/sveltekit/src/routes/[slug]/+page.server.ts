import { createApi } from '$lib/server/api';
import { getPage } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
	return { page: await getPage(createApi(fetch), params.slug) };
};
