// End-to-end test of the reference site in headless Chromium, against a running API and a
// running site (scripts/e2e.sh starts both and sets the variables below):
//
//   SITE_URL                the built site (node build)
//   INKWELL_API_URL         the API the site reads
//   ADMIN_EMAIL, ADMIN_PASSWORD   an admin of that API (seed.py creates it)
//   INKWELL_POSTS_PER_PAGE  the site's page size, when set (to check the pagination)
//   INKWELL_WEBHOOK_ID, INKWELL_WEBHOOK_SECRET   the site's webhook receiver as registered with
//                           the API (e2e/register-webhook.mjs), the site started with that secret
//                           and INKWELL_WEBHOOK_DEBUG=1; without them the webhook test is skipped
//   CHROMIUM_PATH           default /usr/bin/chromium
//
// Run: node --test e2e/   (Node's test runner prints the summary.)
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Webhook } from 'standardwebhooks';
import {
	AdminApi,
	describeProblems,
	gradientPng,
	launchBrowser,
	setting,
	watchedPage
} from './helpers.mjs';

const SITE = setting('SITE_URL');
const API = setting('INKWELL_API_URL', 'http://127.0.0.1:8000');
const ADMIN_EMAIL = setting('ADMIN_EMAIL');
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD ?? '';
const PER_PAGE = Number(process.env.INKWELL_POSTS_PER_PAGE || 0);
const WEBHOOK_ID = process.env.INKWELL_WEBHOOK_ID ?? '';
const WEBHOOK_SECRET = process.env.INKWELL_WEBHOOK_SECRET ?? '';

// What seed.py publishes, and the draft it must never show.
const SEEDED_PUBLISHED = ['hello-inkwell', 'writing-with-five-options', 'markdown-safely'];
const SEEDED_DRAFT = 'a-draft-in-progress';

const RUN = `${Date.now().toString(36)}`;
const COVER = { width: 320, height: 180 };
const OPERATION_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

/** @type {import('playwright-core').Browser} */
let browser;
const api = new AdminApi(API);
/** Everything that went wrong on a site page, over the whole run (checked by the last test). */
/** @type {import('./helpers.mjs').Problem[]} */
const siteProblems = [];
/** Closes the site pages opened so far, collecting their problems into siteProblems. */
/** @type {(() => Promise<void>)[]} */
const pageClosers = [];
/** Undoes what the test changed in the API (run last, newest first). */
/** @type {(() => Promise<unknown>)[]} */
const apiCleanups = [];
/** @type {{ id: string; slug: string; title: string; featured_image_url: string }} */
let coverPost;

/** A browser page for the site whose problems count against the site. */
async function sitePage() {
	const watched = await watchedPage(browser);
	pageClosers.push(async () => {
		try {
			await watched.close();
		} finally {
			siteProblems.push(...watched.problems);
		}
	});
	return watched;
}

/**
 * Load a site page and wait until the browser is done with it (scripts, images, data).
 * @param {import('./helpers.mjs').WatchedPage} watched
 * @param {string} path
 */
async function open(watched, path) {
	const response = await watched.page.goto(`${SITE}${path}`, { waitUntil: 'load' });
	assert.ok(response, `no response for ${path}`);
	await watched.settle();
	return response;
}

/** @param {import('playwright-core').Page} page */
function listedPosts(page) {
	return page.locator('article.post-card').evaluateAll((cards) =>
		cards.map((card) => {
			const link = card.querySelector('h2 a');
			return {
				slug: card.getAttribute('data-slug'),
				title: link?.textContent?.trim(),
				href: link?.getAttribute('href')
			};
		})
	);
}

/**
 * Follow the "older posts" links from `path` to the end; every post seen, in order.
 * @param {import('./helpers.mjs').WatchedPage} watched
 * @param {string} path
 */
async function walkListing(watched, path) {
	const { page } = watched;
	/** @type {{ slug: string | null; title: string | undefined; href: string | null | undefined }[]} */
	const seen = [];
	let pages = 0;
	/** @type {string | null} */
	let next = path;
	while (next !== null) {
		assert.ok(++pages <= 50, 'pagination does not end');
		const response = await open(watched, next);
		assert.equal(response.status(), 200, `GET ${next}`);
		seen.push(...(await listedPosts(page)));
		const older = page.locator('nav.pagination a[rel="next"]');
		next = (await older.count()) > 0 ? await older.getAttribute('href') : null;
	}
	return { seen, pages };
}

