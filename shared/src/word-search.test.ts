import { describe, expect, it } from 'vitest';
import { filterByWords, matchesWordQuery, parseWordQuery, wordsOf } from './word-search.js';

const titles = [
  'Travaux rue de la Station',
  'Interdiction de stationnement, Grand-Place',
  'Fête à l’Église Saint-Vincent',
  'Rue de Mons 12',
];
const search = (query: string, items = titles) => filterByWords(items, (s) => s, query);

describe('words of a text', () => {
  it('are lower case, without accents, split on anything that is no letter or digit', () => {
    expect(wordsOf('Fête à l’Église Saint-Vincent, n°12')).toEqual(['fete', 'a', 'l', 'eglise', 'saint', 'vincent', 'n', '12']);
    expect(wordsOf('  ')).toEqual([]);
  });
});

describe('what was typed', () => {
  it('keeps the last word open while it is being typed, and closes it after a separator', () => {
    expect(parseWordQuery('rue de la stat')).toEqual({ complete: ['rue', 'de', 'la'], typing: 'stat' });
    expect(parseWordQuery('Station ')).toEqual({ complete: ['station'] });
    expect(parseWordQuery('Église')).toEqual({ complete: [], typing: 'eglise' });
    expect(parseWordQuery('  ')).toEqual({ complete: [] });
  });
});

describe('matching words, not substrings', () => {
  it('does not find "stationnement" for "Station" when an item has the word "station"', () => {
    expect(search('Station')).toEqual(['Travaux rue de la Station']);
    expect(search('station ')).toEqual(['Travaux rue de la Station']);
  });
  it('finds the start of a word while the last word is being typed', () => {
    expect(search('stat')).toEqual(['Travaux rue de la Station', 'Interdiction de stationnement, Grand-Place']);
    expect(search('Stationn')).toEqual(['Interdiction de stationnement, Grand-Place']);
  });
  it('still finds a longer word when no item has the typed word whole', () => {
    expect(search('station', ['Interdiction de stationnement'])).toEqual(['Interdiction de stationnement']);
    // …but a word followed by a space is complete.
    expect(search('station ', ['Interdiction de stationnement'])).toEqual([]);
  });
  it('wants every complete word whole, ignoring accents, case, order and apostrophes', () => {
    expect(search("rue de l'eglise")).toEqual([]);
    expect(search('EGLISE fete')).toEqual(['Fête à l’Église Saint-Vincent']);
    expect(search('eglise sain')).toEqual(['Fête à l’Église Saint-Vincent']);
    expect(search('ru mons')).toEqual([]);
    expect(search('mons ru')).toEqual(['Rue de Mons 12']);
    expect(search('mons 1')).toEqual(['Rue de Mons 12']);
  });
  it('finds everything for an empty query', () => {
    expect(search(' ')).toEqual(titles);
  });
  it('decides the last word on the corpus given, so two views of one list agree', () => {
    const onMap = ['Interdiction de stationnement, Grand-Place'];
    expect(filterByWords(onMap, (s) => s, 'station', titles)).toEqual([]);
    expect(matchesWordQuery(wordsOf(onMap[0]), parseWordQuery('station'), false)).toBe(true);
  });
});
