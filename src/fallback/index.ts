export { timelineFallbackHtml, type FallbackHtmlOptions } from './fallback-html.js';
