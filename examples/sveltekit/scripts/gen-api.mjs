// Regenerate the typed API client's types from the live OpenAPI document.
//
//   INKWELL_API_URL=http://127.0.0.1:8000 npm run gen:api
//
// Writes src/lib/api/schema.d.ts (imported by src/lib/server/api.ts through openapi-fetch).
// The file is committed so the site type-checks and builds without a running API; the e2e
// script regenerates it from the API under test on every run, so a breaking API change
// fails the type-check instead of reaching production.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const apiUrl = (process.env.INKWELL_API_URL || 'http://127.0.0.1:8000').replace(/\/+$/, '');
const target = fileURLToPath(new URL('../src/lib/api/schema.d.ts', import.meta.url));

const response = await fetch(`${apiUrl}/openapi.json`, { signal: AbortSignal.timeout(15_000) });
if (!response.ok) {
	console.error(`GET ${apiUrl}/openapi.json answered ${response.status}`);
	process.exit(1);
}
/** @type {import('openapi-typescript').OpenAPI3} */
const document = await response.json();
const ast = await openapiTS(document, { alphabetize: false });
const header =
	'// Generated from the Inkwell OpenAPI document by openapi-typescript (npm run gen:api).\n' +
	'// Do not edit by hand: regenerate it against the API instead.\n\n';
await writeFile(target, header + astToString(ast));
console.log(`wrote ${target} from ${apiUrl}/openapi.json (${Object.keys(document.paths ?? {}).length} paths)`);
