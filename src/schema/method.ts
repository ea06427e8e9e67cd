import { defineEntityType } from './entity-type.js';

export const Method = defineEntityType({
  label: 'Method',
  description: 'A named method, model, architecture or algorithm that papers propose or use.',
  paperField: 'methods',
  linkField: 'method',
  roles: '`proposed` or `used`',
  queryField: 'method',
});
