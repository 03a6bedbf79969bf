import { describe, expect, it } from 'vitest';
import { orderToday, placePoint } from './today-order.js';

const at = (lng: number, lat: number) => ({ geometry: { type: 'Point' as const, coordinates: [lng, lat] } });
const HERE = { lat: 50.5806, lng: 4.0689 };

describe('orderToday', () => {
  it('puts the earliest due first (overdue before today), undated last', () => {
    const list = [
      { title: 'sans date' },
      { title: 'midi', dueAt: '2026-12-01T11:00:00Z' },
      { title: 'hier', dueAt: '2026-11-30T09:00:00Z' },
      { title: 'dix heures', dueAt: '2026-12-01T09:00:00Z' },
    ];
    expect(orderToday(list).map((t) => t.title)).toEqual(['hier', 'dix heures', 'midi', 'sans date']);
    expect(list[0].title).toBe('sans date');
  });

  it('orders tasks due at the same time by distance from the phone, when it gave its position', () => {
    const due = '2026-12-01T09:00:00Z';
    const list = [
      { title: 'A loin', dueAt: due, place: at(4.2, 50.6) },
      { title: 'B sans lieu', dueAt: due },
      { title: 'C près', dueAt: due, place: at(4.069, 50.581) },
      { title: 'D plus tard, à côté', dueAt: '2026-12-01T10:00:00Z', place: at(4.0689, 50.5806) },
    ];
    expect(orderToday(list, HERE).map((t) => t.title)).toEqual(['C près', 'A loin', 'B sans lieu', 'D plus tard, à côté']);
    // Without a position: by title among equals.
    expect(orderToday(list).map((t) => t.title)).toEqual(['A loin', 'B sans lieu', 'C près', 'D plus tard, à côté']);
  });

  it('orders undated tasks by distance too', () => {
    const list = [
      { title: 'loin', place: at(4.3, 50.7) },
      { title: 'près', place: at(4.07, 50.58) },
    ];
    expect(orderToday(list, HERE).map((t) => t.title)).toEqual(['près', 'loin']);
  });
});

describe('placePoint', () => {
  it('takes a point, a line’s middle and an area’s mean corner', () => {
    expect(placePoint({ type: 'Point', coordinates: [4, 50] })).toEqual({ lng: 4, lat: 50 });
    expect(
      placePoint({
        type: 'LineString',
        coordinates: [
          [4, 50],
          [4.1, 50.1],
          [4.2, 50.2],
        ],
      }),
    ).toEqual({ lng: 4.1, lat: 50.1 });
    const area = placePoint({
      type: 'Polygon',
      coordinates: [
        [
          [4, 50],
          [4.2, 50],
          [4.2, 50.2],
          [4, 50.2],
          [4, 50],
        ],
      ],
    });
    expect(area?.lng).toBeCloseTo(4.1, 9);
    expect(area?.lat).toBeCloseTo(50.1, 9);
    expect(placePoint(undefined)).toBeUndefined();
  });
});
