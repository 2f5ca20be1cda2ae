// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemabuilder.h"

#include "database.h"
#include "recordrules.h"
#include "sqlite.h"
#include "../metadata/value.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>

namespace trato {

using Sql::ident;
using Sql::literal;

namespace {

const QString kMs = QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");

// Fields whose changes are logged: everything users can see or change, plus owner and deleted.
// Timestamps and ids are not: the log row itself says who and when.
QList<const Field *> loggedFields(const Entity &e)
{
    QList<const Field *> out;
    for (const auto &f : e.fields) {
        if (f.system && f.name != QLatin1String("owner") && f.name != QLatin1String("deleted"))
            continue;
        if (f.derived) // computed again by every copy of the database from what it is derived from
            continue;
        out << &f;
    }
    return out;
}

QString joinColumns(const QStringList &cols, const QString &prefix = QString())
{
    QStringList out;
    for (const auto &c : cols)
        out << prefix + ident(c);
    return out.join(QStringLiteral(", "));
}

QSet<QString> existingColumns(const QSqlDatabase &conn, const QString &table)
{
    QSet<QString> cols;
    QSqlQuery q(conn);
    q.exec(QStringLiteral("SELECT name FROM pragma_table_xinfo(%1)").arg(literal(table)));
    while (q.next())
        cols.insert(q.value(0).toString());
    return cols;
}

} // namespace

bool SchemaBuilder::hasSortKey(const Field &f)
{
    if (!f.indexed)
        return false;
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Url:
        return true;
    default:
        return false;
    }
}

QString SchemaBuilder::sortKeyColumn(const QString &field)
{
    return field + QStringLiteral("__sort");
}

namespace {
// Folds one set of accented letters to their base letter, in SQL. SQLite's parser allows ~30
// nested calls, so sortKeyUpdateSql folds in two statements: capitals first, then small letters.
QString foldSql(const QString &column, bool capitals)
{
    QString expr = ident(column);
    for (const auto &f : Value::accentFolds(capitals))
        expr = QStringLiteral("replace(%1, '%2', '%3')").arg(expr, QString(f.from), QString(f.to));
    return expr;
}
} // namespace

QStringList SchemaBuilder::sortKeyUpdateSql(const QString &table, const QString &field, const QString &rowFilter)
{
    const QString key = ident(sortKeyColumn(field));
    return {QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4").arg(ident(table), key, foldSql(field, true), rowFilter),
            QStringLiteral("UPDATE %1 SET %2 = lower(%3) WHERE %4")
                .arg(ident(table), key, foldSql(sortKeyColumn(field), false), rowFilter)};
}

SchemaBuilder::SchemaBuilder(Database &db)
    : m_db(db)
{
}

QString SchemaBuilder::emailKeySql(const QString &column)
{
    return QStringLiteral("lower(%1)").arg(ident(column));
}

QString SchemaBuilder::phoneDigitsSql(const QString &column)
{
    // The characters people format phone numbers with; what remains is (nearly always) digits.
    QString expr = ident(column);
    for (const char *c : {" ", "-", ".", "(", ")", "+", "/"})
        expr = QStringLiteral("replace(%1, '%2', '')").arg(expr, QLatin1String(c));
    return expr;
}

QString SchemaBuilder::nowSql()
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
}

QString SchemaBuilder::uuid7Sql()
{
    // Plain concatenation: QString::arg() would take printf's "%01" for a placeholder.
    return QStringLiteral("lower(printf('%08x-%04x-7%s-%x%s-%s', (") + kMs + QStringLiteral(" >> 16), (") + kMs
        + QStringLiteral(" & 65535), substr(hex(randomblob(2)), 2, 3), 8 + (abs(random()) % 4), "
                         "substr(hex(randomblob(2)), 2, 3), hex(randomblob(6))))");
}

QString SchemaBuilder::fallbackHlcSql()
{
    return QStringLiteral("printf('%012x0000-ext', ") + kMs + QLatin1Char(')');
}

