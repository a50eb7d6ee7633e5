import { MONTH_ANY } from './timex/lexicon.js';

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

// A run of widget labels at the start of a story sentence ("Get short URL 1211 US-led coalition strikes ...",
// "Print Tweet Views 1430"): a label of several words, a label with its count, or a label followed by another
// one; a lone word stays ("Comments by the minister", "Share prices fell").
const ANY_LABEL = `(?:${WIDGET_LABELS.join('|')})(?![\\w-])`;
const SEVERAL_WORDS = String.raw`(?:views? \d[\d,]*|send in e-?mail|get short url|click the alert icon(?: to follow topics)?|read more|zoom (?:in|out))`;
const WIDGET_RUN = new RegExp(
  String.raw`^(?:\s*(?:${SEVERAL_WORDS}(?:\s+\d[\d,]*)?|${ANY_LABEL}\s+\d[\d,]*|${ANY_LABEL}(?=\s*${ANY_LABEL}))(?![\w-]))+\s*`,
  'i',
);

/** How many characters of page clutter a sentence starts with (0 when it starts with the story). */
export function pageClutterPrefix(sentence: string): number {
  return WIDGET_RUN.exec(sentence)?.[0].length ?? 0;
}

// A caption describes what a picture shows, in the present tense, and dates the picture in full ("People
// inspect the damage at a market hit by air strikes on June 5 2016"); a news sentence that dates its event in
// full tells it in the past.
const PICTURE_VERB =
  /\b(?:(?:is|are) (?:seen|pictured|shown)|inspects?|looks? (?:at|on)|walks?|stands?|gathers?|carr(?:y|ies)|sits?|rides?|attends?|holds?|mourns?|reacts?|waves?|prays?|flees?|checks?|removes?|search(?:es)? for)\b/i;
const FULL_DATE = new RegExp(
  String.raw`\b(?:\d{1,2}\s+${MONTH_ANY}\.?,?\s+(?:19|20)\d\d|${MONTH_ANY}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)\b`,
  'i',
);
const PAST_REPORT = /\b(?:said|says|reported|told|according to)\b/i;

/** A photo or video caption: it describes a picture and dates the picture. */
export function isPhotoCaption(sentence: string): boolean {
  return (
    CAPTION.test(sentence) ||
    (PICTURE_VERB.test(sentence) && FULL_DATE.test(sentence) && !PAST_REPORT.test(sentence))
  );
}

// A picture credit inside a sentence ("... June 6 2015 (Reuters) Two people were killed"): scraped pages run
// the caption and the story's first sentence together; the credit is the seam.
const CREDIT =
  /\((?:Reuters|AP|AFP|EPA|Getty Images|Anadolu(?: Agency)?|SANA|(?:AP|AFP|Reuters|EPA) Photo|Photo:? (?:AP|AFP|Reuters|EPA))\)\s*/g;

// Before a picture credit, "is seen" is the caption's voice even where the caption quotes someone.
const SHOWN = /\b(?:is|are) (?:seen|pictured|shown)\b/i;

/** Where the story resumes after a caption run into it, or 0 when the sentence holds no caption. */
export function captionPrefix(sentence: string): number {
  let end = 0;
  for (const m of sentence.matchAll(CREDIT)) {
    const before = sentence.slice(0, m.index);
    if (m.index > 0 && (isPhotoCaption(before) || SHOWN.test(before))) end = m.index + m[0].length;
  }
  return end < sentence.length ? end : 0;
}
