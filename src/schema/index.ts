import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './paper.js';
import './method.js';
import './dataset.js';
import './task.js';
import './repository.js';
import './related.js';
import './author.js';
import './result.js';
import './stats.js';
import './search.js';
import './node.js';
import './papers.js';
import './connections.js';
import './paper-mutations.js';
import './merge-entities.js';

export const schema = lexicographicSortSchema(builder.toSchema());
