import { defineEntityType } from './entity-type.js';

export const Task = defineEntityType({
  label: 'Task',
  description: 'A research task or problem that papers address.',
  paperField: 'tasks',
  linkField: 'task',
  queryField: 'task',
});
