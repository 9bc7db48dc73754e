import { graphql } from '../../graphql/graphql.ts';

/**
 * Each issue's code and its message in both languages, where the API words them (password policy,
 * per-row import problems). Spread beside AppErrorFields in the account mutations.
 */
export const IssueTexts = graphql(`
  fragment IssueTexts on AppError @_unmask { issues { path code messages { vi en } } }
`);

/** An issue's message in the console's language, when the API sent both; else its plain message. */
export function issueText(issue: { message: string }, locale: 'vi' | 'en'): string {
  const messages = (issue as { messages?: { vi: string; en: string } | null }).messages;
  return messages?.[locale] ?? issue.message;
}
