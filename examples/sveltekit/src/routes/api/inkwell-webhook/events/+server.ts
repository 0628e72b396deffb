// The last events the webhook receiver accepted, for tests and debugging. Exists only when
// INKWELL_WEBHOOK_DEBUG=1; otherwise a 404 like any unknown URL.
import { error, json } from '@sveltejs/kit';
import { webhookDebugEnabled, webhookDebugState } from '$lib/server/webhooks';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => {
	if (!webhookDebugEnabled()) error(404, 'Not found');
	return json(webhookDebugState(), { headers: { 'cache-control': 'no-store' } });
};