/**
 * `path` is the site's own 404 page (status 404, inside the layout), and nothing else failed.
 * A page of its own: its expected 404 must not count against the site.
 * @param {string} path
 */
async function assertNotFoundPage(path) {
	const watched = await watchedPage(browser);
	try {
		const response = await open(watched, path);
		assert.equal(response.status(), 404, `GET ${path}`);
		const errorPage = watched.page.getByTestId('error-page');
		assert.equal(await errorPage.getAttribute('data-status'), '404');
		assert.equal(await errorPage.locator('h1').innerText(), 'Page not found');
		assert.equal(await watched.page.title(), 'Page not found');
		// Inside the site's layout (header from the settings), not a bare error page.
		assert.ok((await watched.page.getByTestId('site-name').innerText()).length > 0);
		// The document's own 404 (and Chromium's console line for it) is all that failed.
		const unexpected = watched.problems.filter(
			(problem) =>
				!(problem.kind === 'HTTP 404' && problem.url === `${SITE}${path}`) &&
				!(problem.kind === 'console error' && /status of 404/.test(problem.detail))
		);
		assert.deepEqual(unexpected, [], describeProblems(unexpected));
	} finally {
		await watched.close();
	}
}

/**
 * Poll `probe` until it returns something other than undefined.
 * @template T
 * @param {string} what
 * @param {() => Promise<T | undefined>} probe
 * @param {number} [timeoutMs]
 * @returns {Promise<T>}
 */
