// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentstore.h"

#include "filter.h"

#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"
#include "../util/uuid7.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace trato {

namespace {

const QString kColumns = QStringLiteral("id, entity, name, conditions, search, sort_field, descending");

// Text columns are NOT NULL: an empty text, not a null one.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

SegmentStore::SegmentStore(Database &db)
    : m_db(db)
{
}

Status SegmentStore::validate(const Segment &s) const
{
    const Entity *e = m_db.registry()->entity(s.entity);
    if (!e)
        return Error::badInput(tr("unknown entity \"%1\"").arg(s.entity));
    if (s.name.trimmed().isEmpty())
        return Error::badInput(tr("A segment needs a name."));
    for (const Condition &c : s.conditions) {
        const Status ok = Filter::check(*e, c);
        if (!ok)
            return Error::badInput(tr("Segment \"%1\": %2").arg(s.name.trimmed(), ok.error().message));
    }
    if (!s.sortField.isEmpty() && !e->field(s.sortField))
        return Error::badInput(tr("Segment \"%1\": %2 has no field \"%3\" to sort by").arg(s.name.trimmed(), e->name, s.sortField));
    auto same = Sql::exec(m_db.connection(), QStringLiteral("SELECT id FROM segment WHERE name = ? AND id <> ?"),
                          {s.name.trimmed(), s.id});
    if (!same)
        return same.error();
    if (same.value().next())
        return Error::badInput(tr("There is already a segment named \"%1\".").arg(s.name.trimmed()));
    return {};
}

Result<QString> SegmentStore::add(const Segment &segment)
{
    Segment s = segment;
    s.id = Uuid7::create();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const Status v = validate(s);
    if (!v)
        return v.error();
    const QString now = nowIso();
    auto r = Sql::exec(tx.connection(),
                       QStringLiteral("INSERT INTO segment (%1, created_at, updated_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(kColumns),
                       {s.id, s.entity, s.name.trimmed(),
                        QString::fromUtf8(QJsonDocument(Filter::toJson(s.conditions)).toJson(QJsonDocument::Compact)),
                        text(s.search.trimmed()), text(s.sortField), s.descending ? 1 : 0, now, now, m_db.user()});
    if (!r)
        return r.error();
    tx.touched(QString::fromLatin1(kChangeName));
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return s.id;
}

Status SegmentStore::update(const Segment &s)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = get(s.id);
    if (!current)
        return current.error();
    if (current.value().entity != s.entity)
        return Error::badInput(tr("A segment cannot move to another entity."));
    const Status v = validate(s);
    if (!v)
        return v;
    auto r = Sql::exec(tx.connection(),
                       QStringLiteral("UPDATE segment SET name = ?, conditions = ?, search = ?, sort_field = ?, descending = ?, "
                                      "updated_at = ? WHERE id = ?"),
                       {s.name.trimmed(), QString::fromUtf8(QJsonDocument(Filter::toJson(s.conditions)).toJson(QJsonDocument::Compact)),
                        text(s.search.trimmed()), text(s.sortField), s.descending ? 1 : 0, nowIso(), s.id});
    if (!r)
        return r.error();
    tx.touched(QString::fromLatin1(kChangeName));
    return tx.commit();
}

Status SegmentStore::remove(const QString &id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto r = Sql::exec(tx.connection(), QStringLiteral("DELETE FROM segment WHERE id = ?"), {id});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return Error::notFound(tr("There is no segment with id %1.").arg(id));
    tx.touched(QString::fromLatin1(kChangeName));
    return tx.commit();
}

namespace {

Result<Segment> readSegment(const Registry &registry, const QSqlQuery &q)
{
    Segment s;
    s.id = q.value(0).toString();
    s.entity = q.value(1).toString();
    s.name = q.value(2).toString();
    s.search = q.value(4).toString();
    s.sortField = q.value(5).toString();
    s.descending = q.value(6).toInt() != 0;
    const Entity *e = registry.entity(s.entity);
    if (!e)
        return Error::failure(SegmentStore::tr("Segment \"%1\" is for an unknown entity \"%2\".").arg(s.name, s.entity));
    auto conditions = Filter::fromJson(*e, QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array());
    if (!conditions)
        // A custom field it used may have been removed: say which segment, so it can be fixed.
        return Error::failure(SegmentStore::tr("Segment \"%1\": %2").arg(s.name, conditions.error().message));
    s.conditions = conditions.value();
    return s;
}

} // namespace

Result<Segment> SegmentStore::get(const QString &id) const
{
    auto r = Sql::exec(m_db.connection(), QStringLiteral("SELECT %1 FROM segment WHERE id = ?").arg(kColumns), {id});
    if (!r)
        return r.error();
    if (!r.value().next())
        return Error::notFound(tr("There is no segment with id %1.").arg(id));
    return readSegment(*m_db.registry(), r.value());
}

Result<Segment> SegmentStore::byName(const QString &name) const
{
    auto r = Sql::exec(m_db.connection(), QStringLiteral("SELECT %1 FROM segment WHERE name = ?").arg(kColumns), {name.trimmed()});
    if (!r)
        return r.error();
    if (!r.value().next())
        return Error::notFound(tr("There is no segment named \"%1\".").arg(name.trimmed()));
    return readSegment(*m_db.registry(), r.value());
}

Result<QList<Segment>> SegmentStore::list(const QString &entity) const
{
    auto r = entity.isEmpty()
        ? Sql::exec(m_db.connection(), QStringLiteral("SELECT %1 FROM segment ORDER BY entity, name").arg(kColumns))
        : Sql::exec(m_db.connection(), QStringLiteral("SELECT %1 FROM segment WHERE entity = ? ORDER BY name").arg(kColumns), {entity});
    if (!r)
        return r.error();
    QList<Segment> out;
    while (r.value().next()) {
        auto s = readSegment(*m_db.registry(), r.value());
        if (!s)
            return s.error();
        out << s.value();
    }
    return out;
}

ListQuery SegmentStore::toQuery(const Segment &s)
{
    ListQuery q;
    q.entity = s.entity;
    q.conditions = s.conditions;
    q.search = s.search;
    q.sortField = s.sortField;
    q.descending = s.descending;
    return q;
}

Result<ListQuery> SegmentStore::query(const QString &id) const
{
    auto s = get(id);
    if (!s)
        return s.error();
    return toQuery(s.value());
}

} // namespace trato
