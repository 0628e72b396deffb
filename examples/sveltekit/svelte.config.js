import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Svelte 5 runes everywhere; no legacy reactive statements.
		runes: true
	},
	kit: {
		// INKWELL_SITE_BUILD_DIR lets scripts/e2e.sh build beside, not over, a developer's
		// `build/` (which a running `node build` may be serving). Keep it inside this folder:
		// the output's ES modules rely on this package.json's "type": "module".
		adapter: adapter({ out: process.env.INKWELL_SITE_BUILD_DIR || 'build' })
	}
};

export default config;