QString SchemaBuilder::columnSql(const Field &f, bool forAlter)
{
    QString sql = ident(f.name) + QLatin1Char(' ') + f.sqlType();
    if (f.sqlType() == QLatin1String("TEXT") && f.type != FieldType::Relation)
        sql += QStringLiteral(" COLLATE NOCASE"); // case-insensitive sort and lookup (emails, names)
    if (!f.defaultValue.isEmpty()) {
        sql += QStringLiteral(" DEFAULT ")
            + (f.sqlType() == QLatin1String("TEXT") ? literal(f.defaultValue) : QString::number(f.defaultValue.toLongLong()));
    }
    // Built-in relations are foreign keys (deferred, so a sync can apply rows in any order within a
    // transaction). ALTER TABLE cannot later drop a column under a foreign key, so custom relation
    // fields are plain ids checked by the store.
    if (f.type == FieldType::Relation && !f.custom && !forAlter) {
        sql += QStringLiteral(" REFERENCES %1(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED")
                   .arg(ident(f.relationTarget));
    }
    return sql;
}

QString SchemaBuilder::sortKeyColumnSql(const Field &f)
{
    return ident(sortKeyColumn(f.name)) + QStringLiteral(" TEXT COLLATE NOCASE");
}

QString SchemaBuilder::createTableSql(const Entity &e)
{
    QStringList cols;
    cols << QStringLiteral("rid INTEGER PRIMARY KEY"); // stable rowid: the FTS index points at it
    cols << QStringLiteral("id TEXT NOT NULL UNIQUE DEFAULT (%1)").arg(uuid7Sql());
    for (const auto &f : e.fields) {
        if (f.name == QLatin1String("id"))
            continue;
        if (f.name == QLatin1String("created_at") || f.name == QLatin1String("updated_at"))
            cols << ident(f.name) + QStringLiteral(" TEXT NOT NULL DEFAULT (%1)").arg(nowSql());
        else if (f.name == QLatin1String("deleted"))
            cols << QStringLiteral("deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))");
        else
            cols << columnSql(f, false);
    }
    for (const auto &f : e.fields)
        if (hasSortKey(f))
            cols << sortKeyColumnSql(f);
    return QStringLiteral("CREATE TABLE %1 (\n    %2\n)").arg(ident(e.name), cols.join(QStringLiteral(",\n    ")));
}

