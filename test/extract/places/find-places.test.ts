import assert from 'node:assert/strict';
import { test } from 'node:test';
import { choosePlace, findPlaces, type PlaceMention } from '../../../src/extract/places/find-places.js';
import { countryName } from '../../../src/extract/places/gazetteer.js';
import type { EventLocation } from '../../../src/schema/types.js';

function names(text: string): string[] {
  return findPlaces(text).map((m) => m.location.name);
}

function only(text: string): PlaceMention {
  const found = findPlaces(text);
  assert.equal(found.length, 1, `${text}: ${found.map((m) => m.text).join(', ')}`);
  return found[0]!;
}

test('the seeds place their events: Palmyra in Homs, Raqqa, Vienna, the eastern Mediterranean', () => {
  const palmyra = choosePlace(
    findPlaces(
      'ISIS-held areas around the ancient city of Palmyra have been targeted by Russian jets as part of ' +
        "Moscow's ongoing bombing in Syria.",
    ),
  );
  assert.equal(palmyra?.name, 'Palmyra');
  assert.equal(palmyra?.admin1, 'Homs');
  assert.equal(palmyra?.country, 'Syria');
  assert.ok(Math.abs(palmyra!.lat! - 34.56) < 0.02 && Math.abs(palmyra!.lon! - 38.27) < 0.02);

  const raqqa = choosePlace(
    findPlaces('On Thursday, Syrian jets had carried out at least 12 air strikes on Raqqa.'),
  );
  assert.equal(raqqa?.name, 'Raqqa');
  assert.equal(raqqa?.admin1, 'Raqqa');

  const vienna = choosePlace(findPlaces('The latest raids follow diplomatic talks in Vienna on Friday.'));
  assert.equal(vienna?.name, 'Vienna');
  assert.equal(vienna?.country, countryName('AT'));

  const sea = only('Russian warships in the eastern Mediterranean have fired four cruise missiles.');
  assert.equal(sea.level, 'sea');
  assert.equal(sea.location.name, 'eastern Mediterranean');
  assert.equal(sea.location.country, null);
  assert.equal(sea.text, 'eastern Mediterranean');
});

test('mentions carry offsets into the text and stay inside the range asked for', () => {
  const text = 'Shelling hit Douma. Then Harasta was hit. Talks went on in Geneva.';
  for (const m of findPlaces(text)) assert.equal(text.slice(m.start, m.end), m.text);
  const from = text.indexOf('Then');
  const to = text.indexOf('Talks');
  assert.deepEqual(
    findPlaces(text, from, to).map((m) => m.text),
    ['Harasta'],
  );
});

test('spelling variants in running text resolve to one place', () => {
  for (const [sentence, name] of [
    ['Clashes in Deir Ezzor left 10 dead.', 'Deir ez-Zor'],
    ['Clashes in Dayr az Zawr left 10 dead.', 'Deir ez-Zor'],
    ['Clashes in Deir el-Zour left 10 dead.', 'Deir ez-Zor'],
    ['An air strike on Khan Sheikhun killed 70.', 'Khan Sheikhoun'],
    ['An air strike on Khān Shaykhūn killed 70.', 'Khan Sheikhoun'],
    ['Shelling of Duma killed 8.', 'Douma'],
    ['Fighting near al-Raqqa went on.', 'Raqqa'],
    ['A car bomb in Hasakeh killed 16.', 'Hasakah'],
    ['Protests in Deraa spread.', 'Daraa'],
    ['Strikes on Idleb city killed 5.', 'Idlib'],
    ['Rebels entered Lattakia.', 'Latakia'],
    ['A blast in Tartous killed 4.', 'Tartus'],
    ['The IS stronghold of Tabqa fell.', 'Tabqa'],
    ['Rebels shelled Jisr al-Shughour.', 'Jisr al-Shughour'],
  ] as const) {
    assert.equal(only(sentence).location.name, name, sentence);
  }
});

test('governorate phrases name the governorate, not its seat', () => {
  for (const [sentence, text, admin1] of [
    ['Air strikes in Aleppo province killed 12.', 'Aleppo province', 'Aleppo'],
    ['Clashes in the Idlib countryside went on.', 'Idlib countryside', 'Idlib'],
    ['IS attacked in Deir ez-Zor province.', 'Deir ez-Zor province', 'Deir ez-Zor'],
    ['Shelling in the Damascus countryside killed 3.', 'Damascus countryside', 'Rif Dimashq'],
    ['Shelling in rural Damascus killed 3.', 'Damascus', 'Rif Dimashq'],
    ['Shelling in the Damascus suburbs killed 3.', 'Damascus suburbs', 'Rif Dimashq'],
    ['Shelling in Rif Dimashq killed 3.', 'Rif Dimashq', 'Rif Dimashq'],
    ['Rebels advanced in the northern province of Hama.', 'Hama', 'Hama'],
    ['Troops moved into Hasakeh province.', 'Hasakeh province', 'Hasakah'],
  ] as const) {
    const m = only(sentence);
    assert.equal(m.level, 'admin1', sentence);
    assert.equal(m.text, text, sentence);
    assert.equal(m.location.admin1, admin1, sentence);
    assert.equal(m.location.lat, null, sentence);
    assert.equal(m.locative, true, sentence);
  }
  const plural = findPlaces('Fighting raged in Homs and Hama provinces.');
  assert.deepEqual(
    plural.map((m) => [m.level, m.location.admin1]),
    [
      ['admin1', 'Homs'],
      ['admin1', 'Hama'],
    ],
  );
});

