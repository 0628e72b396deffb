// Helpers for the end-to-end test: the API as an admin, a browser that only talks to this
// machine, and a record of everything that went wrong on each page.
import { deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

/** @param {string} name @param {string} [fallback] */
export function setting(name, fallback) {
	const value = process.env[name] || fallback;
	if (!value) throw new Error(`${name} must be set (scripts/e2e.sh sets it)`);
	return value.replace(/\/+$/, '');
}

// Flags for a headless Chromium that stays quiet: no GPU, no QUIC, no first-run, no
// background traffic of its own (updates, sync, component downloads).
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Loopback only: the test must not depend on (or send anything to) the internet. */
export function isLocal(/** @type {string} */ url) {
	if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
	try {
		const { hostname } = new URL(url);
		return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
	} catch {
		return false;
	}
}

export async function launchBrowser() {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_ARGS
	});
}

/**
 * @typedef {{ kind: string; url: string; detail: string }} Problem
 * @typedef {{
 *   page: import('playwright-core').Page;
 *   problems: Problem[];
 *   settle: () => Promise<void>;
 *   close: () => Promise<void>;
 * }} WatchedPage
 */

/**
 * A fresh browser context and page that records console errors, uncaught exceptions, failed
 * requests and HTTP error responses. Requests to anything but this machine are refused (and
 * recorded), so a page that needs the internet fails here as it would offline.
 *
 * `settle()` waits until no request has been in flight for a moment (client-side navigations
 * and hover preloads start requests after Playwright's own load states); `close()` settles
 * first, so a request the test would cut off by closing is never counted against the site.
 *
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<WatchedPage>}
 */
export async function watchedPage(browser) {
	const context = await browser.newContext();
	/** @type {Problem[]} */
	const problems = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (isLocal(url)) return route.continue();
		problems.push({ kind: 'blocked external request', url, detail: 'not on this machine' });
		return route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	// Generous: the machine may be busy (two cores, other test suites running beside this one).
	page.setDefaultNavigationTimeout(45_000);
	page.setDefaultTimeout(30_000);
	/** @type {Set<import('playwright-core').Request>} */
	const inFlight = new Set();
	page.on('request', (request) => inFlight.add(request));
	if (process.env.E2E_DEBUG) {
		const started = Date.now();
		/** @param {string} what */
		const log = (what) => console.error(`[${Date.now() - started} ms] ${what}`);
		page.on('request', (request) => log(`request ${request.method()} ${request.url()}`));
		page.on('requestfinished', (request) => log(`finished ${request.url()}`));
		page.on('requestfailed', (request) => log(`FAILED ${request.url()} ${request.failure()?.errorText}`));
		page.on('framenavigated', (frame) => frame === page.mainFrame() && log(`navigated ${frame.url()}`));
	}
	page.on('requestfinished', (request) => inFlight.delete(request));
	page.on('console', (message) => {
		if (message.type() === 'error') {
			problems.push({ kind: 'console error', url: page.url(), detail: message.text() });
		}
	});
	page.on('pageerror', (error) => {
		problems.push({ kind: 'uncaught exception', url: page.url(), detail: String(error) });
	});
	page.on('requestfailed', (request) => {
		inFlight.delete(request);
		const errorText = request.failure()?.errorText ?? 'failed';
		// Chromium sometimes reports a fetch as cancelled (ERR_ABORTED) after its whole response
		// arrived: SvelteKit's __data.json reads during client-side navigation do this now and
		// then (status 200, every byte received, then `loadingFailed: canceled`). The page got
		// its answer, so that is not a failed request. Anything cancelled before a response
		// came, or that failed otherwise, is.
		const response = request.existingResponse();
		if (errorText === 'net::ERR_ABORTED' && response !== null && response.status() < 400) return;
		problems.push({ kind: 'failed request', url: request.url(), detail: errorText });
	});
	page.on('response', (response) => {
		if (response.status() >= 400) {
			problems.push({ kind: `HTTP ${response.status()}`, url: response.url(), detail: '' });
		}
	});
	async function settle(quietMs = 300, timeoutMs = 30_000) {
		const deadline = Date.now() + timeoutMs;
		let quietSince = Date.now();
		while (Date.now() - quietSince < quietMs) {
			if (Date.now() > deadline) {
				const pending = [...inFlight].map((request) => request.url()).join(', ');
				throw new Error(`requests still in flight after ${timeoutMs} ms: ${pending}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 50));
			if (inFlight.size > 0) quietSince = Date.now();
		}
	}
	async function close() {
		try {
			await settle();
		} finally {
			await context.close();
		}
	}
	return { page, problems, settle, close };
}

/** @param {Problem[]} problems */
export function describeProblems(problems) {
	return problems.map((p) => `  ${p.kind}: ${p.url} ${p.detail}`.trimEnd()).join('\n');
}

/** A small Inkwell API client for the test's own setup, with an admin token. */
export class AdminApi {
	/** @param {string} baseUrl */
	constructor(baseUrl) {
		this.baseUrl = baseUrl;
		/** @type {string | null} */
		this.token = null;
	}

	/** @param {string} email @param {string} password */
	async login(email, password) {
		const tokens = await this.request('POST', '/api/v1/auth/login', { email, password });
		this.token = tokens.access_token;
	}

	/**
	 * @param {string} method
	 * @param {string} path
	 * @param {unknown} [body] JSON, or FormData for uploads
	 * @returns {Promise<any>}
	 */
	async request(method, path, body) {
		/** @type {Record<string, string>} */
		const headers = { Accept: 'application/json' };
		if (this.token) headers.Authorization = `Bearer ${this.token}`;
		/** @type {BodyInit | undefined} */
		let payload;
		if (body instanceof FormData) {
			payload = body;
		} else if (body !== undefined) {
			headers['Content-Type'] = 'application/json';
			payload = JSON.stringify(body);
		}
		const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
		const text = await response.text();
		if (!response.ok) {
			throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
		}
		return text ? JSON.parse(text) : null;
	}

	/** Every published post, newest first, as the API lists them. */
	async allPublishedPosts() {
		/** @type {{ slug: string; title: string }[]} */
		const posts = [];
		for (let page = 1; ; page++) {
			const list = await this.request('GET', `/api/v1/posts?page=${page}&per_page=100`);
			posts.push(...list.items);
			if (page >= list.total_pages) return posts;
		}
	}
}

// A PNG encoder small enough to keep the test free of image libraries: RGB, no filtering.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
	let c = 0xffffffff;
	for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** A width × height PNG with a diagonal gradient. @param {number} width @param {number} height */
export function gradientPng(width, height) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, RGB, deflate, no filter, no interlace
	const rows = Buffer.alloc((width * 3 + 1) * height);
	for (let y = 0; y < height; y++) {
		const row = y * (width * 3 + 1);
		for (let x = 0; x < width; x++) {
			const at = row + 1 + x * 3;
			rows[at] = 138;
			rows[at + 1] = Math.round((x / width) * 200);
			rows[at + 2] = Math.round((y / height) * 200);
		}
	}
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows)),
		chunk('IEND', Buffer.alloc(0))
	]);
}