SchemaBuilder::Derived SchemaBuilder::derivedSql(const Entity &e)
{
    const QString t = ident(e.name);
    const QString name = e.name;
    QStringList sql, indexes, fts;
    const QString bulkOff = QStringLiteral("(SELECT bulk FROM sync_context WHERE id = 1) = 0");
    const QString hlc = QStringLiteral("coalesce(c.hlc, %1)").arg(fallbackHlcSql());

    // Indexes for sorting and lookups; rid last so keyset paging is exact.
    for (const auto &f : e.fields) {
        if (!f.indexed)
            continue;
        // Lists always filter on deleted (active records, or the Trash) and sort by a key: with
        // deleted first, both the list and the Trash read their first page straight off the index.
        // Relations are looked up by value (related lists, foreign key actions), never sorted by id.
        if (f.type == FieldType::Relation)
            indexes << QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)")
                           .arg(ident(name + QStringLiteral("__by_") + f.name), t, ident(f.name));
        else
            indexes << QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (deleted, %3, rid)")
                           .arg(ident(name + QStringLiteral("__by_") + f.name), t,
                                ident(hasSortKey(f) ? sortKeyColumn(f.name) : f.name));
    }

    // Duplicate lookups by email and phone (core/dedupe/duplicatefinder.cpp): expression indexes,
    // so nothing extra is stored and writers outside Trato need not know about them.
    for (const auto &f : e.fields) {
        if (f.type == FieldType::Email)
            indexes << QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)")
                           .arg(ident(name + QStringLiteral("__dup_") + f.name), t, emailKeySql(f.name));
        else if (f.type == FieldType::Phone)
            indexes << QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)")
                           .arg(ident(name + QStringLiteral("__dup_") + f.name), t, phoneDigitsSql(f.name));
    }
    // Uniqueness among active records that have every field of the set (NULLs never collide).
    for (const QStringList &unique : e.uniqueTogether) {
        QStringList conditions;
        for (const QString &c : unique)
            conditions << ident(c) + QStringLiteral(" IS NOT NULL");
        conditions << QStringLiteral("deleted = 0");
        indexes << QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS %1 ON %2 (%3) WHERE %4")
                       .arg(ident(name + QStringLiteral("__unique_") + unique.join(QLatin1Char('_'))), t,
                            joinColumns(unique), conditions.join(QStringLiteral(" AND ")));
    }
    for (const QStringList &columns : e.extraIndexes)
        indexes << QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)")
                       .arg(ident(name + QStringLiteral("__ix_") + columns.join(QLatin1Char('_'))), t, joinColumns(columns));
    // Exactly one of a set of fields: on insert exactly one, on update never more than one (a
    // foreign key's ON DELETE SET NULL may leave none when the record pointed at is purged).
    if (!e.exactlyOneOf.isEmpty()) {
        QStringList setCount;
        for (const QString &c : e.exactlyOneOf)
            setCount << QStringLiteral("(NEW.%1 IS NOT NULL)").arg(ident(c));
        const QString count = setCount.join(QStringLiteral(" + "));
        const QString message = literal(QStringLiteral("%1: exactly one of %2 must be set")
                                            .arg(name, e.exactlyOneOf.join(QStringLiteral(", "))));
        sql << QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 WHEN %3 <> 1 BEGIN\n"
                              "  SELECT RAISE(ABORT, %4);\n"
                              "END")
                   .arg(ident(name + QStringLiteral("__one_of_insert")), t, count, message);
        sql << QStringLiteral("CREATE TRIGGER %1 BEFORE UPDATE OF %2 ON %3 WHEN %4 > 1 BEGIN\n"
                              "  SELECT RAISE(ABORT, %5);\n"
                              "END")
                   .arg(ident(name + QStringLiteral("__one_of_update")), joinColumns(e.exactlyOneOf), t, count, message);
    }

    // Change capture. Inserts write one row per record (not one per field: the values are in the
    // record); bulk operations write none and are described by one bulk_operation row instead.
    sql << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN %3 BEGIN\n"
                          "  INSERT INTO change_log (entity, record_id, op, hlc, user, at, remote)\n"
                          "  SELECT %4, NEW.id, 'insert', %5, c.user, %6, c.applying_remote FROM sync_context c WHERE c.id = 1;\n"
                          "END")
               .arg(ident(name + QStringLiteral("__log_insert")), t, bulkOff, literal(name), hlc, nowSql());
    // One row per logged field, compared in SQL: only fields whose value changed reach the log.
    // (A VALUES list cannot be used here: SQLite does not resolve its columnN names in triggers.)
    QStringList values;
    for (const Field *f : loggedFields(e)) {
        values << (values.isEmpty() ? QStringLiteral("SELECT %1 AS f, OLD.%2 AS o, NEW.%2 AS n")
                                    : QStringLiteral("SELECT %1, OLD.%2, NEW.%2"))
                      .arg(literal(f->name), ident(f->name));
    }
    // With derived fields, only an update of a logged field fires it (a rollup refresh of a million
    // rows writes no log and costs no trigger).
    bool anyDerived = false;
    QStringList loggedColumns, touchColumns;
    for (const auto &f : e.fields) {
        anyDerived = anyDerived || f.derived;
        if (!f.derived)
            touchColumns << f.name;
    }
    for (const Field *f : loggedFields(e))
        loggedColumns << f->name;
    const QString updateOf = anyDerived ? QStringLiteral("UPDATE OF %1").arg(joinColumns(loggedColumns)) : QStringLiteral("UPDATE");
    sql << QStringLiteral("CREATE TRIGGER %1 AFTER %7 ON %2 BEGIN\n"
                          "  INSERT INTO change_log (entity, record_id, op, field, old_value, new_value, hlc, user, at, remote)\n"
                          "  SELECT %3, NEW.id, 'update', v.f, v.o, v.n, %4, c.user, %5, c.applying_remote\n"
                          "  FROM (%6) AS v, sync_context c\n"
                          "  WHERE c.id = 1 AND v.o IS NOT v.n;\n"
                          "END")
               .arg(ident(name + QStringLiteral("__log_update")), t, literal(name), hlc, nowSql(),
                    values.join(QStringLiteral(" UNION ALL ")), updateOf);
    sql << QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 BEGIN\n"
                          "  INSERT INTO change_log (entity, record_id, op, hlc, user, at, remote)\n"
                          "  SELECT %3, OLD.id, 'purge', %4, c.user, %5, c.applying_remote FROM sync_context c WHERE c.id = 1;\n"
                          "END")
               .arg(ident(name + QStringLiteral("__log_delete")), t, literal(name), hlc, nowSql());
    // Sort keys: the core writes them (Value::sortKey, fast, also in bulk); these triggers fill them
    // in for writers outside Trato, which do not know about them.
    for (const auto &f : e.fields) {
        if (!hasSortKey(f))
            continue;
        const QString col = ident(f.name);
        const QString key = ident(sortKeyColumn(f.name));
        sql << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN NEW.%3 IS NOT NULL AND NEW.%4 IS NULL BEGIN\n  %5;\nEND")
                   .arg(ident(name + QStringLiteral("__sortkey_insert_") + f.name), t, col, key,
                        sortKeyUpdateSql(e.name, f.name, QStringLiteral("rid = NEW.rid")).join(QStringLiteral(";\n  ")));
        sql << QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF %3 ON %2 WHEN NEW.%3 IS NOT OLD.%3 AND NEW.%4 IS OLD.%4 BEGIN\n  %5;\nEND")
                   .arg(ident(name + QStringLiteral("__sortkey_update_") + f.name), t, col, key,
                        sortKeyUpdateSql(e.name, f.name, QStringLiteral("rid = NEW.rid")).join(QStringLiteral(";\n  ")));
    }
    // A writer outside Trato rarely maintains updated_at: keep it true for them. Derived fields are
    // not the record's own change: refreshing them leaves updated_at alone.
    sql << QStringLiteral("CREATE TRIGGER %1 AFTER %4 ON %2 WHEN NEW.updated_at IS OLD.updated_at BEGIN\n"
                          "  UPDATE %2 SET updated_at = %3 WHERE rid = NEW.rid;\n"
                          "END")
               .arg(ident(name + QStringLiteral("__touch")), t, nowSql(),
                    anyDerived ? QStringLiteral("UPDATE OF %1").arg(joinColumns(touchColumns)) : QStringLiteral("UPDATE"));
    // Triggers code adds to the entity (the activities' rollups, core/activities/activityrollups).
    sql << RecordRules::triggers(e.name);

    // Full-text search: external content (no second copy of the text), accents folded, prefix
    // indexes for 2 and 3 characters so "go*" does not scan the whole term list.
    const QStringList search = e.searchColumns();
    if (!search.isEmpty()) {
        const QString ftsTable = ident(e.ftsTable());
        fts << QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content=%3, content_rowid='rid', "
                              "tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
                   .arg(ftsTable, joinColumns(search), literal(name));
        fts << QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(ftsTable);
        sql << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN %3 BEGIN\n"
                              "  INSERT INTO %4 (rowid, %5) VALUES (NEW.rid, %6);\n"
                              "END")
                   .arg(ident(name + QStringLiteral("__fts_insert")), t, bulkOff, ftsTable, joinColumns(search),
                        joinColumns(search, QStringLiteral("NEW.")));
        sql << QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 BEGIN\n"
                              "  INSERT INTO %3 (%3, rowid, %4) VALUES ('delete', OLD.rid, %5);\n"
                              "END")
                   .arg(ident(name + QStringLiteral("__fts_delete")), t, ftsTable, joinColumns(search),
                        joinColumns(search, QStringLiteral("OLD.")));
        sql << QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF %2 ON %3 BEGIN\n"
                              "  INSERT INTO %4 (%4, rowid, %2) VALUES ('delete', OLD.rid, %5);\n"
                              "  INSERT INTO %4 (rowid, %2) VALUES (NEW.rid, %6);\n"
                              "END")
                   .arg(ident(name + QStringLiteral("__fts_update")), joinColumns(search), t, ftsTable,
                        joinColumns(search, QStringLiteral("OLD.")), joinColumns(search, QStringLiteral("NEW.")));
    }
    auto join = [](const QStringList &l) { return l.isEmpty() ? QString() : l.join(QStringLiteral(";\n")) + QLatin1Char(';'); };
    return {join(indexes), join(sql), join(fts)};
}

