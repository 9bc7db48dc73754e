import { graphql } from '../../graphql/graphql.ts';

export const AUDIT_LOG = graphql(`
  query AuditLog($userId: ID, $actionPrefix: String, $unitId: ID, $from: DateTime, $to: DateTime, $after: String) {
    auditLog(userId: $userId, actionPrefix: $actionPrefix, unitId: $unitId, from: $from, to: $to, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id at actorKind actorName action entityType entityId before after } }
    }
  }
`);

/** What to filter by: every recorded action. */
export const AUDIT_ACTIONS = graphql(`
  query AuditActions { auditActions }
`);

/** Who to filter by: people found by name or email (deactivated ones too), diacritics ignored. */
export const AUDIT_PEOPLE = graphql(`
  query AuditPeople($search: String!) {
    users(search: $search, includeDeactivated: true, first: 20) { edges { node { id name email } } }
  }
`);
