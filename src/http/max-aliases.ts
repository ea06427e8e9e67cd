import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses operations with more than `max` aliased fields: aliases let one request repeat an
 * expensive field many times over, past what depth and complexity limits see.
 */
export function maxAliases(max: number): ValidationRule {
  return (context) => {
    let aliases = 0;
    return {
      Field(node) {
        if (!node.alias) return;
        aliases += 1;
        if (aliases === max + 1) {
          context.reportError(
            new GraphQLError(`Too many aliases: at most ${max} per operation.`, {
              nodes: [node],
              extensions: { code: 'TOO_MANY_ALIASES' },
            }),
          );
        }
      },
    };
  };
}
