import { defineEntityType } from './entity-type.js';

export const Method = defineEntityType(
  'Method',
  'A named method, model, architecture or algorithm that papers propose or use.',
);
