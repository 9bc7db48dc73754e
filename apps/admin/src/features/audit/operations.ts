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

/** Who and what to filter by: every account (deactivated ones too) and every recorded action. */
export const AUDIT_CHOICES = graphql(`
  query AuditChoices {
    auditActions
    users(first: 200, includeDeactivated: true) { edges { node { id name email } } }
  }
`);
