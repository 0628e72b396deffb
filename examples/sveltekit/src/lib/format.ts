// Formatting shared by server and browser. Dates are shown in UTC so the server render and the
// browser's hydration always agree, whatever the visitor's time zone.
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export function formatDate(iso: string): string {
	return dateFormat.format(new Date(iso));
}

const LEADING_H1 = /^\s*<h1(?:\s[^>]*)?>([\s\S]*?)<\/h1>\s*/i;

/**
 * Content written (or generated) as a whole document often opens with its own `<h1>`, which
 * would repeat the title the page already prints. Split it off so the page renders exactly one
 * `<h1>`: the body's own when it has one, else the title. The API has sanitised the HTML.
 */
export function splitLeadingHeading(html: string): { headingHtml: string | null; bodyHtml: string } {
	const match = LEADING_H1.exec(html);
	if (!match) return { headingHtml: null, bodyHtml: html };
	return { headingHtml: match[1] ?? '', bodyHtml: html.slice(match[0].length) };
}
