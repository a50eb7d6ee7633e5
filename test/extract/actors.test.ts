import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { actorsOf, findActors, partiesOf, reportedByOf, type ActorRole } from '../../src/extract/actors.js';

const names = (sentence: string) => findActors(sentence).map((m) => m.name);
const roleOf = (sentence: string, text: string): ActorRole | undefined =>
  findActors(sentence).find((m) => m.text === text)?.role;

test('each canonical name is recognised under its usual spellings', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['ISIS fighters seized the town', 'Islamic State'],
    ['ISIL militants attacked the base', 'Islamic State'],
    ['IS gunmen stormed the village', 'Islamic State'],
    ['Daesh terrorists shelled the city', 'Islamic State'],
    ['Daish fighters retreated', 'Islamic State'],
    ['jihadists of the IS group attacked', 'Islamic State'],
    ['The Islamic State of Iraq and the Levant claimed the bombing', 'Islamic State'],
    ['Regime forces shelled Douma', 'Syrian government'],
    ['Assad forces advanced on Aleppo', 'Syrian government'],
    ['Government troops retook the hill', 'Syrian government'],
    ['Syrian army jets bombed the town', 'Syrian government'],
    ['Syrian warplanes struck the market', 'Syrian government'],
    ['pro-government militias attacked the village', 'Syrian government'],
    ['The Syrian Arab Army captured the town', 'Syrian government'],
    ['Shabiha gunmen killed three people', 'Syrian government'],
    ['NDF fighters clashed with rebels', 'Syrian government'],
    ['troops loyal to President Bashar al-Assad took the town', 'Syrian government'],
    ['Syrias army said it had advanced', 'Syrian government'],
    ['Russian jets hit the town', 'Russia'],
    ['Moscow denied the report', 'Russia'],
    ['The Russian air force carried out 40 sorties', 'Russia'],
    ['The US-led coalition bombed Raqqa', 'US-led coalition'],
    ['International coalition planes targeted water wells', 'US-led coalition'],
    ['Coalition airstrikes killed 20 people', 'US-led coalition'],
    ['The Pentagon said the strike was lawful', 'United States'],
    ['US jets struck the convoy', 'United States'],
    ['Washington rejected the idea', 'United States'],
    ['Rebels launched an offensive', 'Syrian rebels'],
    ['Opposition fighters shelled the district', 'Syrian rebels'],
    ['The Free Syrian Army took the village', 'Syrian rebels'],
    ['FSA fighters repelled the attack', 'Syrian rebels'],
    ['insurgents captured the checkpoint', 'Syrian rebels'],
    ['Jaish al-Islam fired mortars', 'Jaish al-Islam'],
    ['Ahrar al-Sham fighters attacked', 'Ahrar al-Sham'],
    ['The Nusra Front seized the base', 'Nusra Front'],
    ['Jabhat al-Nusra fighters attacked', 'Nusra Front'],
    ['Jabhat Fateh al-Sham shelled the town', 'Nusra Front'],
    ['Hayat Tahrir al-Sham captured the village', 'Hayat Tahrir al-Sham'],
    ['HTS fighters stormed the post', 'Hayat Tahrir al-Sham'],
    ['Al-Qaeda claimed the attack', 'Al-Qaeda'],
    ['The SDF captured the dam', 'Syrian Democratic Forces'],
    ['Syrian Democratic Forces advanced', 'Syrian Democratic Forces'],
    ['YPG fighters repelled the attack', 'Kurdish YPG'],
    ['Kurdish fighters drove the militants out', 'Kurdish YPG'],
    ['Hezbollah fighters advanced', 'Hezbollah'],
    ['Hizbollah shelled the town', 'Hezbollah'],
    ['Iran sent advisers', 'Iran'],
    ['Turkish jets struck Kurdish positions', 'Turkey'],
    ['The Turkish army shelled the border town', 'Turkey'],
    ['Israeli jets struck a convoy', 'Israel'],
    ['Gunmen killed four soldiers', 'Unidentified armed group'],
    ['A suicide bomber blew himself up', 'Unidentified armed group'],
    ['Unidentified aircraft struck the town', 'Unidentified armed group'],
  ];
  for (const [sentence, name] of cases) assert.ok(names(sentence).includes(name), `${sentence} -> ${name}`);
});

