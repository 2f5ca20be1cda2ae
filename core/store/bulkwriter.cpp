// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkwriter.h"

#include "recordrules.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "database.h"
#include "schemabuilder.h"
#include "sqlite.h"
#include "transaction.h"
#include "../util/uuid7.h"

#include <QDateTime>
#include <QStringEncoder>

#include <sqlite3.h>

#include <algorithm>
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

void BulkRow::addText(QStringView text)
{
    // QStringEncoder converts ASCII runs with SIMD; stateless, an unpaired surrogate becomes U+FFFD
    // as in QString::toUtf8().
    thread_local QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const size_t at = m_used;
    const size_t need = at + size_t(utf8.requiredSpace(text.size()));
    if (need > m_text.size())
        m_text.resize(std::max(need, 2 * m_text.size()));
    char *const begin = m_text.data() + at;
    char *const end = utf8.appendToBuffer(begin, text);
    m_used = at + size_t(end - begin);
    m_params.push_back({Text, quint32(at), quint32(end - begin), 0});
}

void BulkInsert::encode(const QVariantList &values, BulkRow *row) const
{
    row->clear();
    for (int i = 0; i < m_count; ++i) {
        const QVariant &v = values.at(i);
        const int type = v.typeId();
        if (v.isNull())
            row->addNull();
        else if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Bool)
            row->addInteger(v.toLongLong());
        else if (type == QMetaType::Double)
            row->addReal(v.toDouble());
        else if (type == QMetaType::QString)
            row->addText(*static_cast<const QString *>(v.constData()));
        else
            row->addText(v.toString());
    }
    for (const int source : m_sortKeySources) {
        const QVariant &v = values.at(source);
        if (v.isNull())
            row->addNull();
        else
            row->addText(Value::sortKey(v.toString()));
    }
}

bool BulkInsert::insert(const QVariantList &values)
{
    encode(values, &m_row);
    return insert(m_row);
}

bool BulkInsert::insert(const BulkRow &row)
{
    const char *text = row.m_text.data();
    for (int i = 0; i < int(row.m_params.size()); ++i) {
        const BulkRow::Param &p = row.m_params[size_t(i)];
        switch (p.kind) {
        case BulkRow::Null: sqlite3_bind_null(m_stmt, i + 1); break;
        case BulkRow::Integer: sqlite3_bind_int64(m_stmt, i + 1, p.integer); break;
        case BulkRow::Real: sqlite3_bind_double(m_stmt, i + 1, p.real); break;
        case BulkRow::Text: sqlite3_bind_text(m_stmt, i + 1, text + p.offset, int(p.size), SQLITE_STATIC); break;
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
    for (const auto &afterBulk : RecordRules::afterBulks(entity))
        if (Status s = afterBulk(db, firstRid, lastRid); !s)
            return s;
    return {};
}

} // namespace trato
