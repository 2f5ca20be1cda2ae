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
    // Drops the indexes generated for an entity ("<entity>__*"), e.g. before a bulk load.
    static Status dropDerivedIndexes(const QSqlDatabase &conn, const Entity &entity);

    // Exposed for tests and docs.
    static QString createTableSql(const Entity &entity);
    static QString columnSql(const Field &field, bool forAlter);
    struct Derived
    {
        QString indexes, triggers, fts; // scripts; fts creates and fills the FTS5 table
    };
    static Derived derivedSql(const Entity &entity);
    // Indexed text fields sort by a "<field>__sort" column holding the text with accents folded
    // and lower-cased (Value::sortKey), so lists sort "Álvarez" next to "Alonso". The core writes
    // it; triggers fill it in for writers outside Trato (sortKeyUpdateSql, the same folding in SQL).
    static bool hasSortKey(const Field &field);
    static QString sortKeyColumn(const QString &field);
    static QString sortKeyColumnSql(const Field &field);
    static QStringList sortKeyUpdateSql(const QString &table, const QString &field, const QString &rowFilter);
    // Duplicate lookups (core/dedupe): every Email field has an index on emailKeySql (lower-cased)
    // and every Phone field one on phoneDigitsSql (formatting characters removed), named
    // "<entity>__dup_<field>". Queries must use the same expressions to use those indexes.
    static QString emailKeySql(const QString &column);
    static QString phoneDigitsSql(const QString &column);
    static QString nowSql();                           // ISO-8601 UTC now, as an SQL expression
    static QString uuid7Sql();                         // a UUIDv7 made in SQL (for writers outside Trato)
    static QString fallbackHlcSql();

private:
    Database &m_db;
};

} // namespace trato