test('words that only look like names are no actors', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['This is the worst attack in months', 'Islamic State'],
    ['He told us the town is empty', 'United States'],
    ['The Syrian National Coalition condemned the strike', 'US-led coalition'],
    ['Four people were killed near the Turkish border', 'Turkey'],
    ['Russian tourists returned home', 'Russia'],
    ['Washington Post reporters visited the camp', 'United States'],
    ['Western leaders discussed regime change', 'Syrian government'],
    ['The Iranian regime denied the report', 'Syrian government'],
    ['Turkeys state-run news agency reported the blast', 'SANA'],
    ['86 dead in suspected Syria chemical attack', 'Syrian government'],
    ['Free Syrian Army fighters attacked', 'Syrian government'],
    ['Germany is governed by a coalition government', 'US-led coalition'],
    ['A coalition of rebel groups called Jaish al-Fatah took the town', 'US-led coalition'],
  ];
  for (const [sentence, name] of cases)
    assert.ok(!names(sentence).includes(name), `${sentence} -/-> ${name}`);
  assert.deepEqual(findActors('MOSCOW -- The weather was mild.'), []);
  assert.deepEqual(actorsOf('WHAT IS GOING ON'), { actors: [], targets: [] });
});

test('the Syrian National Coalition is the political opposition, and so is the opposition at talks', () => {
  assert.deepEqual(names('The Syrian National Coalition condemned the strike'), ['Syrian opposition']);
  assert.ok(
    actorsOf('The talks aim at a deal between the government and the opposition').actors.includes(
      'Syrian opposition',
    ),
  );
});

test('every mention points at its own text in the sentence', () => {
  const sentence =
    'Syrian regime or Russian air strikes on opposition-held Idlib killed 26 people, a monitor said.';
  const mentions = findActors(sentence);
  assert.ok(mentions.length >= 4);
  for (const m of mentions) assert.equal(sentence.slice(m.start, m.end), m.text);
  assert.deepEqual(
    mentions.map((m) => m.start),
    mentions.map((m) => m.start).toSorted((a, b) => a - b),
  );
});

test('the subject of an attack verb acts; its object is the target', () => {
  const cases: ReadonlyArray<readonly [string, string, ActorRole]> = [
    ['ISIS fighters seized the town of Sukhna', 'ISIS', 'actor'],
    ['Rebels advance in north-western Syria', 'Rebels', 'actor'],
    ['The Syrian army backed by allied militia has captured several villages', 'Syrian', 'actor'],
    ['Turkish warplanes killed nine fighters of the Islamic State group', 'Islamic State', 'target'],
    ['Kurdish fighters drove Islamic State from Kobane', 'Islamic State', 'target'],
    ['The army repelled a rebel offensive', 'rebel', 'target'],
    ['A Russian military helicopter was shot down', 'Russian', 'target'],
    ['Militants downed a Syrian jet', 'Syrian', 'target'],
    ['At least 35 ISIS militants were killed in air strikes', 'ISIS', 'target'],
    ['35 IS jihadists killed in clashes with Syria Kurds', 'IS', 'target'],
    ['35 IS jihadists killed in clashes with Syria Kurds', 'Syria Kurds', 'actor'],
  ];
  for (const [sentence, text, role] of cases)
    assert.equal(roleOf(sentence, text), role, `${sentence}: ${text}`);
});

