// Inkwell's content events arrive here (register `<site>/api/inkwell-webhook` with
// POST /api/v1/admin/webhooks and give the site the `whsec_…` secret it answers with as
// INKWELL_WEBHOOK_SECRET). Signed per Standard Webhooks; verified before anything is parsed.
// No CSRF concern: SvelteKit's origin check only applies to form content types.
import { error } from '@sveltejs/kit';
import { accept, webhookVerifier } from '$lib/server/webhooks';
import type { RequestHandler } from './$types';

const MAX_BODY_BYTES = 1024 * 1024;

export const POST: RequestHandler = async ({ request }) => {
	const hook = webhookVerifier();
	if (hook === null) {
		console.error('inkwell webhook: INKWELL_WEBHOOK_SECRET is not set; refusing the delivery');
		error(503, 'Webhook receiver not configured');
	}
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > MAX_BODY_BYTES) error(413, 'Payload too large');
	const body = await request.text(); // the exact bytes that were signed
	if (body.length > MAX_BODY_BYTES) error(413, 'Payload too large');

	let event: unknown;
	try {
		event = hook.verify(body, {
			'webhook-id': request.headers.get('webhook-id') ?? '',
			'webhook-timestamp': request.headers.get('webhook-timestamp') ?? '',
			'webhook-signature': request.headers.get('webhook-signature') ?? ''
		});
	} catch {
		// Wrong or missing signature, or a timestamp outside the tolerance (a replay).
		error(401, 'Invalid webhook signature');
	}
	const id = request.headers.get('webhook-id') ?? '';
	const type =
		typeof event === 'object' && event !== null && 'type' in event && typeof event.type === 'string'
			? event.type
			: 'unknown';
	accept(id, type, event); // a duplicate (retry, redelivery) is acknowledged the same way
	return new Response(null, { status: 204 });
};
