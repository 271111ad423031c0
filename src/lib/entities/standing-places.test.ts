import { describe, expect, it } from 'vitest';
import { SEED_ROOT } from '../../test-support/temp-project.ts';
import { readEntities } from './read-entities.ts';
import { standingPlaces } from './standing-places.ts';

const { entities } = await readEntities(SEED_ROOT);
const near = standingPlaces(entities);

describe('standingPlaces on the seed registry', () => {
  it('relates a capital and its country both ways, by the name or a genitive in the description', () => {
    // "Hauptstadt der Türkei." and "Staat … mit der Hauptstadt Ankara."
    expect(near.get('ankara')).toEqual(['turkey']);
    expect(near.get('turkey')).toEqual(['ankara']);
    // "Hauptstadt Russlands.": the genitive names Russland.
    expect(near.get('moscow')).toEqual(['russia']);
    expect(near.get('washington')).toEqual(['usa']);
    // "Hafenstadt in Saudi-Arabien am Roten Meer."
    expect(near.get('jeddah')).toEqual(['saudi-arabia']);
  });

  it('relates places only: the Kremlin is in Moskau, but no report says "Moskau" for the building', () => {
    expect(entities.find((e) => e.id === 'kremlin')?.description).toContain('Moskau');
    expect(near.get('moscow')).not.toContain('kremlin');
    expect(near.has('kremlin')).toBe(false);
  });

  it('leaves a place whose description names no other place alone', () => {
    // "Stadt in der Schweiz, …": the registry has no Schweiz.
    expect(near.has('geneva')).toBe(false);
  });
});
