// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../metadata/entity.h"
#include "../util/result.h"

#include <QSqlDatabase>

namespace trato {

class Database;

// Turns entity descriptions into SQLite objects: the table (created, or given the columns it lacks),
// its indexes, its external-content FTS5 index and the change-capture triggers. Idempotent; the
// generated DDL is remembered per entity so triggers and FTS are rebuilt only when it changed.
class SchemaBuilder
{
public:
    explicit SchemaBuilder(Database &db);

    Status syncAll();
    // Runs inside the caller's transaction.
    Status syncEntity(const QSqlDatabase &conn, const Entity &entity);
    // Drops what refers to a column so it can be dropped (custom fields).
    Status dropDerived(const QSqlDatabase &conn, const Entity &entity, bool dropFts);

    // Exposed for tests and docs.
    static QString createTableSql(const Entity &entity);
    static QString columnSql(const Field &field, bool forAlter);
    struct Derived
    {
        QString indexes, triggers, fts; // scripts; fts creates and fills the FTS5 table
    };
    static Derived derivedSql(const Entity &entity);
    // Text fields with an index sort by a generated "<field>__sort" column that folds accents,
    // so lists sort "Álvarez" next to "Alonso".
    static bool hasSortKey(const Field &field);
    static QString sortKeyColumn(const QString &field);
    static QString sortKeySql(const QString &column);
    static QStringList sortKeyColumnsSql(const Field &field); // "<field>__fold", "<field>__sort"
    static QString nowSql();                           // ISO-8601 UTC now, as an SQL expression
    static QString uuid7Sql();                         // a UUIDv7 made in SQL (for writers outside Trato)
    static QString fallbackHlcSql();

private:
    Database &m_db;
};

} // namespace trato
