import { defineEntityType } from './entity-type.js';

export const Task = defineEntityType('Task', 'A research task or problem that papers address.');
