import { defineEntityType } from './entity-type.js';

export const Dataset = defineEntityType({
  label: 'Dataset',
  description: 'A dataset or benchmark that papers train or evaluate on, or introduce.',
  paperField: 'datasets',
  linkField: 'dataset',
  roles: '`used` or `introduced`',
  queryField: 'dataset',
});
