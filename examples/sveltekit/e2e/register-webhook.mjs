// Used by scripts/e2e.sh before it starts the site: registers the site's webhook receiver
// (`SITE_URL/api/inkwell-webhook`, every event) with the API as an admin, and prints
// "<webhook id> <whsec_ secret>" on one line, for the script to pass to the site
// (INKWELL_WEBHOOK_SECRET) and to the test. The secret exists only in the create's answer.
import { AdminApi, setting } from './helpers.mjs';

const api = new AdminApi(setting('INKWELL_API_URL'));
await api.login(setting('ADMIN_EMAIL'), process.env.ADMIN_PASSWORD ?? '');
/** @type {{ id: string; secret: string }} */
const hook = await api.request('POST', '/api/v1/admin/webhooks', {
	url: `${setting('SITE_URL')}/api/inkwell-webhook`,
	events: ['*'],
	description: 'reference site (scripts/e2e.sh)'
});
process.stdout.write(`${hook.id} ${hook.secret}\n`);