test('regions that are not towns resolve to their governorate', () => {
  for (const [sentence, name, admin1] of [
    ['Shelling hit Eastern Ghouta on Sunday.', 'Eastern Ghouta', 'Rif Dimashq'],
    ['Regime forces pounded the Ghouta.', 'Ghouta', 'Rif Dimashq'],
    ['Hezbollah fought in the Qalamoun mountains.', 'Qalamoun', 'Rif Dimashq'],
  ] as const) {
    const m = only(sentence);
    assert.equal(m.level, 'region', sentence);
    assert.equal(m.location.name, name, sentence);
    assert.equal(m.location.admin1, admin1, sentence);
  }
});

test('a name that places something there is locative', () => {
  for (const sentence of [
    'Russian jets hit ISIS in Palmyra.',
    'Fighting continued near Palmyra.',
    'Fighting continued around Palmyra.',
    'Troops stormed the ancient city of Palmyra.',
    'Syrian troops captured Palmyra in March.',
    'Syrian Army Carries Out at Least 25 Airstrikes on ISIS-held Palmyra',
    'An activist from Palmyra said the citadel was hit.',
    'Aleppo bomb blast kills six.',
    'Moscow even flew a musician to Palmyra.',
    'A blast 30 km north of Homs killed two.',
  ]) {
    const located = findPlaces(sentence).filter((m) => m.location.country === 'Syria');
    assert.ok(located.length > 0, sentence);
    for (const m of located) assert.equal(m.locative, true, `${sentence}: ${m.text}`);
  }
  const both = findPlaces('Shelling killed 10 in Homs and Hama on Monday.');
  assert.deepEqual(
    both.map((m) => m.locative),
    [true, true],
  );
});

test('a name used for its government or people is not locative', () => {
  for (const [sentence, name] of [
    ['Moscow said the strikes hit IS targets.', 'Moscow'],
    ['Ankara warned Kurdish fighters to withdraw.', 'Ankara'],
    ['Washington and Ankara agreed on a plan.', 'Washington'],
    ['Washington and Ankara agreed on a plan.', 'Ankara'],
    ['Damascus denied the report.', 'Damascus'],
    ['Damascus has repeatedly denied using chemical weapons.', 'Damascus'],
    ['Russia, a staunch Damascus ally, has provided air cover.', 'Damascus'],
    ['Russia, a staunch Damascus ally, has provided air cover.', 'Russia'],
    ["Su-25 jets hit a position, said Moscow's defence ministry.", 'Moscow'],
    ['The Britain-based Syrian Observatory said 12 died.', countryName('GB')!],
    ['US-backed fighters pushed ahead in northern Syria.', countryName('US')!],
    ['The UN held discussions with Damascus.', 'Damascus'],
  ] as const) {
    const m = findPlaces(sentence).find((x) => x.location.name === name);
    assert.ok(m, `${sentence}: ${name} not found`);
    assert.equal(m.locative, false, `${sentence}: ${name}`);
  }
});

test('demonyms, English words and people are not places', () => {
  for (const sentence of [
    'Russian jets and Syrian troops fought Iraqi and Turkish militias.',
    'Most of the Union leaders said Man is Reading a Split report.',
    'Hamas said Media reports were wrong, Saudi officials added.',
    'Contact Us for more.',
    'President Vladimir Putin spoke to Maria Zakharova.',
    'The wounded were moved, said media activist Yaarab Dali.',
    'Daily Sabah reported the blast.',
  ]) {
    assert.deepEqual(names(sentence), [], sentence);
  }
});

test('a known name inside a longer unknown name is not taken', () => {
  for (const sentence of [
    'Aid entered through the Bab al-Hawa crossing.',
    'Helicopters struck the village of Tal Qarrah.',
    'Rockets hit the Tariq al-Bab district.',
    'A hospital in Kafr Hamra was bombed.',
  ]) {
    assert.deepEqual(
      findPlaces(sentence).filter((m) => m.level === 'locality'),
      [],
      sentence,
    );
  }
});

test('a country keeps its name when the apostrophe of its possessive was lost', () => {
  const m = findPlaces('Syrias civil war began in 2011.')[0]!;
  assert.equal(m.text, 'Syrias');
  assert.equal(m.location.name, 'Syria');
  assert.equal(m.locative, false);
});

function mention(start: number, level: PlaceMention['level'], name: string, locative: boolean): PlaceMention {
  const location: EventLocation = { name, admin1: null, country: null, lat: null, lon: null };
  return { start, end: start + name.length, text: name, level, location, locative };
}

test('choosePlace takes the most specific locative place, earliest first on ties', () => {
  const cases: ReadonlyArray<readonly [string, readonly PlaceMention[], string | null]> = [
    ['empty', [], null],
    [
      'locality over region, admin1, country and sea',
      [
        mention(0, 'sea', 'Mediterranean Sea', true),
        mention(10, 'country', 'Syria', true),
        mention(20, 'admin1', 'Homs province', true),
        mention(30, 'region', 'Eastern Ghouta', true),
        mention(40, 'locality', 'Palmyra', true),
      ],
      'Palmyra',
    ],
    [
      'region over admin1',
      [mention(0, 'admin1', 'Idlib province', true), mention(5, 'region', 'Ghouta', true)],
      'Ghouta',
    ],
    [
      'earliest of two localities',
      [mention(0, 'locality', 'Homs', true), mention(9, 'locality', 'Hama', true)],
      'Homs',
    ],
    [
      'a locative country over a non-locative town',
      [mention(0, 'locality', 'Moscow', false), mention(20, 'country', 'Syria', true)],
      'Syria',
    ],
    [
      'non-locative names when nothing else',
      [mention(0, 'country', 'Russia', false), mention(20, 'locality', 'Damascus', false)],
      'Damascus',
    ],
  ];
  for (const [what, mentions, expected] of cases) {
    assert.equal(choosePlace(mentions)?.name ?? null, expected, what);
  }
});
