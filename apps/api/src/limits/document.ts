import { formatNumber, problem } from '@chiso/scoring';
import type { FastifyInstance } from 'fastify';
import {
  type ASTNode,
  GraphQLError,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  Source,
  TokenKind,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { AppError, issueAt, validationFailed } from '../errors.ts';

/**
 * What one GraphQL document may ask for, before any of it runs. The depth and cost limits of
 * builder.ts count only the schema's own fields; these count the document itself, so they hold for
 * introspection too (500 aliased `__schema` fields took 6 s and 48 MB before them). The console's
 * largest document has about 600 tokens, 2 aliases and no directives.
 */
const DOCUMENT_LIMITS = { tokens: 5_000, aliases: 30, directives: 20 } as const;

type Limit = keyof typeof DOCUMENT_LIMITS;

const WHAT: Record<Limit, { vi: string; en: string }> = {
  tokens: { vi: 'ký hiệu', en: 'tokens' },
  aliases: { vi: 'bí danh', en: 'aliases' },
  directives: { vi: 'chỉ thị', en: 'directives' },
};

/** `found` is what was counted, or null when counting stopped at the limit. */
function overLimit(limit: Limit, found: number | null): AppError {
  const max = DOCUMENT_LIMITS[limit];
  const figures = (locale: 'vi' | 'en') =>
    found === null
      ? `> ${formatNumber(max, locale)}`
      : `${formatNumber(found, locale)} > ${formatNumber(max, locale)}`;
  return new AppError('LIMIT_EXCEEDED', {
    vi: `Truy vấn có quá nhiều ${WHAT[limit].vi} (${figures('vi')}); hãy chia nhỏ truy vấn.`,
    en: `The operation has too many ${WHAT[limit].en} (${figures('en')}); split it into smaller ones.`,
  });
}

/** Whether a document has more tokens than allowed, reading no further than the limit. */
function tooManyTokens(query: string): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF; count++) {
      if (count >= DOCUMENT_LIMITS.tokens) return true;
    }
  } catch {
    // A syntax error: GraphQL's own parser reports it.
  }
  return false;
}

/**
 * Refuses an over-long document before Apollo parses it (parsing 20,000 aliases took seconds), with
 * LIMIT_EXCEEDED in both languages; GET and POST alike.
 */
export function refuseLongDocuments(app: FastifyInstance): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== '/graphql') return;
    const source = request.method === 'GET' ? request.query : request.body;
    const query = (source as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string' || !tooManyTokens(query)) return;
    const error = overLimit('tokens', null);
    return reply.code(400).send({
      errors: [{ message: error.messages.en, extensions: { code: error.code, messages: error.messages } }],
    });
  });
}

/** Counts what `count` says in an operation, following its fragments (each counted where spread). */
function countIn(context: ValidationContext, root: ASTNode, count: (node: ASTNode) => number): number {
  let total = 0;
  const seen = new Set<string>();
  const walk = (node: ASTNode) => {
    total += count(node);
    if (node.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = context.getFragment(node.name.value);
      if (fragment && !seen.has(fragment.name.value)) {
        seen.add(fragment.name.value);
        walk(fragment);
      }
      return;
    }
    if ('directives' in node) for (const directive of node.directives ?? []) walk(directive);
    if ('selectionSet' in node && node.selectionSet)
      for (const child of node.selectionSet.selections) walk(child);
  };
  walk(root);
  return total;
}

function operationLimit(limit: Limit, count: (node: ASTNode) => number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const found = countIn(context, operation, count);
      if (found <= DOCUMENT_LIMITS[limit]) return;
      // Apollo reports validation errors as GRAPHQL_VALIDATION_FAILED; server.ts's formatError finds the
      // AppError underneath and answers its code and both messages.
      const error = overLimit(limit, found);
      context.reportError(new GraphQLError(error.messages.en, { nodes: [operation], originalError: error }));
    },
  });
}

/** A string literal holding a NUL character (PostgreSQL text cannot); variables are checked in http-errors.ts. */
const noNulInLiterals: ValidationRule = (context) => ({
  StringValue(node) {
    if (!node.value.includes('\u0000')) return;
    const error = validationFailed([issueAt('(document)', problem('NUL_CHARACTER'))], {
      vi: 'Truy vấn chứa ký tự NUL (mã 0), không được phép; hãy xoá ký tự đó rồi gửi lại.',
      en: 'The operation holds a NUL character (code 0), which is not allowed; remove it and send again.',
    });
    context.reportError(new GraphQLError(error.messages.en, { nodes: [node], originalError: error }));
  },
});

/** Validation rules for every operation, introspection included. */
export const documentLimitRules: ValidationRule[] = [
  noNulInLiterals,
  operationLimit('aliases', (node) => (node.kind === Kind.FIELD && node.alias ? 1 : 0)),
  operationLimit('directives', (node) => (node.kind === Kind.DIRECTIVE ? 1 : 0)),
];
