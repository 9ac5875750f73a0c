import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../../model/event.ts';
import { mergeEventDetails } from './merge-event-details.ts';

function eventOf(id: string, details: Partial<Event>): Event {
  return { id, code: '040', baseCode: '040', rootCode: '04', label: 'consult', quadClass: 1, goldstein: 1, isDateFromPublication: true, modality: 'happened', trigger: { start: 0, end: 1 }, sentence: { start: 0, end: 1 }, ...details } as Event;
}

test('two mentions of one meeting, its sides named in either order, share the date and the place each lacks', () => {
  const first = eventOf('e1', { sourceCode: 'GON', targetCode: 'ROH', placeId: 'p1' });
  const second = eventOf('e2', { sourceCode: 'ROH', targetCode: 'GON', date: '2005-03-08', isDateFromPublication: false });
  const merged = mergeEventDetails([first, second]);
  assert.deepEqual(merged.map((event) => [event.id, event.date, event.isDateFromPublication, event.placeId]), [['e1', '2005-03-08', false, 'p1'], ['e2', '2005-03-08', false, 'p1']]);
});

test('an event with one side, or of another modality, takes nothing from the others and is kept as it is', () => {
  const placed = eventOf('e1', { sourceCode: 'GON', targetCode: 'ROH', placeId: 'p1' });
  const oneSided = eventOf('e2', { sourceCode: 'GON' });
  const planned = eventOf('e3', { sourceCode: 'GON', targetCode: 'ROH', modality: 'planned' });
  const events = [placed, oneSided, planned];
  const merged = mergeEventDetails(events);
  assert.deepEqual(merged, events);
  assert.equal(merged[1], oneSided);
  assert.notEqual(merged, events);
});
