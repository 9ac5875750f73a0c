import { actors } from './actors/actors.ts';
import { claims } from './claims/claims.ts';
import { dateline } from './dateline/dateline.ts';
import { dates } from './dates/dates.ts';
import { entities } from './entities/entities.ts';
import { events } from './events/events.ts';
import { places } from './places/places.ts';
import { quantities } from './quantities/quantities.ts';
import { register } from './register/register.ts';
import { segment } from './segment/segment.ts';
import type { Stage } from './stage.ts';
import { topics } from './topics/topics.ts';

/** The pipeline, in order. The list is checked when the analyzer is built. */
export const stages: readonly Stage<unknown>[] = [
  segment,
  dateline,
  entities,
  actors,
  places,
  dates,
  quantities,
  claims,
  events,
  topics,
  register,
];
