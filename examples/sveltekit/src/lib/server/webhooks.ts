// Receiving Inkwell's content events (Standard Webhooks): verify, deduplicate, "revalidate".
// Server-only. The state below lives in this process's memory: with several site processes,
// keep the seen ids (and whatever revalidation needs) in a shared store instead.
import { env } from '$env/dynamic/private';
import { Webhook } from 'standardwebhooks';
import { pageUrl, postUrl } from '$lib/urls';

/** One accepted event, as the debug endpoint shows it. */
export interface ReceivedEvent {
	/** The `webhook-id` header: `msg_<delivery id>`, the same on every retry of a delivery. */
	id: string;
	type: string;
	/** The site path the event is about: `*` for a change that shows on every page, empty for none. */
	path: string;
	/** Other site paths it touched (the previous URL of a renamed slug). */
	also: string[];
	received_at: string;
}

const MAX_SEEN = 1000; // webhook ids remembered for deduplication (oldest forgotten first)
const MAX_RECENT = 50; // events kept for the debug endpoint

const seen = new Set<string>();
const recent: ReceivedEvent[] = [];
let duplicates = 0;
let verifier: { secret: string; hook: Webhook } | null = null;

/** The verifier for INKWELL_WEBHOOK_SECRET (the `whsec_…` shown when the webhook was created). */
export function webhookVerifier(): Webhook | null {
	const secret = env.INKWELL_WEBHOOK_SECRET;
	if (!secret) return null;
	if (verifier?.secret !== secret) verifier = { secret, hook: new Webhook(secret) };
	return verifier.hook;
}

/** The debug endpoint exists only when INKWELL_WEBHOOK_DEBUG=1 (the e2e test sets it). */
export function webhookDebugEnabled(): boolean {
	return env.INKWELL_WEBHOOK_DEBUG === '1';
}

function record(object: unknown, key: string): Record<string, unknown> | null {
	if (typeof object !== 'object' || object === null || !(key in object)) return null;
	const value: unknown = (object as Record<string, unknown>)[key];
	return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

function text(object: Record<string, unknown> | null, key: string): string | null {
	const value = object?.[key];
	return typeof value === 'string' && value.length > 0 ? value : null;
}

/**
 * The site paths an event touches. `data` is the public post or page (or `{id, slug, path}`
 * once it left public view); the API's `path` wins (it follows the site settings' patterns),
 * else the path is built from the slug the way this site builds its URLs.
 */
export function pathsOf(type: string, event: unknown): { path: string; also: string[] } {
	const data = record(event, 'data');
	if (type === 'settings.updated') return { path: '*', also: [] }; // header and footer: every page
	const urlFor = type.startsWith('post.') ? postUrl : type.startsWith('page.') ? pageUrl : null;
	if (urlFor === null) return { path: '', also: [] }; // webhook.ping and the like: no page
	const slug = text(data, 'slug');
	const path = text(data, 'path') ?? (slug === null ? '*' : urlFor(slug));
	const previous = text(data, 'previous_slug');
	return { path, also: previous === null ? [] : [urlFor(previous)] };
}

/**
 * Record an event once per `webhook-id`; false when it was seen before (a retry or a
 * redelivery: already handled).
 */
export function accept(id: string, type: string, event: unknown): boolean {
	if (seen.has(id)) {
		duplicates++;
		return false;
	}
	seen.add(id);
	if (seen.size > MAX_SEEN) {
		const oldest = seen.values().next().value;
		if (oldest !== undefined) seen.delete(oldest);
	}
	const { path, also } = pathsOf(type, event);
	revalidate([path, ...also].filter((p) => p !== ''));
	recent.unshift({ id, type, path, also, received_at: new Date().toISOString() });
	recent.length = Math.min(recent.length, MAX_RECENT);
	return true;
}

/**
 * This site renders every page on request from the API (no prerendered pages, no shared
 * cache in front of it), so there is nothing to purge: the next request reads the new
 * content. A site with prerendered pages or a CDN would act here (see the README).
 */
function revalidate(paths: string[]): void {
	void paths;
}

export function webhookDebugState() {
	return { events: recent, duplicates };
}
