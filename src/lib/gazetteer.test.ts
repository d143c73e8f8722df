import { describe, expect, it } from 'vitest';
import { citiesMatching } from './gazetteer';

const cities = [
  { id: 'kazan', label: 'Kazan', aliases: ['Казань'] },
  { id: 'nizhny-novgorod', label: 'Nizhny Novgorod', aliases: ['Нижний Новгород'] },
  { id: 'veliky-novgorod', label: 'Veliky Novgorod', aliases: ['Великий Новгород'] },
  { id: 'novosibirsk', label: 'Novosibirsk', aliases: ['Новосибирск'] },
  { id: 'rostov-on-don', label: 'Rostov-on-Don', aliases: ['Ростов-на-Дону'] },
];
const ids = (typed: string) => citiesMatching(cities, typed).map((city) => city.id);

describe('citiesMatching', () => {
  it.each([
    ['kaz', ['kazan']],
    ['каз', ['kazan']],
    ['KAZ', ['kazan']],
    ['nov', ['novosibirsk', 'nizhny-novgorod', 'veliky-novgorod']],
    ['новг', ['nizhny-novgorod', 'veliky-novgorod']],
    ['don', ['rostov-on-don']],
    ['ростов на', ['rostov-on-don']],
    ['', []],
    ['   ', []],
    ['<script>', []],
    ['yakutsk', []],
  ])('%j finds %j', (typed, expected) => {
    expect(ids(typed)).toEqual(expected);
  });

  it('stops at the limit', () => {
    expect(citiesMatching(cities, 'n', 2)).toHaveLength(2);
  });
});