async function eventually(what, probe, timeoutMs = 45_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) assert.fail(`${what}: not within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/**
 * What the site's webhook receiver accepted (the debug endpoint, INKWELL_WEBHOOK_DEBUG=1).
 * @returns {Promise<{ events: { id: string; type: string; path: string; also: string[] }[]; duplicates: number }>}
 */
async function receivedWebhooks() {
	const response = await fetch(`${SITE}/api/inkwell-webhook/events`);
	assert.equal(response.status, 200, 'the debug endpoint answers (INKWELL_WEBHOOK_DEBUG=1)');
	return response.json();
}

before(async () => {
	browser = await launchBrowser();
	await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);

	// A published post with an uploaded cover: seed.py's posts have none.
	const form = new FormData();
	const png = new Blob([gradientPng(COVER.width, COVER.height)], { type: 'image/png' });
	form.append('file', png, 'cover.png');
	const image = await api.request('POST', '/api/v1/uploads/images', form);
	coverPost = await api.request('POST', '/api/v1/posts', {
		title: `Cover story ${RUN}`,
		slug: `e2e-cover-story-${RUN}`,
		markdown: [
			'## A heading from the body',
			'',
			'A paragraph with **strong words** and a [link](https://example.com/).',
			'',
			'<script>window.__inkwellInjected = true;</script>',
			'',
			'<p onclick="window.__inkwellInjected = true">Click handlers are stripped.</p>'
		].join('\n'),
		featured_image_url: image.url,
		tags: ['e2e', 'news'],
		published: true
	});
	apiCleanups.push(() => api.request('DELETE', `/api/v1/posts/${coverPost.id}`));
});

after(async () => {
	// Pages first, then what the test changed in the API, so a developer's API is left as found.
	for (const cleanup of [...pageClosers.splice(0), ...apiCleanups.reverse()]) {
		try {
			await cleanup();
		} catch (error) {
			console.error('cleanup failed:', error);
		}
	}
	await browser?.close();
});

describe('reference site', { timeout: 300_000 }, () => {
	test('home page lists the published posts, page by page, as the API does', async () => {
		const expected = await api.allPublishedPosts();
		const slugs = expected.map((post) => post.slug);
		for (const slug of SEEDED_PUBLISHED) assert.ok(slugs.includes(slug), `API lists ${slug}`);

		const { seen, pages } = await walkListing(await sitePage(), '/');

		assert.deepEqual(
			seen,
			expected.map((post) => ({ slug: post.slug, title: post.title, href: `/blog/${post.slug}` }))
		);
		for (const slug of SEEDED_PUBLISHED) assert.ok(seen.some((post) => post.slug === slug), slug);
		assert.ok(!seen.some((post) => post.slug === SEEDED_DRAFT), 'a draft is never listed');
		if (PER_PAGE > 0) {
			assert.equal(pages, Math.ceil(expected.length / PER_PAGE), 'number of listing pages');
			assert.ok(pages > 1, 'the run has more posts than one page holds: pagination is exercised');
		}
	});

	test('a post page renders the sanitised body, the cover image and tag links', async () => {
		const watched = await sitePage();
		const { page } = watched;
		const response = await open(watched, `/blog/${coverPost.slug}`);
		assert.equal(response.status(), 200);
		const { site_name } = await api.request('GET', '/api/v1/settings');
		assert.equal(await page.title(), `${coverPost.title} · ${site_name}`);
		assert.equal(await page.locator('article.post h1').innerText(), coverPost.title);
		assert.match(await page.locator('article.post .meta').innerText(), /^By .+ · \d{1,2} \w+ \d{4}$/);

		const body = page.locator('[data-testid="post-body"]');
		assert.equal(await body.locator('h2').first().innerText(), 'A heading from the body');
		assert.equal(await body.locator('strong').first().innerText(), 'strong words');
		assert.equal(await body.locator('script').count(), 0, 'no <script> survives in the body');
		assert.equal(await body.locator('[onclick]').count(), 0, 'no on* attribute survives');
		assert.equal(
			await body.locator('p', { hasText: 'Click handlers are stripped.' }).count(),
			1,
			'the paragraph itself is kept'
		);
		assert.equal(await page.evaluate(() => '__inkwellInjected' in window), false, 'nothing ran');

		const cover = page.locator('img.cover');
		assert.equal(await cover.getAttribute('src'), coverPost.featured_image_url);
		await page.waitForFunction(() => {
			const img = document.querySelector('img.cover');
			return img instanceof HTMLImageElement && img.complete;
		});
		const natural = await cover.evaluate((img) => {
			const image = /** @type {HTMLImageElement} */ (img);
			return { width: image.naturalWidth, height: image.naturalHeight };
		});
		// With a srcset the browser reports the chosen candidate's density-adjusted size, so the
		// check is that an image loaded with the uploaded shape (never a broken or stretched one).
		assert.ok(natural.width > 0 && natural.height > 0, 'the cover loaded');
		assert.ok(
			Math.abs(natural.width / natural.height - COVER.width / COVER.height) < 0.02,
			`the cover keeps the uploaded aspect ratio (${natural.width}x${natural.height})`
		);

		const tagLink = page.locator('article.post a[rel="tag"]', { hasText: '#e2e' });
		assert.equal(await tagLink.getAttribute('href'), '/tag/e2e');
		await tagLink.click();
		await page.waitForURL(`${SITE}/tag/e2e`);
		await page.locator('article.post-card').first().waitFor();
		await watched.settle();
		assert.match(await page.locator('h1').innerText(), /#e2e/);
		const tagged = await api.request('GET', '/api/v1/posts?tag=e2e&per_page=100');
		assert.deepEqual(
			(await listedPosts(page)).map((post) => post.slug),
			tagged.items.map((/** @type {{ slug: string }} */ post) => post.slug)
		);
	});

	test('a seeded post renders its Markdown body', async () => {
		const watched = await sitePage();
		const { page } = watched;
		assert.equal((await open(watched, '/blog/hello-inkwell')).status(), 200);
		assert.equal(await page.locator('article.post h1').innerText(), 'Hello, Inkwell');
		const headings = await page.locator('[data-testid="post-body"] h2').allInnerTexts();
		assert.deepEqual(headings, ['The problem', 'Our approach', 'What comes next']);
		assert.equal(await page.locator('article.post img.cover').count(), 0, 'no cover, no <img>');
		assert.equal(await page.locator('article.post a[rel="tag"]').getAttribute('href'), '/tag/news');
	});

	test('a marketing page shows its body and its meta title and description', async () => {
		const about = await api.request('GET', '/api/v1/pages/about');
		const home = await api.request('GET', '/api/v1/pages/home');
		const watched = await sitePage();
		const { page } = watched;

		assert.equal((await open(watched, '/about')).status(), 200);
		assert.equal(await page.locator('article.page h1').innerText(), about.title);
		assert.equal(await page.locator('[data-testid="page-body"] h2').innerText(), 'About us');
		assert.equal(
			await page.locator('meta[name="description"]').getAttribute('content'),
			about.meta_description
		);

		// meta_title wins over the generated title; a body's own <h1> is the page's only <h1>.
		assert.equal((await open(watched, '/home')).status(), 200);
		assert.equal(await page.title(), home.meta_title);
		assert.equal(
			await page.locator('meta[name="description"]').getAttribute('content'),
			home.meta_description
		);
		assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Welcome to Inkwell']);
	});

	test('a settings change made through the API shows on the next page load', async () => {
		const original = await api.request('GET', '/api/v1/settings');
		apiCleanups.push(() =>
			api.request('PUT', '/api/v1/settings', {
				site_name: original.site_name,
				tagline: original.tagline,
				footer_text: original.footer_text,
				social_links: original.social_links
			})
		);
		const watched = await sitePage();
		const { page } = watched;
		assert.equal((await open(watched, '/')).status(), 200);
		assert.equal(await page.getByTestId('site-name').innerText(), original.site_name);

		const changed = {
			site_name: `Inkwell ${RUN}`,
			tagline: `A tagline set by the e2e test ${RUN}`,
			footer_text: `Footer ${RUN}`,
			social_links: { ...original.social_links, rss: `https://example.com/${RUN}.xml` }
		};
		await api.request('PUT', '/api/v1/settings', changed);

		await page.reload({ waitUntil: 'load' });
		await watched.settle();
		assert.equal(await page.getByTestId('site-name').innerText(), changed.site_name);
		assert.equal(await page.getByTestId('tagline').innerText(), changed.tagline);
		assert.equal(await page.getByTestId('footer-text').innerText(), changed.footer_text);
		assert.equal(
			await page.locator('.social a', { hasText: 'rss' }).getAttribute('href'),
			changed.social_links.rss
		);
		assert.equal(await page.title(), changed.site_name);
	});

	test('client-side navigation between site pages works', async () => {
		const watched = await sitePage();
		const { page, settle } = watched;
		assert.equal((await open(watched, '/')).status(), 200);
		const first = page.locator('article.post-card h2 a').first();
		const title = await first.innerText();
		const href = await first.getAttribute('href');
		// A full page load would lose this; SvelteKit's router keeps the document.
		await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
		await first.click();
		await page.waitForURL(`${SITE}${href}`);
		await page.locator('article.post h1').waitFor();
		await settle();
		assert.equal(await page.locator('article.post h1').innerText(), title);
		assert.equal(await page.evaluate(() => '__sameDocument' in window), true, 'client-side');
		await page.goBack();
		await page.waitForURL(`${SITE}/`);
		await page.locator('article.post-card').first().waitFor();
		await settle();
		assert.equal(await page.locator('article.post').count(), 0);
		assert.ok((await listedPosts(page)).length > 0);
		assert.equal(await page.evaluate(() => '__sameDocument' in window), true, 'client-side');
	});

	test('unknown content gives the site’s own 404 page', async () => {
		const unknown = [
			`/blog/no-such-post-${RUN}`,
			`/no-such-page-${RUN}`,
			`/tag/no-such-tag-${RUN}`,
			'/?page=9999'
		];
		for (const path of unknown) await assertNotFoundPage(path);
	});

	test('a renamed post slug redirects (301) to the post’s new URL', async () => {
		const post = await api.request('POST', '/api/v1/posts', {
			title: `Renamed ${RUN}`,
			slug: `e2e-old-slug-${RUN}`,
			markdown: 'Moved.',
			published: true
		});
		apiCleanups.push(() => api.request('DELETE', `/api/v1/posts/${post.id}`));
		await api.request('PUT', `/api/v1/blogs/${post.id}`, { slug: `e2e-new-slug-${RUN}` });
		const response = await fetch(`${SITE}/blog/e2e-old-slug-${RUN}`, { redirect: 'manual' });
		assert.equal(response.status, 301);
		assert.equal(response.headers.get('location'), `/blog/e2e-new-slug-${RUN}`);

		// In the browser: the old URL lands on the post under its new one.
		const watched = await sitePage();
		const landed = await open(watched, `/blog/e2e-old-slug-${RUN}`);
		assert.equal(landed.status(), 200);
		assert.equal(watched.page.url(), `${SITE}/blog/e2e-new-slug-${RUN}`);
		assert.equal(await watched.page.locator('article.post h1').innerText(), post.title);
	});

	test('a draft opens with ?preview=TOKEN, with a banner, until the link is revoked', async () => {
		const draft = await api.request('POST', '/api/v1/posts', {
			title: `Draft preview ${RUN}`,
			slug: `e2e-draft-preview-${RUN}`,
			markdown: '## Not public yet\n\nA draft that only a preview link shows.',
			tags: ['e2e']
		});
		apiCleanups.push(() => api.request('DELETE', `/api/v1/posts/${draft.id}`));
		assert.notEqual(draft.status, 'published');
		/** @type {{ token: string; path: string; expires_at: string }} */
		const link = await api.request('POST', `/api/v1/blogs/${draft.id}/preview`);
		assert.equal(link.path, `/blog/${draft.slug}`);
		const previewPath = `${link.path}?preview=${encodeURIComponent(link.token)}`;

		const watched = await sitePage();
		const { page } = watched;
		const response = await open(watched, previewPath);
		assert.equal(response.status(), 200);
		const headers = response.headers();
		assert.match(headers['cache-control'] ?? '', /no-store/);
		assert.equal(headers['x-robots-tag'], 'noindex');
		assert.equal(
			await page.getByTestId('preview-banner').innerText(),
			`Preview — status: ${draft.status}`
		);
		assert.equal(await page.locator('meta[name="robots"]').getAttribute('content'), 'noindex');
		assert.equal(await page.locator('article.post h1').innerText(), draft.title);
		assert.equal(
			await page.locator('[data-testid="post-body"] h2').innerText(),
			'Not public yet'
		);

		// Without the token the draft does not exist; nor with a token that is not one.
		await assertNotFoundPage(link.path);
		await assertNotFoundPage(`${link.path}?preview=not-a-token`);
		// Revoked: the same link is the 404 page.
		await api.request('POST', `/api/v1/blogs/${draft.id}/preview/revoke`);
		await assertNotFoundPage(previewPath);
		// Even refused, a preview URL is never cached or indexed.
		const refused = await fetch(`${SITE}${previewPath}`);
		assert.equal(refused.status, 404);
		assert.match(refused.headers.get('cache-control') ?? '', /no-store/);
		assert.equal(refused.headers.get('x-robots-tag'), 'noindex');
	});

	test('an unpublished marketing page opens with ?preview=TOKEN', async () => {
		const draft = await api.request('POST', '/api/v1/pages', {
			title: `Page preview ${RUN}`,
			slug: `e2e-page-preview-${RUN}`,
			markdown: '## A page in the works'
		});
		apiCleanups.push(() => api.request('DELETE', `/api/v1/admin/pages/${draft.id}`));
		/** @type {{ token: string; path: string }} */
		const link = await api.request('POST', `/api/v1/admin/pages/${draft.id}/preview`);
		assert.equal(link.path, `/${draft.slug}`);

		const watched = await sitePage();
		const response = await open(watched, `${link.path}?preview=${encodeURIComponent(link.token)}`);
		assert.equal(response.status(), 200);
		assert.equal(response.headers()['x-robots-tag'], 'noindex');
		assert.equal(
			await watched.page.getByTestId('preview-banner').innerText(),
			'Preview — status: draft'
		);
		assert.equal(
			await watched.page.locator('[data-testid="page-body"] h2').innerText(),
			'A page in the works'
		);
		await assertNotFoundPage(link.path);
		// A post's preview route does not show a page's token, and the reverse.
		await assertNotFoundPage(`/blog/${draft.slug}?preview=${encodeURIComponent(link.token)}`);
	});

	test(
		'the webhook receiver verifies, deduplicates and records content events',
		{ skip: WEBHOOK_SECRET === '' && 'INKWELL_WEBHOOK_SECRET is not set (scripts/e2e.sh sets it)' },
		async () => {
			const post = await api.request('POST', '/api/v1/posts', {
				title: `Webhook ${RUN}`,
				slug: `e2e-webhook-${RUN}`,
				markdown: 'Announced by a webhook.',
				published: true
			});
			apiCleanups.push(() => api.request('DELETE', `/api/v1/posts/${post.id}`));
			const path = `/blog/${post.slug}`;

			// The API delivers post.published, signed; the site verifies and records it.
			const received = await eventually('the site received post.published', async () =>
				(await receivedWebhooks()).events.find(
					(event) => event.type === 'post.published' && event.path === path
				)
			);
			assert.match(received.id, /^msg_/);
			// ...and the API saw the delivery succeed (the site answered 204).
			const delivery = await eventually('the API recorded the delivery', async () => {
				const list = await api.request(
					'GET',
					`/api/v1/admin/webhooks/${WEBHOOK_ID}/deliveries?per_page=100`
				);
				return list.items.find(
					(/** @type {{ id: string; status: string }} */ item) =>
						`msg_${item.id}` === received.id && item.status === 'succeeded'
				);
			});
			assert.equal(delivery.last_status_code, 204);

			// Forged: a wrong signature, and no signature at all, are refused.
			const body = JSON.stringify({
				type: 'post.deleted',
				timestamp: new Date().toISOString(),
				data: { id: post.id, slug: post.slug, path }
			});
			const forgedId = `msg_forged_${RUN}`;
			const now = String(Math.floor(Date.now() / 1000));
			const forged = await fetch(`${SITE}/api/inkwell-webhook`, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					'webhook-id': forgedId,
					'webhook-timestamp': now,
					'webhook-signature': `v1,${randomBytes(32).toString('base64')}`
				},
				body
			});
			assert.equal(forged.status, 401);
			const unsigned = await fetch(`${SITE}/api/inkwell-webhook`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body
			});
			assert.equal(unsigned.status, 401);
			// Signed with the right secret but replayed from an hour ago: refused too.
			const signer = new Webhook(WEBHOOK_SECRET);
			const old = new Date(Date.now() - 3600_000);
			const replayed = await fetch(`${SITE}/api/inkwell-webhook`, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					'webhook-id': `msg_replayed_${RUN}`,
					'webhook-timestamp': String(Math.floor(old.getTime() / 1000)),
					'webhook-signature': signer.sign(`msg_replayed_${RUN}`, old, body)
				},
				body
			});
			assert.equal(replayed.status, 401);

			// Genuine and sent twice (a retry): accepted both times, recorded once.
			const beforeRetry = await receivedWebhooks();
			const retryId = `msg_retry_${RUN}`;
			const sentAt = new Date();
			for (let attempt = 0; attempt < 2; attempt++) {
				const response = await fetch(`${SITE}/api/inkwell-webhook`, {
					method: 'POST',
					headers: {
						'content-type': 'application/json',
						'webhook-id': retryId,
						'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
						'webhook-signature': signer.sign(retryId, sentAt, body)
					},
					body
				});
				assert.equal(response.status, 204, `attempt ${attempt + 1}`);
			}
			const afterRetry = await receivedWebhooks();
			const ids = afterRetry.events.map((event) => event.id);
			assert.equal(ids.filter((id) => id === retryId).length, 1, 'recorded once');
			assert.equal(afterRetry.duplicates, beforeRetry.duplicates + 1, 'the second one was a duplicate');
			const retried = afterRetry.events.find((event) => event.id === retryId);
			assert.deepEqual(
				{ type: retried?.type, path: retried?.path },
				{ type: 'post.deleted', path }
			);
			for (const refused of [forgedId, `msg_replayed_${RUN}`]) {
				assert.ok(!ids.includes(refused), `${refused} was not recorded`);
			}
		}
	);

	test('no console errors and no failed requests on any site page', async () => {
		for (const asset of ['/favicon.ico', '/favicon.svg']) {
			const response = await fetch(`${SITE}${asset}`);
			assert.equal(response.status, 200, `GET ${asset}`);
		}
		// Close the pages opened so far: that collects their problems.
		for (const close of pageClosers.splice(0)) await close();
		assert.deepEqual(siteProblems, [], `problems on site pages:\n${describeProblems(siteProblems)}`);
	});
});

describe('API documentation', { timeout: 120_000 }, () => {
	test('/docs loads in the browser and lists every operation', async (t) => {
		const openapi = await api.request('GET', '/openapi.json');
		const operations = Object.values(openapi.paths).reduce(
			(count, item) => count + OPERATION_METHODS.filter((method) => method in item).length,
			0
		);
		const watched = await watchedPage(browser);
		try {
			const response = await watched.page.goto(`${API}/docs`, { waitUntil: 'load' });
			assert.equal(response?.status(), 200);
			try {
				await watched.page.locator('.opblock').first().waitFor({ timeout: 30_000 });
			} catch {
				assert.fail(
					`Swagger UI rendered no operations at ${API}/docs. What went wrong on the page ` +
						`(requests off this machine are refused: the docs must work offline):\n` +
						describeProblems(watched.problems)
				);
			}
			assert.equal(await watched.page.locator('.opblock').count(), operations);
			if (watched.problems.length > 0) {
				t.diagnostic(`problems on /docs (not failing the test):\n${describeProblems(watched.problems)}`);
			}
		} finally {
			await watched.close();
		}
	});
});
