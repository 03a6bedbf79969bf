import { describe, expect, it } from 'vitest';
import { pictogramKind } from './pictogram-kind.js';

describe('pictogramKind', () => {
  it('finds a kind from a title, a department or a category, whatever the accents', () => {
    expect(pictogramKind('Reboucher le nid-de-poule', 'travaux')).toBe('road');
    expect(pictogramKind('Éclairage public en panne', 'travaux')).toBe('light');
    expect(pictogramKind('Panneau ou marquage abîmé', 'mobilite')).toBe('signs');
    expect(pictogramKind('Tailler la haie', 'espaces-verts')).toBe('green');
    expect(pictogramKind('Dépôt sauvage', 'Propreté', 'environnement')).toBe('cleanliness');
    expect(pictogramKind('Monter le podium', 'evenements')).toBe('event');
  });

  it('is generic when nothing fits', () => {
    expect(pictogramKind('Réunion', 'secretariat')).toBe('generic');
    expect(pictogramKind()).toBe('generic');
    // Words that merely contain a kind's word do not count.
    expect(pictogramKind('Suite au signalement de l’avaloir qui déborde', 'travaux')).toBe('road');
  });
});
