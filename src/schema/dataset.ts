import { defineEntityType } from './entity-type.js';

export const Dataset = defineEntityType(
  'Dataset',
  'A dataset or benchmark that papers train or evaluate on, or introduce.',
);
