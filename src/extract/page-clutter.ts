// Text scraped from news pages carries the page around the story: share widgets ("Send in e-mail"), counters
// ("Views 1430"), prompts ("Click the alert icon to follow topics") and photo captions. None of it reports
// an event, and a caption's date ("a file photo released on May 17, 2015") is the photo's, not the story's.
// Written by hand: readability-style extractors work on HTML; by the time text reaches us only these
// phrasings are left to recognise them by.

const WIDGET_LABELS = [
  'send in e-?mail',
  'e-?mail',
  'print',
  'tweet',
  'share(?: this)?',
  'get short url',
  'short url',
  'click the alert icon',
  'follow(?: us)?',
  'related(?: stories| articles| topics)?',
  'read more',
  'subscribe',
  'advertisement',
  'comments?',
  'views?\\s+\\d+',
  'topic',
  'zoom (?:in|out)',
];
const WIDGET = new RegExp(`^(?:${WIDGET_LABELS.join('|')})`, 'i');

const CAPTION =
  /\b(?:(?:this|a|the)\s+(?:file\s+)?(?:photo|picture|image|still|handout)\b[^.]{0,80}?\b(?:shows?|taken|released|published|provided|distributed)|file photo|handout (?:photo|picture|video|image)|photo credit|\(photo\b|credit:\s*\S+|pictured\b|\((?:AP|AFP|Reuters|Getty)(?: Images)? Photo\))/i;

/** A sentence that belongs to the page, not to the story: a share widget, a counter, a prompt. */
export function isPageClutter(sentence: string): boolean {
  const s = sentence.trim();
  const m = WIDGET.exec(s);
  if (!m) return false;
  const rest = s.slice(m[0].length);
  // A lower-case letter right after the label makes it a longer word ("Printing").
  if (/^[a-z]/.test(rest)) return false;
  // A label of several words is clutter as it stands; a one-word label only when another label, a count or
  // nothing follows ("Print Tweet Views 1430", "e-mailSend"), not a lower-case word ("Share prices fell").
  return /\s/.test(m[0]) || /^\s*(?:$|[A-Z\d(|])/.test(rest);
}

/** A photo or video caption: it describes a picture and dates the picture. */
export function isPhotoCaption(sentence: string): boolean {
  return CAPTION.test(sentence);
}
