-- Hand-written: Prisma's schema language has no triggers or seed rows, so schema.prisma does not
-- describe this migration and `migration:new` diffs are unaffected by it.

-- The audit trail is append-only: rows can be inserted, never changed or removed.
CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();

-- The verdict scale reviewers choose from, in display order.
INSERT INTO "RatingLevel" ("key", "label", "position") VALUES
  ('true', 'True', 1),
  ('mostly-true', 'Mostly true', 2),
  ('misleading', 'Misleading', 3),
  ('false', 'False', 4),
  ('unverifiable', 'Unverifiable', 5)
ON CONFLICT ("key") DO NOTHING;
