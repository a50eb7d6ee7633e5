import { test } from 'node:test';
import { expectAll } from './expect.js';

test('counts, model names, fractions, scores and percentages are not dates', () => {
  expectAll([
    ['The strikes killed at least 26 people, including 12 Islamic State fighters.', '2015-09-18', []],
    ['It is one of 237 targets hit in 131 sorties.', '2015-11-02', []],
    ['Warships fired four cruise missiles.', '2017-05-31', []],
    ['Su-25 jets hit a fortified position.', '2015-11-02', []],
    ['The vote was 2-1 and turnout rose 2015 percent.', '2015-11-02', []],
    ['Prices rose 3.5% and 1/2 of the wells burned.', '2015-11-02', []],
    ['Some 2000 troops and at least 1500 civilians fled.', '2015-11-02', []],
    ['Security Council Resolution 2254 was adopted.', '2015-12-20', []],
    ['Opposition: 1300 killed in the attack on Ghouta.', '2013-08-21', []],
    ['Print Tweet Views 1430 Related stories.', '2016-07-22', []],
    ['The plant earns $500 million a year and runs 24 hours a day.', '1989-10-30', []],
    ['A 6-year-old boy was found.', '2000-01-07', []],
    ['Troops may march on the capital; the sun was out.', '2015-11-02', []],
    ['Baker spoke on ABC News\' "This Week" and on CBS\'s "60 Minutes" about High Noon.', '1990-08-13', []],
  ]);
});
