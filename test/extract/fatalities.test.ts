import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fatalitiesOf, findFatalities } from '../../src/extract/fatalities.js';
import { splitSentences } from '../../src/extract/sentences.js';

interface Expected {
  count: number;
  atLeast?: boolean;
  approximate?: boolean;
  text?: string;
}

function check(sentence: string, want: Expected): void {
  const got = fatalitiesOf(sentence);
  assert.ok(got, `no count in: ${sentence}`);
  assert.equal(got.count, want.count, sentence);
  assert.equal(got.atLeast, want.atLeast ?? false, `atLeast: ${sentence}`);
  assert.equal(got.approximate, want.approximate ?? false, `approximate: ${sentence}`);
  assert.equal(sentence.slice(got.start, got.end), got.text, `offsets: ${sentence}`);
  if (want.text !== undefined) assert.equal(got.text, want.text, sentence);
}

test('the seed sentence counts 26 dead, a lower bound, and not the 12 fighters among them', () => {
  const seed = readFileSync(new URL('../../seeds/001_dd24de1a538d7227.txt', import.meta.url), 'utf8');
  const sentence = splitSentences(seed).find((s) => s.text.includes('killed at least 26'));
  assert.ok(sentence);
  check(sentence.text, { count: 26, atLeast: true, text: 'at least 26' });
  check('at least 26 people were killed, including 12 ISIS fighters', { count: 26, atLeast: true });
  const all = findFatalities('at least 26 people were killed, including 12 ISIS fighters');
  assert.deepEqual(
    all.map((c) => [c.count, c.part]),
    [
      [26, false],
      [12, true],
    ],
  );
});

test('figures are read in digits, with or without thousands separators, and in words', () => {
  for (const [sentence, count] of [
    ['Some 1,200 people were killed in the offensive.', 1200],
    ['1200 people were killed in the offensive.', 1200],
    ['Four people were killed in the attack.', 4],
    ['Twenty-one soldiers were killed in the ambush.', 21],
    ['Twenty one soldiers were killed in the ambush.', 21],
    ['A dozen civilians were killed.', 12],
    ['Two hundred people died in the siege.', 200],
    ['One hundred and fifty people were killed.', 150],
    ['The strike killed one person.', 1],
    ['One civilian was also killed in the air strikes.', 1],
    ['Sixty-two Syrian soldiers were killed.', 62],
  ] as const)
    assert.equal(fatalitiesOf(sentence)?.count, count, sentence);
});

