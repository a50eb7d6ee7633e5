import type { TimelineSource } from '../schema/types.js';

// Shared by every writer of HTML text from timeline data (the no-JS fallback, TimelineJS slides) and by the
// element's source links: one escaping and one rule for which links are safe to make live.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe as HTML text and inside a single- or double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * The URL, normalised, when it is absolute http or https, else `undefined`: a `javascript:` or `data:` link
 * would run or show whatever it holds, and a relative one would point into the page that embeds the
 * timeline.
 */
export function httpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}

/** The outlet's name (with its wire), linked to the article only when its URL is http(s). */
export function sourceHtml(source: TimelineSource | undefined, id: string): string {
  const name = source?.publisher ?? source?.title ?? id;
  const shown = escapeHtml(source?.wire ? `${name} (${source.wire})` : name);
  const href = httpUrl(source?.url);
  return href ? `<a href="${escapeHtml(href)}">${shown}</a>` : shown;
}
