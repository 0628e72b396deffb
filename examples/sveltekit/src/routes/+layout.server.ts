import { createApi } from '$lib/server/api';
import { getSettings } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ fetch }) => {
	return { settings: await getSettings(createApi(fetch)) };
};
