import { test } from 'node:test';
import { expectAll } from './expect.js';

test('parts of periods keep the period as value: mid-2016, late May, early 2017, the end of 1994', () => {
  expectAll([
    ['The siege lasted until mid-2016.', '2017-05-31', [['mid-2016', 'DATE', '2016']]],
    ['Fighting resumed in late May.', '2017-06-20', [['late May', 'DATE', '2017-05']]],
    ['Talks are due in early 2017.', '2016-11-01', [['early 2017', 'DATE', '2017']]],
    ['Debt matures at the end of 1994.', '1989-10-30', [['the end of 1994', 'DATE', '1994']]],
    ['It should be ready by the end of the year.', '1989-10-30', [['the end of the year', 'DATE', '1989']]],
    ['A deal is expected early next year.', '1989-10-27', [['early next year', 'DATE', '1990']]],
  ]);
});

test('decades and centuries', () => {
  expectAll([
    ['Clinics were harassed in the late 1980s.', '1998-10-25', [['the late 1980s', 'DATE', '198']]],
    ['The war began in the 1990s.', '2000-01-01', [['the 1990s', 'DATE', '199']]],
    ['It was built in the 20th century.', '2000-01-01', [['the 20th century', 'DATE', '19']]],
  ]);
});

test('holidays, in the year the tense points to', () => {
  expectAll([
    ['Families gathered on Thanksgiving Day.', '1999-11-30', [['Thanksgiving Day', 'DATE', '1999-11-25']]],
    ['The ceasefire holds through Christmas.', '2016-12-20', [['Christmas', 'DATE', '2016-12-25']]],
    ['They voted on Election Day.', '1998-11-05', [['Election Day', 'DATE', '1998-11-03']]],
    ['Pilgrims arrived for Easter 2016.', '2016-03-20', [['Easter 2016', 'DATE', '2016-03-27']]],
  ]);
});