test('the phrasing of war news is read as a death count', () => {
  const cases: [string, Expected][] = [
    ['At least 26 people were killed in the strikes.', { count: 26, atLeast: true, text: 'At least 26' }],
    ['Government air strikes killed 18 civilians on Friday.', { count: 18 }],
    ['Rebels fired rockets into the city, killing 12.', { count: 12 }],
    ['18 killed in air strike on market', { count: 18 }],
    ['Bomb Kills 18 in Damascus Suburb', { count: 18 }],
    ['Thirty Killed in Syrian Strikes on Damascus Suburb Town', { count: 30 }],
    ['The death toll rose to 43 on Sunday.', { count: 43 }],
    ['Three more died in hospital, bringing the toll to 43.', { count: 43 }],
    ['The monitor gave a toll of 43.', { count: 43 }],
    ['The death toll from Tuesday’s attack on the market has risen to 61.', { count: 61 }],
    ['The agency put the death toll at least at 85.', { count: 85, atLeast: true }],
    ['The number of people killed in the strike has risen to 21.', { count: 21 }],
    ['The Observatory said troops had executed 48 people in the village.', { count: 48 }],
    ['48 people executed by government forces', { count: 48 }],
    ['12 dead in Aleppo shelling', { count: 12 }],
    ['The explosion left 7 dead.', { count: 7 }],
    ['A string of bombings left 134 people dead.', { count: 134 }],
    [
      'The heavy fighting claimed the lives of 129 loyalists and 116 rebels including a commander.',
      { count: 245, text: '129 loyalists and 116' },
    ],
    ['The airstrike claimed the lives of three civilians.', { count: 3 }],
    ['Two women and two children were among eight people killed when a barrel bomb hit.', { count: 8 }],
    ['Ten children were among at least 48 people killed in the village.', { count: 48, atLeast: true }],
    ['Monitor: 10 of 48 people executed by regime forces were children', { count: 48 }],
    ['More than 120 people have been killed as troops stepped up attacks.', { count: 120, atLeast: true }],
    ['Over 40 people were killed.', { count: 40, atLeast: true }],
    ['At least seven people died in rebel shelling.', { count: 7, atLeast: true }],
    ['Twenty-one soldiers lost their lives in the ambush.', { count: 21 }],
    ['Rescuers recovered the bodies of 30 villagers.', { count: 30 }],
    ['Activists found 30 bodies in the rubble.', { count: 30 }],
    ['Activists reported the massacre of 40 people in the village.', { count: 40 }],
    ['The Observatory documented the deaths of at least 27 people.', { count: 27, atLeast: true }],
    ['Seven dead 20 wounded in central Damascus blast', { count: 7 }],
    ['The bomb left 7 dead and 20 wounded.', { count: 7 }],
    ['The bombing killed 5 and wounded 20.', { count: 5 }],
    ['Five people had been killed and 18 wounded in rocket attacks.', { count: 5 }],
    ['10 civilians killed 15 injured in rocket attacks on Aleppo', { count: 10 }],
    ['At least 44 killed dozens injured as twin bombing targets Qamishli', { count: 44, atLeast: true }],
    ['Five civilians and two rebels were killed.', { count: 7 }],
    ['Syria air strikes kill 10 children 5 women in Aleppo', { count: 15 }],
    ['Fifteen civilians among them 11 children were killed in a barrel bomb attack.', { count: 15 }],
    ['Sixteen civilians - including three children - were killed on Monday.', { count: 16 }],
    [
      'At least 13 civilians mostly women and children were killed on Saturday.',
      { count: 13, atLeast: true },
    ],
    ['Another 120 soldiers and several dozen Kurdish fighters were also killed.', { count: 120 }],
    ['At least 287 IS fighters among them 26 minors had been killed.', { count: 287, atLeast: true }],
    ['About 30 people were killed.', { count: 30, approximate: true, text: 'About 30' }],
    ['Nearly 50 rebels died.', { count: 50, approximate: true }],
    ['Some 20 people were killed.', { count: 20, approximate: true }],
    ['ISIS has executed around 367 people in the town.', { count: 367, approximate: true }],
    ['The attack killed 26 or more people.', { count: 26, atLeast: true }],
    ['The death toll was estimated between 500 and 1300.', { count: 500, atLeast: true, approximate: true }],
    ['The army said it eliminated over 75 Nusra Front militants.', { count: 75, atLeast: true }],
    ['Militants killed and crucified five civilians in the town.', { count: 5 }],
    ['All five people on board were assumed dead.', { count: 5 }],
    ['The helicopter was shot down, killing all five people on board.', { count: 5 }],
    ['Twin blasts hit the checkpoint claiming 4 martyrs and 13 injured.', { count: 4 }],
    ['The attack, which killed 45 people, was condemned.', { count: 45 }],
    ['Get short URL 113 At least nine people were killed in Damascus', { count: 9, atLeast: true }],
    ['Russia said it had killed 2000 militants in 2016.', { count: 2000 }],
    ['The ministry said that 17 of the 25 people killed were soldiers.', { count: 25 }],
    ['Fighting left about 200 people dead over the weekend.', { count: 200, approximate: true }],
  ];
  for (const [sentence, want] of cases) check(sentence, want);
});

test('subsets of a toll are parts, never added to it', () => {
  for (const [sentence, parts] of [
    ['Among the dead were 20 children and nine women.', [20, 9]],
    ['Of those killed six were children.', [6]],
    ['The Observatory said at least 14 of the dead were rebels.', [14]],
    ['Saturday’s convoy attack killed 126 people including more than 60 children.', [60]],
    ['The toll has risen to 86 30 of them children.', [30]],
    ['Three civilians two women and a man were killed.', [2]],
    ['At least 15 civilians including a woman and two children had been killed.', [2]],
  ] as const) {
    const all = findFatalities(sentence);
    assert.deepEqual(
      all.filter((c) => c.part).map((c) => c.count),
      parts,
      sentence,
    );
  }
  assert.equal(fatalitiesOf('Among the dead were 20 children and nine women.'), undefined);
  assert.equal(fatalitiesOf('Darwish was one of two people killed.')?.count, 2);
});

