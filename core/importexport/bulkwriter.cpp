// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkwriter.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/schemabuilder.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"
#include "../util/uuid7.h"

#include <QDateTime>

#include <sqlite3.h>

#include <vector>

namespace trato {

BulkInsert::BulkInsert(sqlite3 *db, const Entity &entity, const QStringList &columns)
    : m_db(db)
    , m_count(int(columns.size()))
{
    QStringList marks, quoted;
    QStringList all = columns;
    for (int i = 0; i < columns.size(); ++i) {
        const Field *f = entity.field(columns.at(i));
        if (f && SchemaBuilder::hasSortKey(*f)) {
            m_sortKeySources << i;
            all << SchemaBuilder::sortKeyColumn(f->name);
        }
    }
    for (const auto &c : all) {
        quoted << Sql::ident(c);
        marks << QStringLiteral("?");
    }
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(Sql::ident(entity.name), quoted.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
                               .toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &m_stmt, nullptr) != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_stmt);
}

bool BulkInsert::insert(const QVariantList &values)
{
    std::vector<QByteArray> keep;
    keep.reserve(size_t(values.size() + m_sortKeySources.size())); // no reallocation: bound pointers stay valid
    for (int i = 0; i < m_count; ++i) {
        const QVariant &v = values.at(i);
        const int type = v.typeId();
        if (v.isNull()) {
            sqlite3_bind_null(m_stmt, i + 1);
        } else if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Bool) {
            sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
        } else if (type == QMetaType::Double) {
            sqlite3_bind_double(m_stmt, i + 1, v.toDouble());
        } else {
            keep.push_back(v.toString().toUtf8());
            sqlite3_bind_text(m_stmt, i + 1, keep.back().constData(), int(keep.back().size()), SQLITE_STATIC);
        }
    }
    for (int k = 0; k < m_sortKeySources.size(); ++k) {
        const QVariant &v = values.at(m_sortKeySources.at(k));
        const int param = m_count + k + 1;
        if (v.isNull()) {
            sqlite3_bind_null(m_stmt, param);
        } else {
            keep.push_back(Value::sortKey(v.toString()).toUtf8());
            sqlite3_bind_text(m_stmt, param, keep.back().constData(), int(keep.back().size()), SQLITE_STATIC);
        }
    }
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

IndexPause::IndexPause(const QSqlDatabase &conn, const Entity &entity)
    : m_conn(conn)
    , m_entity(entity)
{
    {
        auto empty = Sql::exec(conn, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(Sql::ident(entity.name)));
        if (!empty || !empty.value().next() || !empty.value().value(0).toBool())
            return;
    }
    m_paused = SchemaBuilder::dropDerivedIndexes(conn, entity).ok();
}

Status IndexPause::resume()
{
    if (!m_paused)
        return {};
    m_paused = false;
    return Sql::execScript(m_conn, SchemaBuilder::derivedSql(m_entity).indexes);
}

TriggerPause::TriggerPause(const QSqlDatabase &conn, const QStringList &names)
    : m_conn(conn)
{
    for (const QString &name : names) {
        auto r = Sql::exec(conn, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"), {name});
        if (!r) {
            m_status = r.error();
            return;
        }
        if (!r.value().next())
            continue;
        const QString sql = r.value().value(0).toString();
        auto d = Sql::exec(conn, QStringLiteral("DROP TRIGGER %1").arg(Sql::ident(name)));
        if (!d) {
            m_status = d.error();
            return;
        }
        m_sql << sql;
    }
}

Status TriggerPause::resume()
{
    if (m_sql.isEmpty())
        return {};
    const QString script = m_sql.join(QStringLiteral(";\n")) + QLatin1Char(';');
    m_sql.clear();
    return Sql::execScript(m_conn, script);
}

BulkCache::BulkCache(const QSqlDatabase &conn)
    : m_conn(conn)
{
    Sql::exec(conn, QStringLiteral("PRAGMA cache_size = -262144"));
}

BulkCache::~BulkCache()
{
    Sql::exec(m_conn, QStringLiteral("PRAGMA cache_size = -32768"));
}

Status finishBulk(Transaction &tx, Database &db, const QString &entity, qint64 firstRid, qint64 lastRid,
                  const QString &kind, const QString &note)
{
    const Entity *e = db.registry()->entity(entity);
    if (!e || lastRid < firstRid)
        return {};
    const QStringList cols = e->searchColumns();
    if (!cols.isEmpty()) {
        QStringList quoted;
        for (const auto &c : cols)
            quoted << Sql::ident(c);
        auto r = Sql::exec(tx.connection(), QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT rid, %2 FROM %3 WHERE rid BETWEEN ? AND ?")
                                                .arg(Sql::ident(e->ftsTable()), quoted.join(QLatin1Char(',')), Sql::ident(entity)),
                           {firstRid, lastRid});
        if (!r)
            return r.error();
    }
    auto r = Sql::exec(tx.connection(),
                       QStringLiteral("INSERT INTO bulk_operation (id, entity, kind, first_rid, last_rid, count, hlc, user, at, note) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {Uuid7::create(), entity, kind, firstRid, lastRid, lastRid - firstRid + 1, tx.stamp().toString(),
                        db.user(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), note});
    if (!r)
        return r.error();
    tx.touched(entity);
    return {};
}

} // namespace trato
