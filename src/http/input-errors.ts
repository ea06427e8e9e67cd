import { type ASTNode, type DocumentNode, GraphQLError, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** graphql-js's messages for a literal that is not a value of its type (enum, Date, Int...). */
const BAD_VALUE = /does not exist in ".*" enum|^Expected value of type|cannot represent/;

/** The argument (with its input field path, `filter.linkedTo`) that holds a position. */
function argumentAt(document: DocumentNode, offset: number): string | null {
  const path: string[] = [];
  let found: string | null = null;
  const inside = (node: ASTNode) =>
    node.loc !== undefined && node.loc.start <= offset && offset < node.loc.end;
  // Arguments and the input fields inside them name the path to the value.
  const named = {
    enter(node: { name: { value: string } } & ASTNode) {
      if (!inside(node)) return false;
      path.push(node.name.value);
      found = path.join('.');
    },
    leave(node: ASTNode) {
      if (inside(node)) path.pop();
    },
  };
  visit(document, { Argument: named, ObjectField: named });
  return found;
}

/**
 * A literal argument of the wrong value (an unknown enum value, a malformed date) is the
 * client's mistake: BAD_USER_INPUT, with the argument named, as for malformed ids.
 */
export const badInputErrors: Plugin = {
  onValidate: ({ params }) => {
    return ({ result, setResult }) => {
      if (result.length === 0) return;
      setResult(
        result.map((error) => {
          const offset = error.nodes?.[0]?.loc?.start;
          if (!BAD_VALUE.test(error.message) || offset === undefined) return error;
          const argument = argumentAt(params.documentAST, offset);
          const message = argument ? `\`${argument}\`: ${error.message}` : error.message;
          return new GraphQLError(message, {
            nodes: error.nodes,
            extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
          });
        }),
      );
    };
  },
};
