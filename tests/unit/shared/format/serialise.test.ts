import { describe, expect, it } from 'vitest';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { examples, loaded } from '../../support/fixtures';

const map: JourneyMap = {
  title: 'Keys out of order',
  steps: [{ span: 2, column: 1, title: 'Calls', laneId: 'c', id: 's1', zeta: 1, alpha: { b: 2, a: 1 } } as never],
  lanes: [{ title: 'Customer', kind: 'journey', id: 'c' }],
  stages: [],
  id: 'm',
  envelopeExtras: { savedBy: 'test' },
};

describe('serialise', () => {
  it('writes the envelope, known keys in a fixed order, unknown keys after them by name, 2-space indent and a final newline', () => {
    expect(serialise(map)).toBe(`{
  "format": "outside-in.journey",
  "version": 2,
  "map": {
    "id": "m",
    "title": "Keys out of order",
    "stages": [],
    "lanes": [
      {
        "id": "c",
        "kind": "journey",
        "title": "Customer"
      }
    ],
    "steps": [
      {
        "id": "s1",
        "laneId": "c",
        "title": "Calls",
        "column": 1,
        "span": 2,
        "alpha": {
          "b": 2,
          "a": 1
        },
        "zeta": 1
      }
    ]
  },
  "savedBy": "test"
}
`);
  });

  it.each(examples())('round-trips the example $name to an equal map and then to identical bytes', ({ journey }) => {
    const first = loaded(parse(journey));
    const text = serialise(first);
    expect(loaded(parse(text))).toEqual(first);
    expect(serialise(loaded(parse(text)))).toBe(text);
  });

  it('keeps unknown fields through a save', () => {
    const text = serialise(loaded(parse(serialise(map))));
    expect(JSON.parse(text)).toMatchObject({ savedBy: 'test', map: { steps: [{ zeta: 1, alpha: { a: 1, b: 2 } }] } });
  });
});