test('the agent of a passive acts, but a supporter or holder named after "by" does not', () => {
  const cases: ReadonlyArray<readonly [string, string, ActorRole]> = [
    ['Eleven children were killed by regime shelling', 'regime', 'actor'],
    ['Six men were executed by Islamic State', 'Islamic State', 'actor'],
    ['The attack was carried out by government forces', 'government', 'actor'],
    ['The town is controlled by the Islamic State group', 'Islamic State', 'target'],
    ['The idea, advocated by Moscow, was rejected', 'Moscow', 'other'],
  ];
  for (const [sentence, text, role] of cases)
    assert.equal(roleOf(sentence, text), role, `${sentence}: ${text}`);
});

test('whoever owns the weapon acts: "Russian air strikes", "regime barrel bombs", "Assad\'s air force"', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['Russian air strikes hit the market', 'Russian'],
    ['Dozens were killed in regime barrel bombs', 'regime'],
    ['Coalition raids destroyed the bridge', 'Coalition'],
    ["Assad's air force would halt flights", "Assad's"],
    ['Syrian troops backed by Russian airstrikes captured Palmyra', 'Russian'],
    ['Russian and Syrian jets pounded the city', 'Russian'],
    ['Russian and Syrian jets pounded the city', 'Syrian'],
  ];
  for (const [sentence, text] of cases) assert.equal(roleOf(sentence, text), 'actor', `${sentence}: ${text}`);
});

