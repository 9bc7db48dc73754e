-- Change notifications: the API processes keep published comparisons and signed-in viewers in
-- memory (apps/api/src/cache), and LISTEN on two channels to forget them when the rows they rest on
-- change. Notifying here, at the source, reaches every process whoever writes — this API, a second
-- API process, the CLI, a seed or a hand-written statement — and only when the transaction commits
-- (PostgreSQL also folds repeated identical notifications of one transaction into one).
-- The payload is the changed table's name (a metrics label: the caches forget everything).
--
-- chiso_published: what a published comparison shows. Comparisons read PUBLISHED assessments with
-- their results and result nodes, the criteria version(s) assigned to the group (nodes, code
-- mappings, the set), the period, the units (names, codes, parents, groups), the unit groups and the
-- units' lineage. What does NOT notify, on purpose: entries, evidence, reviews, submissions,
-- approvals and their results (an assessment that is not published is never read), draft criteria
-- versions and their nodes, new units and groups (nothing published names them yet), deadlines,
-- saved comparisons, users and audit rows.
--
-- chiso_viewers: who a credential is (apps/api/src/auth/viewer.ts): a session (signed out,
-- revoked), its user's role, units, deactivation, password or pending password change, a token's
-- revocation. New sessions and a token's last use do not notify.
--
-- The functions' bodies are E'' strings with each semicolon written \073: @prisma/adapter-pg applies
-- a migration by splitting it at every semicolon, even inside a quoted body (comments here avoid
-- semicolons for the same reason).

CREATE FUNCTION "chiso_notify"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM pg_notify(TG_ARGV[0], TG_TABLE_NAME)\073
  RETURN NULL\073
END
';

-- Results and result nodes of published assessments only (statement-level: a cohort's thousands of
-- rows cost one join, not one call per row).
CREATE FUNCTION "chiso_notify_published_results"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF EXISTS (
    SELECT 1 FROM changed_rows c JOIN "Assessment" a ON a."id" = c."assessmentId" WHERE a."status" = ''PUBLISHED''
  ) THEN
    PERFORM pg_notify(''chiso_published'', TG_TABLE_NAME)\073
  END IF\073
  RETURN NULL\073
END
';

