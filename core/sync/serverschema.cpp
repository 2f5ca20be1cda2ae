// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverschema.h"

namespace trato::ServerSchema {

namespace {

// Row-level security, written once as SQL expressions over the row's columns. The sub-selects
// are uncorrelated, so PostgreSQL evaluates them once per statement (an InitPlan), not per row.
// current_user is the login role: a value the client cannot forge (no session variable is read).
const char *const kRole = "(SELECT trato.my_role())";
const char *const kTeam = "(SELECT trato.my_team())";

QString readRule()
{
    return QStringLiteral("%1 = 'admin' OR (%1 IS NOT NULL AND (shared OR team = %2))")
        .arg(QLatin1String(kRole), QLatin1String(kTeam));
}

// isNew: an insert (insert-only shared entities such as stock movements may be added by anyone).
QString writeRule(bool isNew)
{
    const QString sharedWrite = isNew
        ? QStringLiteral("entity IN (SELECT p.entity FROM trato.entity_policy p WHERE p.insert_only "
                         "OR (p.support_writable AND %1 = 'support'))")
        : QStringLiteral("entity IN (SELECT p.entity FROM trato.entity_policy p WHERE p.support_writable AND %1 = 'support')");
    return QStringLiteral(
               "%1 = 'admin'"
               " OR (%1 = 'manager' AND (shared OR team = %2))"
               " OR (%1 IN ('sales', 'support') AND ("
               "      (shared AND %3)"
               "   OR (NOT shared AND team = %2 AND (owner IS NULL OR owner = current_user"
               "       OR (%1 = 'support' AND entity IN (SELECT p.entity FROM trato.entity_policy p WHERE p.support_writable))))))")
        .arg(QLatin1String(kRole), QLatin1String(kTeam), sharedWrite.arg(QLatin1String(kRole)));
}

QString pushFunction();

QString version1()
{
    QString sql = QStringLiteral(R"SQL(
CREATE TABLE trato.meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- One row per person: their PostgreSQL login role has the same name.
CREATE TABLE trato.app_user (
    name       text PRIMARY KEY,
    role       text NOT NULL CHECK (role IN ('admin', 'manager', 'sales', 'support')),
    team       text NOT NULL CHECK (team <> ''),
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- How each kind of record is shared, written by `server init` from Trato's metadata: the server
-- decides, never the client.
CREATE TABLE trato.entity_policy (
    entity           text PRIMARY KEY,
    shared           boolean NOT NULL DEFAULT false,  -- catalog and settings: everyone reads
    insert_only      boolean NOT NULL DEFAULT false,  -- stock movements: anyone may add, nobody edits
    support_writable boolean NOT NULL DEFAULT false   -- tickets: any support agent of the team works them
);

-- Each synced database ("device") gets a short code: its own invoice number series when issuing offline.
CREATE SEQUENCE trato.device_seq;
CREATE TABLE trato.device (
    code       text PRIMARY KEY,
    site       text NOT NULL,
    user_name  text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site, user_name)
);

-- Every synced record: its fields (data), each field's hybrid logical clock (clocks) and who wrote
-- it (authors). In both, "*" is the default: the clock of every field present in data that has no
-- clock of its own, and the record's first writer. A new record arrives as {"*": clock}, one clock
-- instead of one per field. Stored as json, the client's text as it came: jsonb would parse and
-- rebuild every document on the way in and out, the main cost of a push; the merge reads them as
-- jsonb. txid/seq order the change feed: a row moves to the end of the feed each time it changes.
CREATE SEQUENCE trato.change_seq;
CREATE TABLE trato.rec (
    entity  text NOT NULL,
    id      text NOT NULL,
    data    json NOT NULL,
    clocks  json NOT NULL,
    authors json NOT NULL,
    owner   text,
    team    text,
    shared  boolean NOT NULL DEFAULT false,
    purged  boolean NOT NULL DEFAULT false,
    txid    xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq     bigint NOT NULL DEFAULT nextval('trato.change_seq'),
    PRIMARY KEY (entity, id)
);
CREATE INDEX rec_feed ON trato.rec (txid, seq);

-- Losing values, kept for review, and how they were resolved.
CREATE TABLE trato.conflict (
    id           text PRIMARY KEY DEFAULT gen_random_uuid()::text,
    entity       text NOT NULL,
    record_id    text NOT NULL,
    field        text NOT NULL,
    reason       text NOT NULL CHECK (reason IN ('concurrent', 'denied', 'deleted')),
    winner_value jsonb,
    winner_hlc   text,
    winner_user  text,
    loser_value  jsonb,
    loser_hlc    text,
    loser_user   text,
    at           timestamptz NOT NULL DEFAULT now(),
    team         text,
    shared       boolean NOT NULL DEFAULT false,
    resolution   text CHECK (resolution IN ('kept', 'restored')),
    resolved_by  text,
    resolved_at  timestamptz,
    txid         xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq          bigint NOT NULL DEFAULT nextval('trato.change_seq')
);
CREATE INDEX conflict_feed ON trato.conflict (txid, seq);

-- Push batches already applied, with their result: a retry of the same batch gets the same answer.
CREATE TABLE trato.batch (
    user_name  text NOT NULL DEFAULT current_user,
    device     text NOT NULL,
    batch_no   bigint NOT NULL,
    result     jsonb NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_name, device, batch_no)
);

CREATE FUNCTION trato.my_role() RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT role FROM trato.app_user WHERE name = current_user AND active $$;
CREATE FUNCTION trato.my_team() RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT team FROM trato.app_user WHERE name = current_user AND active $$;
-- The clock of one field: its own, or the record's default "*" when the field is in data.
CREATE FUNCTION trato.clock_of(p_clocks jsonb, p_data jsonb, p_key text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT COALESCE(p_clocks ->> p_key, CASE WHEN p_data ? p_key THEN p_clocks ->> '*' END) $$;
-- Whether a new record's data (the client's compact JSON text) holds the owner the client named
-- beside it, without parsing it (->> on json parses the whole document: it was most of a push's
-- cost). The client writes the owner first: {"owner":"ana",…}. In valid JSON the bytes "owner":
-- can only be a key (inside a string the quote would be escaped), so one such key, at the start,
-- with this value, is the owner. Byte-wise functions only (starts_with, replace, octet_length). A
-- record that does not pass is merged the slow way, where the owner is read from its parsed data.
-- (STABLE, as to_json is: an IMMUTABLE function over a STABLE one would not be inlined.)
CREATE FUNCTION trato.owner_in(p_data json, p_owner text) RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT starts_with(p_data::text, '{"owner":' || COALESCE(to_json(p_owner)::text, 'null') || ',')
             AND octet_length(p_data::text) - octet_length(replace(p_data::text, '"owner":', '')) = 8 $$;
-- The physical milliseconds of an HLC stamp (its first 12 hex digits).
CREATE FUNCTION trato.hlc_ms(stamp text) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ('x' || lpad(substr(stamp, 1, 12), 16, '0'))::bit(64)::bigint $$;

-- Whether a record exists at all, whoever may see it (ids only: no data leaves).
CREATE FUNCTION trato.rec_exists(p_entity text, p_id text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, trato
    AS $$ SELECT EXISTS (SELECT 1 FROM trato.rec WHERE entity = p_entity AND id = p_id) $$;
-- Moves a record to the end of the feed without changing it, so clients that hold a refused
-- change receive the server's version again (or drop the record when they may not see it).
CREATE FUNCTION trato.touch(p_entity text, p_id text) RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, trato
    AS $$ UPDATE trato.rec SET txid = pg_current_xact_id(), seq = nextval('trato.change_seq')
          WHERE entity = p_entity AND id = p_id $$;
-- One page of the change feed after a cursor, every record, with whether the caller may see it:
-- the bound of the page, and the records a client must drop (no longer visible). Reads the login
-- (session_user), not anything the client set.
CREATE FUNCTION trato.feed_page(p_txid xid8, p_seq bigint, p_limit int)
    RETURNS TABLE (entity text, id text, visible boolean, txid xid8, seq bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, trato
    AS $$
    SELECT r.entity, r.id,
           COALESCE((SELECT u.role = 'admin' OR r.shared OR r.team = u.team
                     FROM trato.app_user u WHERE u.name = session_user AND u.active), false),
           r.txid, r.seq
    FROM trato.rec r
    WHERE (r.txid, r.seq) > (p_txid, p_seq) AND r.txid < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY r.txid, r.seq
    LIMIT p_limit $$;
-- The server checks the client's schema version too: an older or newer client is told so
-- before it sends anything.
CREATE FUNCTION trato.hello(p_client_version int) RETURNS int
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE v int := (SELECT value::int FROM trato.meta WHERE key = 'schema_version');
BEGIN
    IF p_client_version IS DISTINCT FROM v THEN
        RAISE EXCEPTION 'this team server speaks schema version %, the client %', v, p_client_version USING ERRCODE = 'TRVER';
    END IF;
    RETURN v;
END $$;
-- A device code for a database (its HLC site) and its user, the same one on every call.
CREATE FUNCTION trato.register_device(p_site text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, trato
    AS $$
DECLARE v_code text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM trato.app_user WHERE name = session_user AND active) THEN
        RAISE EXCEPTION 'user % is not a Trato user of this server', session_user USING ERRCODE = '42501';
    END IF;
    SELECT code INTO v_code FROM trato.device WHERE site = p_site AND user_name = session_user;
    IF v_code IS NULL THEN
        v_code := 'D' || nextval('trato.device_seq');
        INSERT INTO trato.device (code, site, user_name) VALUES (v_code, p_site, session_user);
    END IF;
    RETURN v_code;
END $$;

ALTER TABLE trato.rec ENABLE ROW LEVEL SECURITY;
ALTER TABLE trato.rec FORCE ROW LEVEL SECURITY;
ALTER TABLE trato.conflict ENABLE ROW LEVEL SECURITY;
ALTER TABLE trato.conflict FORCE ROW LEVEL SECURITY;
ALTER TABLE trato.batch ENABLE ROW LEVEL SECURITY;
ALTER TABLE trato.batch FORCE ROW LEVEL SECURITY;
ALTER TABLE trato.device ENABLE ROW LEVEL SECURITY;
ALTER TABLE trato.device FORCE ROW LEVEL SECURITY;
-- The owner role (nobody logs in as it) runs the SECURITY DEFINER helpers above.
CREATE POLICY rec_owner ON trato.rec TO trato_owner USING (true) WITH CHECK (true);
CREATE POLICY conflict_owner ON trato.conflict TO trato_owner USING (true) WITH CHECK (true);
CREATE POLICY batch_owner ON trato.batch TO trato_owner USING (true) WITH CHECK (true);
CREATE POLICY device_owner ON trato.device TO trato_owner USING (true) WITH CHECK (true);
CREATE POLICY rec_read ON trato.rec FOR SELECT TO trato_user USING (%READ%);
CREATE POLICY rec_insert ON trato.rec FOR INSERT TO trato_user WITH CHECK (%WRITE_NEW%);
CREATE POLICY rec_update ON trato.rec FOR UPDATE TO trato_user USING (%WRITE%) WITH CHECK (%WRITE%);
CREATE POLICY conflict_read ON trato.conflict FOR SELECT TO trato_user
    USING (%READ% OR loser_user = current_user OR winner_user = current_user);
CREATE POLICY conflict_insert ON trato.conflict FOR INSERT TO trato_user
    WITH CHECK ((SELECT trato.my_role()) IS NOT NULL);
CREATE POLICY conflict_update ON trato.conflict FOR UPDATE TO trato_user
    USING (%READ% OR loser_user = current_user OR winner_user = current_user);
CREATE POLICY batch_mine ON trato.batch TO trato_user USING (user_name = current_user) WITH CHECK (user_name = current_user);
CREATE POLICY device_mine ON trato.device FOR SELECT TO trato_user USING (user_name = current_user);

GRANT SELECT ON trato.meta, trato.app_user, trato.entity_policy TO trato_user;
GRANT SELECT ON trato.device TO trato_user;
GRANT SELECT, INSERT, UPDATE ON trato.rec, trato.conflict TO trato_user;
GRANT SELECT, INSERT ON trato.batch TO trato_user;
GRANT USAGE ON SEQUENCE trato.change_seq TO trato_user;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA trato TO trato_user;
)SQL");
    sql.replace(QStringLiteral("%READ%"), readRule());
    sql.replace(QStringLiteral("%WRITE_NEW%"), writeRule(true));
    sql.replace(QStringLiteral("%WRITE%"), writeRule(false));
    sql += pushFunction();
    return sql;
}


// The push: applies the rows the client COPied into its session's temporary table trato_push as
// one batch, in the caller's transaction and with the caller's rights (row-level security decides;
// refused rows are reported and kept as conflicts, never silently skipped). Returns the batch's
// result, stored so that a retry of the same (user, device, batch) gets it again untouched.
QString pushFunction()
{
    return QStringLiteral(R"SQL(
CREATE FUNCTION trato.push(p_device text, p_batch bigint, p_tolerance_ms bigint) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, trato
    AS $$
DECLARE
    v_role text;
    v_team text;
    v_result jsonb;
    v_now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    v_max text;
    v_applied bigint := 0;
    v_conflicts bigint := 0;
    v_denied jsonb := '[]'::jsonb;
    v_count bigint;
    v_all_new boolean := false;
    s record;
    r record;
    v_first_author json := json_build_object('*', current_user);
    f record;
    v_inc text; v_base text; v_cur text; v_cur_author text;
    v_data jsonb; v_clocks jsonb; v_authors jsonb;
    v_changed boolean;
    v_pending jsonb;
    v_owner text; v_new_team text;
    v_shared boolean;
    c jsonb;
BEGIN
    SELECT role, team INTO v_role, v_team FROM trato.app_user WHERE name = current_user AND active;
    IF v_role IS NULL THEN
        RAISE EXCEPTION 'user % is not a Trato user of this server (or was removed)', current_user USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM trato.device WHERE code = p_device AND user_name = current_user) THEN
        RAISE EXCEPTION 'device % is not registered for user %', p_device, current_user USING ERRCODE = '42501';
    END IF;
    SELECT b.result INTO v_result FROM trato.batch b
     WHERE b.user_name = current_user AND b.device = p_device AND b.batch_no = p_batch;
    IF FOUND THEN
        RETURN v_result || '{"replay": true}'::jsonb;
    END IF;

    -- Far-future clocks are refused: they would win every later edit. Every field's clock counts.
    -- A new record's clocks are usually just its default, {"*": hlc}: when the text is exactly
    -- that (hlc escaped as JSON), hlc is its only clock, and the clocks need not be parsed (that
    -- parse was a tenth of a push). Any other text is read field by field.
    SELECT max(CASE WHEN t.clocks::text = '{"*":' || to_json(t.hlc)::text || '}' THEN t.hlc
                    ELSE (SELECT max(k.value) FROM json_each_text(t.clocks) k) END)
      INTO v_max FROM pg_temp.trato_push t;
    IF v_max IS NOT NULL AND trato.hlc_ms(v_max) > v_now_ms + p_tolerance_ms THEN
        RAISE EXCEPTION 'clock ahead by % ms', trato.hlc_ms(v_max) - v_now_ms USING ERRCODE = 'TRCLK';
    END IF;

    -- Records new to the server, all at once. A refused one, or one already there (a replayed
    -- upload), aborts only this step: they are then taken one by one below, where refusals are
    -- told apart and existing records merged. (No ON CONFLICT: its speculative insertion costs
    -- every row, for a case that almost never happens.) A record whose owner check fails is left
    -- to the loop too; merging what was just inserted is a no-op.
    BEGIN
        INSERT INTO trato.rec AS x (entity, id, data, clocks, authors, owner, team, shared)
        SELECT t.entity, t.id, t.data, t.clocks, v_first_author,
               t.owner, COALESCE(u.team, v_team), COALESCE(p.shared, false)
          FROM (SELECT n.entity, n.id, n.data, n.clocks, n.owner
                  FROM pg_temp.trato_push n WHERE n.op = 'upsert' AND n.is_new AND trato.owner_in(n.data, n.owner)) t
          LEFT JOIN trato.entity_policy p ON p.entity = t.entity
          LEFT JOIN trato.app_user u ON u.name = t.owner;
        GET DIAGNOSTICS v_count = ROW_COUNT;
        v_applied := v_applied + v_count;
        v_all_new := v_count = (SELECT count(*) FROM pg_temp.trato_push t WHERE t.op = 'upsert' AND t.is_new);
    EXCEPTION WHEN insufficient_privilege OR unique_violation THEN
        v_all_new := false;
    END;

    -- Records in a fixed order and each under a lock for the merge: two pushes of the same record
    -- never interleave, and never wait on each other in a circle.
    FOR s IN SELECT t.ord, t.entity, t.id, t.op, t.is_new, t.data::jsonb AS data, t.clocks::jsonb AS clocks,
                    t.bases::jsonb AS bases, t.hlc
               FROM pg_temp.trato_push t WHERE NOT (v_all_new AND t.op = 'upsert' AND t.is_new)
             ORDER BY t.entity, t.id, t.ord LOOP
        IF s.op = 'resolve' THEN
            UPDATE trato.conflict SET resolution = s.data ->> 'resolution', resolved_by = current_user, resolved_at = now(),
                   txid = pg_current_xact_id(), seq = nextval('trato.change_seq')
             WHERE id = s.id AND resolution IS NULL;
            CONTINUE;
        END IF;

        PERFORM pg_advisory_xact_lock(hashtextextended(s.entity || ':' || s.id, 0));
        SELECT x.data::jsonb AS data, x.clocks::jsonb AS clocks, x.authors::jsonb AS authors, x.owner, x.team, x.shared, x.purged
          INTO r FROM trato.rec x WHERE x.entity = s.entity AND x.id = s.id;
        IF NOT FOUND THEN
            IF trato.rec_exists(s.entity, s.id) THEN
                -- It exists, but this user may not see it.
                INSERT INTO trato.conflict (entity, record_id, field, reason, loser_value, loser_hlc, loser_user, team)
                VALUES (s.entity, s.id, '*', 'denied', s.data, s.hlc, current_user, v_team);
                v_denied := v_denied || jsonb_build_object('entity', s.entity, 'id', s.id, 'drop', true);
                PERFORM trato.touch(s.entity, s.id);
                CONTINUE;
            END IF;
            IF s.op = 'purge' THEN
                CONTINUE;
            END IF;
            SELECT COALESCE((SELECT p.shared FROM trato.entity_policy p WHERE p.entity = s.entity), false) INTO v_shared;
            BEGIN
                INSERT INTO trato.rec (entity, id, data, clocks, authors, owner, team, shared)
                VALUES (s.entity, s.id, s.data::json, s.clocks::json, v_first_author, s.data ->> 'owner',
                        COALESCE((SELECT u.team FROM trato.app_user u WHERE u.name = s.data ->> 'owner'), v_team), v_shared);
                v_applied := v_applied + 1;
            EXCEPTION WHEN insufficient_privilege THEN
                INSERT INTO trato.conflict (entity, record_id, field, reason, loser_value, loser_hlc, loser_user, team)
                VALUES (s.entity, s.id, '*', 'denied', s.data, s.hlc, current_user, v_team);
                v_denied := v_denied || jsonb_build_object('entity', s.entity, 'id', s.id, 'drop', true);
            END;
            CONTINUE;
        END IF;

        IF r.purged THEN
            -- Edits to a record deleted for good elsewhere: kept in conflicts, flagged.
            IF s.op <> 'purge' THEN
                FOR f IN SELECT key, value FROM jsonb_each(s.data) LOOP
                    INSERT INTO trato.conflict (entity, record_id, field, reason, winner_value, winner_hlc, winner_user,
                                                loser_value, loser_hlc, loser_user, team, shared)
                    VALUES (s.entity, s.id, f.key, 'deleted', r.data -> f.key, trato.clock_of(r.clocks, r.data, f.key),
                            COALESCE(r.authors ->> f.key, r.authors ->> '*'), f.value, trato.clock_of(s.clocks, s.data, f.key), current_user,
                            r.team, r.shared);
                    v_conflicts := v_conflicts + 1;
                END LOOP;
            END IF;
            CONTINUE;
        END IF;

        IF s.op = 'purge' THEN
            BEGIN
                UPDATE trato.rec SET purged = true, data = (r.data || '{"deleted": 1}'::jsonb)::json,
                       clocks = (r.clocks || jsonb_build_object('deleted', s.hlc))::json,
                       authors = (r.authors || jsonb_build_object('deleted', current_user))::json,
                       txid = pg_current_xact_id(), seq = nextval('trato.change_seq')
                 WHERE entity = s.entity AND id = s.id;
                GET DIAGNOSTICS v_count = ROW_COUNT;
            EXCEPTION WHEN insufficient_privilege THEN
                v_count := 0;
            END;
            IF v_count = 0 THEN
                INSERT INTO trato.conflict (entity, record_id, field, reason, winner_value, loser_value, loser_hlc, loser_user, team, shared)
                VALUES (s.entity, s.id, 'deleted', 'denied', r.data -> 'deleted', '1'::jsonb, s.hlc, current_user, r.team, r.shared);
                v_denied := v_denied || jsonb_build_object('entity', s.entity, 'id', s.id);
                PERFORM trato.touch(s.entity, s.id);
            ELSE
                v_applied := v_applied + 1;
            END IF;
            CONTINUE;
        END IF;

        -- Per-field last-writer-wins. An edit whose base is the server's current clock follows
        -- it; any other is concurrent, and the losing value is kept in conflicts.
        v_data := r.data; v_clocks := r.clocks; v_authors := r.authors; v_changed := false;
        v_pending := '[]'::jsonb;
        FOR f IN SELECT key, value FROM jsonb_each(s.data) LOOP
            v_inc := trato.clock_of(s.clocks, s.data, f.key);
            v_base := COALESCE(s.bases ->> f.key, s.bases ->> '*');
            v_cur := trato.clock_of(r.clocks, r.data, f.key);
            v_cur_author := COALESCE(r.authors ->> f.key, r.authors ->> '*');
            IF v_inc IS NULL OR v_inc = v_cur THEN
                CONTINUE; -- nothing new (a replayed value)
            END IF;
            IF v_cur IS NULL OR (v_base IS NOT DISTINCT FROM v_cur AND v_inc > v_cur) THEN
                v_data := v_data || jsonb_build_object(f.key, f.value);
                v_clocks := v_clocks || jsonb_build_object(f.key, v_inc);
                v_authors := v_authors || jsonb_build_object(f.key, current_user);
                v_changed := true;
            ELSIF (r.data -> f.key) IS NOT DISTINCT FROM f.value THEN
                IF v_inc > v_cur THEN -- the same value from two places: no conflict, the later clock stays
                    v_clocks := v_clocks || jsonb_build_object(f.key, v_inc);
                    v_changed := true;
                END IF;
            ELSIF v_inc > v_cur THEN
                v_pending := v_pending || jsonb_build_object('field', f.key, 'wv', f.value, 'wh', v_inc, 'wu', current_user,
                                                             'lv', r.data -> f.key, 'lh', v_cur, 'lu', v_cur_author);
                v_data := v_data || jsonb_build_object(f.key, f.value);
                v_clocks := v_clocks || jsonb_build_object(f.key, v_inc);
                v_authors := v_authors || jsonb_build_object(f.key, current_user);
                v_changed := true;
            ELSE
                v_pending := v_pending || jsonb_build_object('field', f.key, 'wv', r.data -> f.key, 'wh', v_cur, 'wu', v_cur_author,
                                                             'lv', f.value, 'lh', v_inc, 'lu', current_user);
            END IF;
        END LOOP;

        v_count := 1;
        v_new_team := r.team;
        IF v_changed THEN
            v_owner := v_data ->> 'owner';
            IF v_owner IS DISTINCT FROM r.owner AND NOT r.shared THEN
                v_new_team := COALESCE((SELECT u.team FROM trato.app_user u WHERE u.name = v_owner), r.team);
            END IF;
            BEGIN
                UPDATE trato.rec SET data = v_data::json, clocks = v_clocks::json, authors = v_authors::json, owner = v_owner, team = v_new_team,
                       txid = pg_current_xact_id(), seq = nextval('trato.change_seq')
                 WHERE entity = s.entity AND id = s.id;
                GET DIAGNOSTICS v_count = ROW_COUNT;
            EXCEPTION WHEN insufficient_privilege THEN
                v_count := 0;
            END;
        END IF;
        IF v_count = 0 THEN
            FOR f IN SELECT key, value FROM jsonb_each(s.data) LOOP
                IF (r.data -> f.key) IS DISTINCT FROM f.value THEN
                    INSERT INTO trato.conflict (entity, record_id, field, reason, winner_value, winner_hlc, winner_user,
                                                loser_value, loser_hlc, loser_user, team, shared)
                    VALUES (s.entity, s.id, f.key, 'denied', r.data -> f.key, trato.clock_of(r.clocks, r.data, f.key),
                            COALESCE(r.authors ->> f.key, r.authors ->> '*'), f.value, trato.clock_of(s.clocks, s.data, f.key), current_user,
                            r.team, r.shared);
                END IF;
            END LOOP;
            v_denied := v_denied || jsonb_build_object('entity', s.entity, 'id', s.id);
            PERFORM trato.touch(s.entity, s.id);
            CONTINUE;
        END IF;
        IF v_changed THEN
            v_applied := v_applied + 1;
        END IF;
        FOR c IN SELECT * FROM jsonb_array_elements(v_pending) LOOP
            INSERT INTO trato.conflict (entity, record_id, field, reason, winner_value, winner_hlc, winner_user,
                                        loser_value, loser_hlc, loser_user, team, shared)
            VALUES (s.entity, s.id, c ->> 'field', 'concurrent', c -> 'wv', c ->> 'wh', c ->> 'wu',
                    c -> 'lv', c ->> 'lh', c ->> 'lu', v_new_team, r.shared);
            v_conflicts := v_conflicts + 1;
        END LOOP;
    END LOOP;

    v_result := jsonb_build_object('applied', v_applied, 'conflicts', v_conflicts, 'denied', v_denied,
                                   'server_ms', v_now_ms);
    INSERT INTO trato.batch (device, batch_no, result) VALUES (p_device, p_batch, v_result);
    RETURN v_result;
END $$;
GRANT EXECUTE ON FUNCTION trato.push(text, bigint, bigint) TO trato_user;
)SQL");
}

} // namespace

int latestVersion()
{
    return 1;
}

QString migrationSql(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1();
    default:
        return {};
    }
}

} // namespace trato::ServerSchema
