import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './paper.js';
import './method.js';
import './dataset.js';
import './task.js';
import './repository.js';

export const schema = lexicographicSortSchema(builder.toSchema());
