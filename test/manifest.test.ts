// The element's public contract is written three times: in its code, in its class comment (from which the
// analyzer generates custom-elements.json) and in the README. These tests hold the three to each other.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const elementDir = join(repo, 'src', 'element');
const TAG = 'conflict-timeline';

/** The parts of custom-elements.json (schema 2.x) these tests read. */
interface Named {
  name: string;
}
interface Member extends Named {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
}
interface Declaration extends Named {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: Named[];
  members?: Member[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}
interface Manifest {
  modules: Array<{
    path: string;
    declarations?: Declaration[];
    exports?: Array<Named & { kind: string }>;
  }>;
}

/**
 * Runs the analyzer as the "manifest" script does, on a copy of src/element in a scratch folder. Not in
 * the repository: `--outdir` is taken relative to the working folder (an absolute path too), and the
 * analyzer rewrites the `customElements` field of the package.json it finds there to point at its output.
 */
function generateManifest(scratch: string): Manifest {
  cpSync(elementDir, join(scratch, 'src', 'element'), { recursive: true });
  writeFileSync(join(scratch, 'package.json'), '{ "private": true }\n');
  const cem = join(repo, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
  execFileSync(
    process.execPath,
    [cem, 'analyze', '--litelement', '--globs', 'src/element/**/*.ts', '--outdir', '.', '--quiet'],
    { cwd: scratch, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8')) as Manifest;
}

/** The README's "## Embed" section, where the element is documented (up to the next "## "). */
function embedSection(readme: string): string {
  const start = readme.indexOf('\n## Embed');
  assert.notEqual(start, -1, 'README.md has no "## Embed" section');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** Every `name` in backticks in `text`; `zoom(factor)` counts as `zoom`. */
function backticked(text: string): Set<string> {
  return new Set([...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!.replace(/\(.*$/, '').trim()));
}

/**
 * The names in the README's sentence that starts with `lead` and runs to the next full stop, e.g.
 * "Parts: `base`, `toolbar`." — the README lists parts and custom properties that way.
 */
function listAfter(section: string, lead: RegExp): Set<string> {
  const m = lead.exec(section);
  assert.ok(m, `README's Embed section has no list starting ${lead}`);
  const rest = section.slice(m.index + m[0].length);
  const stop = /\.(\s|$)/.exec(rest);
  return backticked(rest.slice(0, stop ? stop.index : undefined));
}

/** Source files of the element, with subfolders. */
function elementSources(): string[] {
  return (readdirSync(elementDir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(elementDir, f), 'utf8'));
}

const names = (list: Named[] | undefined) => (list ?? []).map((x) => x.name);
const missing = (wanted: Iterable<string>, present: Set<string>) =>
  [...new Set(wanted)].filter((x) => !present.has(x)).sort();

describe('custom-elements.json, the README and the source agree', () => {
  let scratch = '';
  let manifest: Manifest;
  let element: Declaration;
  let section = '';
  let documented = new Set<string>();

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'conflict-timeline-manifest-'));
    manifest = generateManifest(scratch);
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
    assert.equal(elements.length, 1, `expected one custom element, found ${names(elements).join(', ')}`);
    element = elements[0]!;
    section = embedSection(readFileSync(join(repo, 'README.md'), 'utf8'));
    documented = backticked(section);
  });

  after(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('declares the <conflict-timeline> tag', () => {
    const defined = manifest.modules.some((m) =>
      (m.exports ?? []).some((e) => e.kind === 'custom-element-definition' && e.name === TAG),
    );
    assert.ok(
      element.tagName === TAG || defined,
      `custom-elements.json names no tag for ${element.name} (tagName: ${element.tagName ?? 'none'})`,
    );
  });

  it('the README names the tag', () => {
    assert.ok(section.includes(`<${TAG}`), `README's Embed section never shows <${TAG}>`);
  });

  const publicMembers = (kind: Member['kind']) =>
    (element.members ?? [])
      .filter((m) => m.kind === kind && !m.static && !m.name.startsWith('#'))
      .filter((m) => m.privacy === undefined || m.privacy === 'public')
      .map((m) => m.name);

  // What the manifest declares, and where in the README each kind is looked for.
  const table: Array<[string, () => string[], () => Set<string>]> = [
    ['attribute', () => names(element.attributes), () => documented],
    ['property', () => publicMembers('field'), () => documented],
    ['method', () => publicMembers('method'), () => documented],
    ['event', () => names(element.events), () => documented],
    ['CSS part', () => names(element.cssParts), () => listAfter(section, /\bParts:/)],
    [
      'CSS custom property',
      () => names(element.cssProperties),
      () => {
        // "Custom properties (all `--conflict-timeline-*`): `color`, ..." gives them without the prefix.
        const short = listAfter(section, /\bCustom properties\b[^:]*:/);
        return new Set([...documented, ...[...short].map((n) => `--${TAG}-${n}`)]);
      },
    ],
  ];
  for (const [kind, declared, inReadme] of table)
    it(`the README documents every public ${kind} in the manifest`, () => {
      const wanted = declared();
      assert.ok(wanted.length > 0, `the manifest declares no ${kind}`);
      assert.deepEqual(missing(wanted, inReadme()), [], `${kind} in custom-elements.json, not in README.md`);
    });

  it('the README documents every slot in the manifest', () => {
    const slots = names(element.slots);
    const undocumented = slots.filter((name) =>
      // The default slot has no name to quote: the README has to say what it is for, as "slot".
      name === '' ? !/\bslot\b/i.test(section) : !documented.has(name),
    );
    assert.deepEqual(
      undocumented.map((n) => n || '(the default slot)'),
      [],
      'slots in custom-elements.json, not in README.md',
    );
  });

  it('declares every part the element renders or styles (@csspart)', () => {
    const used = elementSources().flatMap((text) =>
      [...text.matchAll(/\bpart~?=\s*(["'])([^"'$]+)\1/g)].flatMap((m) => m[2]!.trim().split(/\s+/)),
    );
    assert.ok(used.length > 0, 'no part="..." found in src/element');
    assert.deepEqual(missing(used, new Set(names(element.cssParts))), [], 'parts with no @csspart');
  });

  it('declares every --conflict-timeline-* custom property the styles read (@cssproperty)', () => {
    const used = elementSources().flatMap((text) =>
      [...text.matchAll(/var\(\s*(--conflict-timeline-[\w-]+)/g)].map((m) => m[1]!),
    );
    assert.ok(used.length > 0, 'no var(--conflict-timeline-...) found in src/element');
    assert.deepEqual(
      missing(used, new Set(names(element.cssProperties))),
      [],
      'custom properties with no @cssproperty',
    );
  });

  it('declares no part or custom property the element does not use', () => {
    const source = elementSources().join('\n');
    const stale = [
      ...names(element.cssParts).filter(
        (p) => !new RegExp(`\\bpart~?=\\s*["'][^"']*\\b${p}\\b`).test(source),
      ),
      ...names(element.cssProperties).filter((p) => !source.includes(`var(${p}`)),
    ];
    assert.deepEqual(stale, [], '@csspart or @cssproperty the element never uses');
  });
});
