// A classic script, listed first in the page's <head>: it runs before the parser reaches anything the policy
// may block, so that even violations raised while the page is parsed are recorded. A module would be
// deferred until after parsing and miss them.
'use strict';

/**
 * Every `securitypolicyviolation` event the page sees, as plain data the test can read through the iframe.
 * @type {Array<{directive: string, blockedURI: string, sourceFile: string, line: number, target: string}>}
 */
window.cspViolations = [];

/** Names what the violation was raised on: the element (with its id) for inline content, else `document`. */
function describeTarget(target) {
  if (target && target.nodeType === 1)
    return target.id ? `${target.localName}#${target.id}` : target.localName;
  return target && target.nodeType === 9 ? 'document' : String(target);
}

// The event is composed and bubbles, so a capturing listener on the document also hears violations raised
// inside shadow roots.
document.addEventListener(
  'securitypolicyviolation',
  (e) => {
    window.cspViolations.push({
      directive: e.effectiveDirective,
      blockedURI: e.blockedURI,
      sourceFile: e.sourceFile,
      line: e.lineNumber,
      target: describeTarget(e.target),
    });
  },
  true,
);