Status SchemaBuilder::dropDerivedIndexes(const QSqlDatabase &conn, const Entity &e)
{
    QStringList drops;
    {
        QSqlQuery q(conn);
        q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE tbl_name = %1 AND type = 'index' AND name LIKE %2 ESCAPE '\\'")
                   .arg(literal(e.name), literal(QString(e.name).replace(QLatin1Char('_'), QStringLiteral("\\_"))
                                                 + QStringLiteral("\\_\\_%"))));
        while (q.next())
            drops << QStringLiteral("DROP INDEX IF EXISTS %1").arg(ident(q.value(0).toString()));
    }
    if (drops.isEmpty())
        return {};
    return Sql::execScript(conn, drops.join(QStringLiteral(";\n")) + QLatin1Char(';'));
}

Status SchemaBuilder::dropDerived(const QSqlDatabase &conn, const Entity &e, bool dropFts)
{
    QStringList drops;
    QSqlQuery q(conn);
    q.exec(QStringLiteral("SELECT type, name FROM sqlite_schema WHERE tbl_name = %1 AND type = 'trigger' "
                          "AND name LIKE %2 ESCAPE '\\'")
               .arg(literal(e.name), literal(QString(e.name).replace(QLatin1Char('_'), QStringLiteral("\\_"))
                                             + QStringLiteral("\\_\\_%"))));
    while (q.next())
        drops << QStringLiteral("DROP %1 IF EXISTS %2").arg(q.value(0).toString().toUpper(), ident(q.value(1).toString()));
    if (dropFts)
        drops << QStringLiteral("DROP TABLE IF EXISTS %1").arg(ident(e.ftsTable()));
    if (drops.isEmpty())
        return {};
    return Sql::execScript(conn, drops.join(QStringLiteral(";\n")) + QLatin1Char(';'));
}