test('names after "on", "against" or in "-held" and "positions" are targets, not actors', () => {
  const cases: ReadonlyArray<readonly [string, { actors: string[]; targets: string[] }]> = [
    [
      'US-led strikes on ISIS killed 20 militants',
      { actors: ['US-led coalition'], targets: ['Islamic State'] },
    ],
    [
      'The coalition has intensified its campaign against the Islamic State',
      { actors: ['US-led coalition'], targets: ['Islamic State'] },
    ],
    ['Air strikes hit rebel-held areas of Aleppo', { actors: [], targets: ['Syrian rebels'] }],
    [
      'Russian warships fired cruise missiles at ISIS positions',
      { actors: ['Russia'], targets: ['Islamic State'] },
    ],
    [
      'Russia fires cruise missiles at ISIS targets in Syria',
      { actors: ['Russia'], targets: ['Islamic State'] },
    ],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(actorsOf(sentence), expected, sentence);
  // "on Friday" is a date, not the object of an attack.
  assert.notEqual(roleOf('Regime jets struck the town on Friday Hezbollah said', 'Hezbollah'), 'target');
});

test('who said or reported a thing is its reporter, not an actor', () => {
  const cases: ReadonlyArray<readonly [string, string[]]> = [
    [
      'At least 20 people were killed, the Syrian Observatory for Human Rights said.',
      ['Syrian Observatory for Human Rights'],
    ],
    ['Air strikes kill 12 in Aleppo Monitor', ['Syrian Observatory for Human Rights']],
    ['Ten civilians died according to local activists.', ['activists']],
    ['A bomb killed six people, state news agency SANA reported.', ['SANA']],
    ['"We will not leave," he told Reuters.', ['Reuters']],
    ['Russias defence ministry said the strikes destroyed a bunker.', ['Russian defence ministry']],
    ['The Russian defense ministry said warships fired four cruise missiles.', ['Russian defence ministry']],
    ['Syrian state TV says 22 killed in car bomb', ['Syrian state media']],
    ['The Pentagon said the strike was lawful.', ['United States']],
    ['Syrian army jets carried out 25 air strikes on Palmyra.', []],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(reportedByOf(sentence), expected, sentence);
  assert.deepEqual(actorsOf('The Pentagon said the talks were useful.').actors, []);
});

test('a speaker is also the actor when its own forces act in what it reports', () => {
  const sentence = 'Russia said its jets hit ISIS positions near Palmyra.';
  assert.deepEqual(actorsOf(sentence), { actors: ['Russia'], targets: ['Islamic State'] });
  assert.deepEqual(reportedByOf(sentence), ['Russia']);
  assert.equal(findActors(sentence).find((m) => m.text === 'its')?.role, 'actor');
  // Claiming an attack is acting, not reporting.
  assert.deepEqual(actorsOf('The Islamic State group claimed responsibility for the bombing.').actors, [
    'Islamic State',
  ]);
  // Without a weapon or an attack verb the pronoun does not make the speaker act.
  assert.deepEqual(
    actorsOf('Moscow said it had notified the US beforehand.').actors.includes('Russia'),
    false,
  );
});

test('actorsOf lists acting names first and falls back to a named party when nothing acts', () => {
  assert.deepEqual(actorsOf("The Islamic State group's fighters are dug in around the city."), {
    actors: ['Islamic State'],
    targets: [],
  });
  assert.deepEqual(actorsOf('Hezbollah and Syrian regime forces targeted a funeral with mortars'), {
    actors: ['Hezbollah', 'Syrian government'],
    targets: [],
  });
  // Qualifiers and places are never offered as a fallback actor.
  assert.deepEqual(
    actorsOf('Two civilians were killed in areas covered by a US-Russian-brokered ceasefire').actors,
    [],
  );
  assert.deepEqual(actorsOf('Four people were wounded close to the border with Turkey').actors, []);
  assert.deepEqual(actorsOf('No group was named.'), { actors: [], targets: [] });
});

const seed = (file: string): string => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');

test('the seed articles: who struck whom at Palmyra', () => {
  const s000 = seed('000_fd8fc1e38568568b.txt');
  const s001 = seed('001_dd24de1a538d7227.txt');
  const s002 = seed('002_564830631f986510.txt');
  for (const s of [s000, s001, s002]) assert.ok(s.length > 0);
  const cases: ReadonlyArray<readonly [string, { actors: string[]; targets: string[] }, string[]]> = [
    ['Russian jets hit ISIS in Palmyra', { actors: ['Russia'], targets: ['Islamic State'] }, []],
    [
      "ISIS-held areas around the ancient city of Palmyra have been targeted by Russian jets as part of Moscow's ongoing bombing in Syria.",
      { actors: ['Russia'], targets: ['Islamic State'] },
      [],
    ],
    [
      '"Su-25 jets hit a fortified ISIS position in the Tadmur area of Homs province," said Moscow\'s defence ministry, using the Arabic name for Palmyra.',
      { actors: [], targets: ['Islamic State'] },
      ['Russian defence ministry'],
    ],
    [
      'However Russian planes had also targeted Palmyra on Monday, said the head of the Britain-based Syrian Observatory for Human Rights.',
      { actors: ['Russia'], targets: [] },
      ['Syrian Observatory for Human Rights'],
    ],
    [
      'Syrian Army Carries Out at Least 25 Airstrikes on ISIS-held Palmyra',
      { actors: ['Syrian government'], targets: ['Islamic State'] },
      [],
    ],
    [
      'Syrian army jets carried out at least 25 air strikes on the Islamic State-held city of Palmyra on Friday, a group monitoring the war said, the second intense bombardment in two days of territory held by the militants.',
      { actors: ['Syrian government'], targets: ['Islamic State'] },
      ['Syrian Observatory for Human Rights'],
    ],
    [
      'The air strikes killed at least 26 people, including 12 Islamic State fighters, the British-based Observatory said.',
      { actors: [], targets: ['Islamic State'] },
      ['Syrian Observatory for Human Rights'],
    ],
    [
      "On Thursday, Syrian jets had carried out at least 12 air strikes on Raqqa, Islamic State's de facto capital in the north.",
      { actors: ['Syrian government'], targets: ['Islamic State'] },
      [],
    ],
    [
      'Russia fires cruise missiles at ISIS targets in Syria',
      { actors: ['Russia'], targets: ['Islamic State'] },
      [],
    ],
    [
      "MOSCOW -- Russians warships in the Mediterranean Sea have fired four cruise missiles at the Islamic State of Syria and Iraq (ISIS) group's positions in Syria, the Russian defense ministry said on Wednesday.",
      { actors: ['Russia'], targets: ['Islamic State'] },
      ['Russian defence ministry'],
    ],
    [
      "Syrian troops backed by Russian airstrikes captured Palmyra in March last year and Moscow even flew in one of its best classical musicians to play a triumphant concert at Palmyra's ancient theater.",
      { actors: ['Syrian government', 'Russia'], targets: [] },
      [],
    ],
    [
      'ISIS forces, however, recaptured Palmyra eight months later before Syrian government troops drove them out again in March this year.',
      { actors: ['Islamic State', 'Syrian government'], targets: [] },
      [],
    ],
  ];
  for (const [sentence, expected, reporters] of cases) {
    assert.ok(
      [s000, s001, s002].some((s) => s.includes(sentence)),
      `not in a seed: ${sentence}`,
    );
    assert.deepEqual(actorsOf(sentence), expected, sentence);
    assert.deepEqual(reportedByOf(sentence), reporters, sentence);
  }
});

test('a speech verb belongs to the nearest speaker, not to a name the clause is about', () => {
  const cases: ReadonlyArray<readonly [string, string[], string, ActorRole]> = [
    [
      'Eight fighters died in clashes with the YPG the Observatory said.',
      ['Syrian Observatory for Human Rights'],
      'YPG',
      'actor',
    ],
    [
      'The YPG regained control of the village two days after it was seized by the terrorists said the group.',
      [],
      'terrorists',
      'actor',
    ],
    [
      'According to a source in the province the terrorists fired a rocket shell at the park.',
      [],
      'terrorists',
      'actor',
    ],
    [
      'Russian Foreign Minister Sergei Lavrov accused UN agencies of inaction.',
      ['Russia'],
      'Russian',
      'reporter',
    ],
  ];
  for (const [sentence, reporters, text, role] of cases) {
    assert.deepEqual(reportedByOf(sentence), reporters, sentence);
    assert.equal(roleOf(sentence, text), role, `${sentence}: ${text}`);
  }
});

test('unnamed attackers are an unidentified armed group unless a group is named beside them', () => {
  assert.deepEqual(actorsOf('Terrorist rocket attack targets Aleppo city killing one civilian').actors, [
    'Unidentified armed group',
  ]);
  assert.deepEqual(actorsOf('IS gunmen stormed the village').actors, ['Islamic State']);
  assert.deepEqual(
    actorsOf('The terrorist organisation DAESH claimed responsibility for the attack.').actors,
    ['Islamic State'],
  );
  assert.deepEqual(actorsOf('Unidentified air strike kills at least eight Hezbollah fighters'), {
    actors: ['Unidentified armed group'],
    targets: ['Hezbollah'],
  });
});

test('other states that strike in Syria are named only through their forces or officials', () => {
  assert.deepEqual(actorsOf('Belgian F-16 jets struck the village').actors, ['Belgium']);
  assert.deepEqual(actorsOf('British warplanes hit an Islamic State convoy'), {
    actors: ['United Kingdom'],
    targets: ['Islamic State'],
  });
  assert.deepEqual(names('Refugees crossed the border into Iraq'), []);
});

test('partiesOf names every party at talks or in a deal, but not who only reported it', () => {
  assert.deepEqual(
    partiesOf('Earlier this month Russia, Iran and Turkey agreed to establish safe zones in Syria'),
    ['Russia', 'Iran', 'Turkey'],
  );
  assert.deepEqual(
    partiesOf(
      'However, the White House did open the door on Thursday to possible tactical military talks with Moscow',
    ),
    ['United States', 'Russia'],
  );
  assert.deepEqual(partiesOf('Talks resumed in Geneva, the Syrian Observatory said.'), []);
  assert.deepEqual(partiesOf('Russian-brokered talks began.'), []);
});
