// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstore.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QHash>

#include <algorithm>

namespace trato {

TagStore::TagStore(Database &db)
    : m_db(db)
{
}

const Field *TagStore::tagsField(const Entity &entity)
{
    for (const Field &f : entity.fields)
        if (f.type == FieldType::Tags)
            return &f;
    return nullptr;
}

Status TagStore::tag(const QString &entity, const QStringList &ids, const QStringList &tags)
{
    return change(entity, ids, tags, true);
}

Status TagStore::untag(const QString &entity, const QStringList &ids, const QStringList &tags)
{
    return change(entity, ids, tags, false);
}

Status TagStore::change(const QString &entityName, const QStringList &ids, const QStringList &tags, bool add)
{
    const Entity *e = m_db.registry()->entity(entityName);
    if (!e)
        return Error::badInput(tr("unknown entity \"%1\"").arg(entityName));
    const Field *f = tagsField(*e);
    if (!f)
        return Error::badInput(tr("%1 records have no tags field").arg(e->name));
    const QStringList wanted = Value::normalizeTags(tags.join(QLatin1Char(';')));
    if (wanted.isEmpty())
        return Error::badInput(tr("No tag given."));
    RecordStore store(m_db);
    // All records or none: each update is a savepoint of this transaction.
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    for (const QString &id : ids) {
        auto record = store.get(e->name, id);
        if (!record)
            return record.error();
        QStringList current = record.value().value(f->name).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        if (add) {
            current << wanted;
        } else {
            current.removeIf([&](const QString &t) {
                return std::any_of(wanted.cbegin(), wanted.cend(), [&](const QString &w) { return w.compare(t, Qt::CaseInsensitive) == 0; });
            });
        }
        const QStringList next = Value::normalizeTags(current.join(QLatin1Char(';')));
        if (next.join(QLatin1Char(';')) == record.value().value(f->name).toString())
            continue;
        const Status s = store.update(e->name, id, {{f->name, next.isEmpty() ? QVariant() : QVariant(next.join(QLatin1Char(';')))}});
        if (!s)
            return s;
    }
    return tx.commit();
}

Result<QList<TagCount>> TagStore::counts(const QString &entityName) const
{
    const Entity *e = m_db.registry()->entity(entityName);
    if (!e)
        return Error::badInput(tr("unknown entity \"%1\"").arg(entityName));
    const Field *f = tagsField(*e);
    if (!f)
        return Error::badInput(tr("%1 records have no tags field").arg(e->name));
    auto r = Sql::exec(m_db.connection(), QStringLiteral("SELECT %1, count(*) FROM %2 WHERE deleted = 0 AND %1 IS NOT NULL AND %1 <> '' GROUP BY %1")
                                              .arg(Sql::ident(f->name), Sql::ident(e->name)));
    if (!r)
        return r.error();
    // Grouped by the whole list first (few distinct combinations), then split: a tag spelled with
    // other capitals on another record counts as the same tag.
    QHash<QString, TagCount> byKey;
    QStringList order;
    while (r.value().next()) {
        const qint64 n = r.value().value(1).toLongLong();
        for (const QString &tag : r.value().value(0).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString key = tag.toCaseFolded();
            auto it = byKey.find(key);
            if (it == byKey.end()) {
                byKey.insert(key, {tag, n});
                order << key;
            } else {
                it->count += n;
            }
        }
    }
    QList<TagCount> out;
    for (const QString &key : std::as_const(order))
        out << byKey.value(key);
    std::sort(out.begin(), out.end(), [](const TagCount &a, const TagCount &b) {
        return a.count != b.count ? a.count > b.count : Value::sortKey(a.tag) < Value::sortKey(b.tag);
    });
    return out;
}

} // namespace trato
