-- CreateTable
CREATE TABLE "PublishedChange" (
    "xid" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedChange_pkey" PRIMARY KEY ("xid")
);

-- CreateTable
CREATE TABLE "CohortSnapshot" (
    "key" TEXT NOT NULL,
    "stamp" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CohortSnapshot_pkey" PRIMARY KEY ("key")
);

-- Every transaction that notifies chiso_published also adds its PublishedChange row (once: the
-- transaction id is the key), in the same transaction: a snapshot built by a statement that saw N rows
-- is current exactly while N rows are committed. No row is ever updated, so writers never wait on each
-- other here. Bodies as in 20261204215013_change_notifications (each semicolon written \073).
CREATE FUNCTION "chiso_published_change"() RETURNS void LANGUAGE sql AS E'
  INSERT INTO "PublishedChange" ("xid") VALUES (pg_current_xact_id()::text) ON CONFLICT DO NOTHING
';

CREATE OR REPLACE FUNCTION "chiso_notify"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_ARGV[0] = ''chiso_published'' THEN
    PERFORM "chiso_published_change"()\073
  END IF\073
  PERFORM pg_notify(TG_ARGV[0], TG_TABLE_NAME)\073
  RETURN NULL\073
END
';

CREATE OR REPLACE FUNCTION "chiso_notify_published_results"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF EXISTS (
    SELECT 1 FROM changed_rows c JOIN "Assessment" a ON a."id" = c."assessmentId" WHERE a."status" = ''PUBLISHED''
  ) THEN
    PERFORM "chiso_published_change"()\073
    PERFORM pg_notify(''chiso_published'', TG_TABLE_NAME)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE OR REPLACE FUNCTION "chiso_notify_published_nodes"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF EXISTS (
    SELECT 1 FROM changed_rows c JOIN "CriteriaVersion" v ON v."id" = c."versionId" WHERE v."status" = ''PUBLISHED''
  ) THEN
    PERFORM "chiso_published_change"()\073
    PERFORM pg_notify(''chiso_published'', TG_TABLE_NAME)\073
  END IF\073
  RETURN NULL\073
END
';