Status SchemaBuilder::syncEntity(const QSqlDatabase &conn, const Entity &e)
{
    const QSet<QString> have = existingColumns(conn, e.name);
    if (have.isEmpty()) {
        const Status s = Sql::execScript(conn, createTableSql(e));
        if (!s)
            return s;
    } else {
        for (const auto &f : e.fields) {
            if (have.contains(f.name))
                continue;
            const Status s = Sql::execScript(conn, QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                                                       .arg(ident(e.name), columnSql(f, true)));
            if (!s)
                return s;
        }
        for (const auto &f : e.fields) {
            if (!hasSortKey(f) || have.contains(sortKeyColumn(f.name)))
                continue;
            Status s = Sql::execScript(conn, QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(ident(e.name), sortKeyColumnSql(f)));
            if (!s)
                return s;
            s = Sql::execScript(conn, sortKeyUpdateSql(e.name, f.name, QStringLiteral("1")).join(QStringLiteral(";\n")));
            if (!s)
                return s;
        }
    }
    const Derived derived = derivedSql(e);
    auto hash = [](const QString &text) {
        return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    };
    const QString signature = hash(derived.indexes) + QLatin1Char(':') + hash(derived.triggers) + QLatin1Char(':') + hash(derived.fts);
    QString previous;
    {
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("SELECT signature FROM entity_schema WHERE entity = ?"));
        q.addBindValue(e.name);
        q.exec();
        if (q.next())
            previous = q.value(0).toString();
    }
    if (previous == signature)
        return {};
    // Rebuilding the full-text index costs seconds at a million rows: only when its columns changed.
    const bool ftsChanged = previous.section(QLatin1Char(':'), 2) != signature.section(QLatin1Char(':'), 2);
    const bool indexesChanged = previous.section(QLatin1Char(':'), 0, 0) != signature.section(QLatin1Char(':'), 0, 0);
    Status s = dropDerived(conn, e, ftsChanged);
    if (s && indexesChanged && !previous.isEmpty())
        s = dropDerivedIndexes(conn, e); // definitions changed: CREATE INDEX IF NOT EXISTS would keep the old ones
    if (!s)
        return s;
    s = Sql::execScript(conn, derived.indexes + derived.triggers + (ftsChanged ? derived.fts : QString()));
    if (!s)
        return s;
    auto r = Sql::exec(conn, QStringLiteral("INSERT INTO entity_schema(entity, signature) VALUES (?, ?) "
                                            "ON CONFLICT(entity) DO UPDATE SET signature = excluded.signature"),
                       {e.name, signature});
    if (!r)
        return r.error();
    return {};
}

Status SchemaBuilder::syncAll()
{
    QSqlDatabase conn = m_db.connection();
    Status s = Sql::execScript(conn, QStringLiteral("BEGIN IMMEDIATE"));
    if (!s)
        return s;
    for (const Entity *e : m_db.registry()->entities()) {
        s = syncEntity(conn, *e);
        if (!s) {
            Sql::execScript(conn, QStringLiteral("ROLLBACK"));
            return Error::failure(QStringLiteral("%1: %2").arg(e->name, s.error().message));
        }
    }
    return Sql::execScript(conn, QStringLiteral("COMMIT"));
}

} // namespace trato