-- Criteria nodes of published versions only (a draft's nodes change at every edit in the editor).
CREATE FUNCTION "chiso_notify_published_nodes"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF EXISTS (
    SELECT 1 FROM changed_rows c JOIN "CriteriaVersion" v ON v."id" = c."versionId" WHERE v."status" = ''PUBLISHED''
  ) THEN
    PERFORM pg_notify(''chiso_published'', TG_TABLE_NAME)\073
  END IF\073
  RETURN NULL\073
END
';

-- ─── chiso_published ───────────────────────────────────────────────────────────────────────────

-- Publishing and reopening (status to or from PUBLISHED), or any change to a published assessment.
CREATE TRIGGER "Assessment_published_insert" AFTER INSERT ON "Assessment" FOR EACH ROW
  WHEN (NEW."status" = 'PUBLISHED') EXECUTE FUNCTION "chiso_notify"('chiso_published');
CREATE TRIGGER "Assessment_published_update" AFTER UPDATE ON "Assessment" FOR EACH ROW
  WHEN (OLD."status" = 'PUBLISHED' OR NEW."status" = 'PUBLISHED') EXECUTE FUNCTION "chiso_notify"('chiso_published');
CREATE TRIGGER "Assessment_published_delete" AFTER DELETE ON "Assessment" FOR EACH ROW
  WHEN (OLD."status" = 'PUBLISHED') EXECUTE FUNCTION "chiso_notify"('chiso_published');

-- Recomputed results (ranks, not-submitted) of assessments already published.
CREATE TRIGGER "AssessmentResult_published_insert" AFTER INSERT ON "AssessmentResult"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify_published_results"();
CREATE TRIGGER "AssessmentResult_published_update" AFTER UPDATE ON "AssessmentResult"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify_published_results"();
CREATE TRIGGER "AssessmentResult_published_delete" AFTER DELETE ON "AssessmentResult"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify_published_results"();
CREATE TRIGGER "ResultNode_published_insert" AFTER INSERT ON "ResultNode"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify_published_results"();
CREATE TRIGGER "ResultNode_published_update" AFTER UPDATE ON "ResultNode"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify_published_results"();
CREATE TRIGGER "ResultNode_published_delete" AFTER DELETE ON "ResultNode"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify_published_results"();

-- Criteria: a version published or withdrawn, code mappings (comparisons across versions), a
-- published version's content, its nodes, the set's names.
CREATE TRIGGER "CriteriaVersion_published_update" AFTER UPDATE ON "CriteriaVersion" FOR EACH ROW
  WHEN (
    OLD."status" IS DISTINCT FROM NEW."status"
    OR OLD."codeMapping" IS DISTINCT FROM NEW."codeMapping"
    OR (NEW."status" = 'PUBLISHED' AND (OLD."version" IS DISTINCT FROM NEW."version"
      OR OLD."document" IS DISTINCT FROM NEW."document" OR OLD."maxPoints" IS DISTINCT FROM NEW."maxPoints"))
  ) EXECUTE FUNCTION "chiso_notify"('chiso_published');
CREATE TRIGGER "CriteriaVersion_published_delete" AFTER DELETE ON "CriteriaVersion" FOR EACH ROW
  WHEN (OLD."status" = 'PUBLISHED') EXECUTE FUNCTION "chiso_notify"('chiso_published');
CREATE TRIGGER "CriteriaNode_published_insert" AFTER INSERT ON "CriteriaNode"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify_published_nodes"();
CREATE TRIGGER "CriteriaNode_published_update" AFTER UPDATE ON "CriteriaNode"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify_published_nodes"();
CREATE TRIGGER "CriteriaNode_published_delete" AFTER DELETE ON "CriteriaNode"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify_published_nodes"();
CREATE TRIGGER "CriteriaSet_published" AFTER UPDATE OR DELETE ON "CriteriaSet"
  FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify"('chiso_published');

-- Periods: names and dates shown beside results, publication and reopening of a whole period, which
-- versions a group is assessed on. Deadlines and revisions do not notify.
CREATE TRIGGER "Period_published_update" AFTER UPDATE ON "Period" FOR EACH ROW
  WHEN (
    OLD."code" IS DISTINCT FROM NEW."code" OR OLD."name" IS DISTINCT FROM NEW."name"
    OR OLD."kind" IS DISTINCT FROM NEW."kind" OR OLD."startsOn" IS DISTINCT FROM NEW."startsOn"
    OR OLD."endsOn" IS DISTINCT FROM NEW."endsOn" OR OLD."status" IS DISTINCT FROM NEW."status"
    OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt"
  ) EXECUTE FUNCTION "chiso_notify"('chiso_published');
CREATE TRIGGER "Period_published_delete" AFTER DELETE ON "Period"
  FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify"('chiso_published');
CREATE TRIGGER "PeriodAssignment_published" AFTER INSERT OR UPDATE OR DELETE ON "PeriodAssignment"
  FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify"('chiso_published');

-- Units: renames, codes, the tree, group membership, ends, lineage (reorganisations, renames),
-- groups' names and order. A unit's search name and timestamps do not notify.
CREATE TRIGGER "Unit_published_update" AFTER UPDATE ON "Unit" FOR EACH ROW
  WHEN (
    OLD."code" IS DISTINCT FROM NEW."code" OR OLD."name" IS DISTINCT FROM NEW."name"
    OR OLD."kind" IS DISTINCT FROM NEW."kind" OR OLD."type" IS DISTINCT FROM NEW."type"
    OR OLD."parentId" IS DISTINCT FROM NEW."parentId" OR OLD."groupId" IS DISTINCT FROM NEW."groupId"
    OR OLD."validFrom" IS DISTINCT FROM NEW."validFrom" OR OLD."endedOn" IS DISTINCT FROM NEW."endedOn"
  ) EXECUTE FUNCTION "chiso_notify"('chiso_published');
CREATE TRIGGER "Unit_published_delete" AFTER DELETE ON "Unit"
  FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify"('chiso_published');
CREATE TRIGGER "UnitGroup_published" AFTER UPDATE OR DELETE ON "UnitGroup"
  FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify"('chiso_published');
CREATE TRIGGER "UnitLineageEvent_published" AFTER INSERT OR UPDATE OR DELETE ON "UnitLineageEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify"('chiso_published');
CREATE TRIGGER "UnitLineageLink_published" AFTER INSERT OR UPDATE OR DELETE ON "UnitLineageLink"
  FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify"('chiso_published');

-- ─── chiso_viewers ─────────────────────────────────────────────────────────────────────────────

CREATE TRIGGER "User_viewers_update" AFTER UPDATE ON "User" FOR EACH ROW
  WHEN (
    OLD."role" IS DISTINCT FROM NEW."role" OR OLD."disabledAt" IS DISTINCT FROM NEW."disabledAt"
    OR OLD."mustChangePassword" IS DISTINCT FROM NEW."mustChangePassword"
    OR OLD."passwordHash" IS DISTINCT FROM NEW."passwordHash"
  ) EXECUTE FUNCTION "chiso_notify"('chiso_viewers');
CREATE TRIGGER "User_viewers_delete" AFTER DELETE ON "User" FOR EACH ROW
  EXECUTE FUNCTION "chiso_notify"('chiso_viewers');
CREATE TRIGGER "UserUnit_viewers" AFTER INSERT OR UPDATE OR DELETE ON "UserUnit"
  FOR EACH STATEMENT EXECUTE FUNCTION "chiso_notify"('chiso_viewers');
-- Row-level: a sign-in's sweep of expired sessions that deletes nothing notifies nothing.
CREATE TRIGGER "Session_viewers_update" AFTER UPDATE ON "Session" FOR EACH ROW
  WHEN (
    OLD."expiresAt" IS DISTINCT FROM NEW."expiresAt" OR OLD."userId" IS DISTINCT FROM NEW."userId"
    OR OLD."tokenHash" IS DISTINCT FROM NEW."tokenHash"
  ) EXECUTE FUNCTION "chiso_notify"('chiso_viewers');
CREATE TRIGGER "Session_viewers_delete" AFTER DELETE ON "Session" FOR EACH ROW
  EXECUTE FUNCTION "chiso_notify"('chiso_viewers');
CREATE TRIGGER "ApiToken_viewers_update" AFTER UPDATE ON "ApiToken" FOR EACH ROW
  WHEN (
    OLD."revokedAt" IS DISTINCT FROM NEW."revokedAt" OR OLD."tokenHash" IS DISTINCT FROM NEW."tokenHash"
    OR OLD."createdById" IS DISTINCT FROM NEW."createdById"
  ) EXECUTE FUNCTION "chiso_notify"('chiso_viewers');
CREATE TRIGGER "ApiToken_viewers_delete" AFTER DELETE ON "ApiToken" FOR EACH ROW
  EXECUTE FUNCTION "chiso_notify"('chiso_viewers');