test('tolls of the whole war are marked cumulative and are not the event’s count', () => {
  for (const sentence of [
    'More than 280000 people have been killed since Syria’s conflict broke out in March 2011.',
    'More than 210000 people have died in the Syrian conflict.',
    'The war in Syria has killed more than 300,000 people.',
    'The conflict has left at least 210000 people dead and displaced half the population.',
    'At least 120 people have been killed since the conflict began.',
    'More than 550 civilians have been killed in the last two months.',
  ]) {
    const all = findFatalities(sentence);
    assert.equal(all.length, 1, sentence);
    assert.equal(all[0]!.cumulative, true, sentence);
    assert.equal(fatalitiesOf(sentence), undefined, sentence);
  }
  assert.equal(fatalitiesOf('More than 120 people have been killed in the past week.')?.count, 120);
  assert.equal(
    fatalitiesOf('A Britain-based war monitor said the strikes had killed 12 people.')?.count,
    12,
    'a "war monitor" is no war-long toll',
  );
});

test('numbers that are not deaths are not death counts', () => {
  for (const sentence of [
    '400 people injured in the blast.',
    'The strike wounded 50 people including 10 children.',
    'At least 30 people were hurt.',
    'Syrian army jets carried out at least 25 air strikes on Palmyra.',
    'Russian jets flew 25 sorties over Idlib.',
    'After 7 years of war the city is in ruins.',
    'Syrian forces dropped 1,000 bombs on Aleppo.',
    'The attack took place on 18 September.',
    'The siege began in 2015.',
    'A 12-year-old boy was among those injured.',
    'The children aged from four to 10 were wounded.',
    '300 people were displaced by the fighting.',
    'Police arrested 12 people.',
    'Rebels freed 30 hostages.',
    'The 4 year conflict has devastated the country.',
    'The four-year conflict has devastated the country.',
    'Talks resumed at 5 a.m. in Geneva.',
    'The attack cost $5 million.',
    'Dozens of people were killed.',
    'Hundreds of civilians have been killed.',
    'No one was killed in the attack.',
    'One of the wounded died later.',
    'The group saved the lives of more than 100000 Syrians.',
    'Twelve air strikes killed the commander.',
    '12 people were killed or wounded.',
    '20 people were killed and wounded in the blast.',
    'The rebels vowed to kill 100 hostages.',
  ])
    assert.deepEqual(findFatalities(sentence), [], sentence);
  assert.deepEqual(
    findFatalities('40 percent of those killed were children.').map((c) => c.count),
    [],
    'a percentage',
  );
});

test('in a sentence with both, the dead are counted and the wounded left out', () => {
  for (const [sentence, counts] of [
    ['Government forces killed 5 rebels and wounded 20.', [5]],
    ['Two people were killed and 15 injured as regime forces attacked.', [2]],
    ['A bomb killed 5 people and injured 32 in the district.', [5]],
    ['At least 20 people were killed and 55 wounded during a suicide bombing.', [20]],
  ] as const)
    assert.deepEqual(
      findFatalities(sentence).map((c) => c.count),
      counts,
      sentence,
    );
});

test('the figure that killed is not the figure killed', () => {
  check('Two suicide bombers killed 12 people.', { count: 12 });
  check('Three air strikes hit the market in Atareb and killed at least 61 people.', {
    count: 61,
    atLeast: true,
  });
  check('Syrian jets carried out 12 air strikes on Raqqa killing 26 people.', { count: 26 });
});

test('counts come in text order with offsets into the sentence', () => {
  const sentence = 'Air raids killed 10 civilians on Monday while six others were killed in barrel bombs.';
  const all = findFatalities(sentence);
  assert.deepEqual(
    all.map((c) => [c.text, c.group]),
    [
      ['10', 0],
      ['six', 1],
    ],
  );
  for (const c of all) assert.equal(sentence.slice(c.start, c.end), c.text);
  assert.equal(fatalitiesOf(sentence)?.count, 10);
});

test('a sentence without a death phrase is passed over', () => {
  assert.deepEqual(findFatalities(''), []);
  assert.equal(
    fatalitiesOf('The Syrian Observatory for Human Rights said it was a sustained bombardment.'),
    undefined,
  );
});
