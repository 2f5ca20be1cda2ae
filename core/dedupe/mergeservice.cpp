// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeservice.h"

#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/recordevent.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace trato {

using Sql::ident;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("trato::MergeService", text);
}

QString nameAndId(const Record &r, const Entity &e)
{
    QStringList parts;
    for (const auto &f : e.titleFields)
        parts << r.value(f).toString();
    const QString title = parts.join(QLatin1Char(' ')).trimmed();
    return QStringLiteral("%1 (%2)").arg(title.isEmpty() ? QStringLiteral("-") : title, r.value(QStringLiteral("id")).toString());
}
} // namespace

MergeService::MergeService(Database &db)
    : m_db(db)
{
}

bool MergeService::mergeable(const Field &field)
{
    return !field.system;
}

Result<MergeService::Preview> MergeService::preview(const QString &entityName, const QString &keepId,
                                                    const QStringList &otherIds) const
{
    const Entity *e = m_db.registry()->entity(entityName);
    if (!e)
        return Error::badInput(tr("Unknown entity \"%1\".").arg(entityName));
    if (otherIds.isEmpty())
        return Error::badInput(tr("Name at least one record to merge into the one kept."));
    QSet<QString> seen;
    RecordStore store(m_db);
    Preview p;
    for (const QString &id : QStringList{keepId} + otherIds) {
        if (seen.contains(id))
            return Error::badInput(tr("A record cannot be merged with itself (%1 is named twice).").arg(id));
        seen.insert(id);
        auto r = store.get(entityName, id);
        if (!r)
            return r.error();
        if (r.value().value(QStringLiteral("deleted")).toBool())
            return Error::badInput(tr("The %1 %2 is in the Trash; restore it before merging.").arg(e->name, nameAndId(r.value(), *e)));
        p.records << r.value();
    }
    for (const auto &f : e->fields) {
        if (!mergeable(f))
            continue;
        QSet<QString> values;
        for (const auto &r : std::as_const(p.records))
            values.insert(r.value(f.name).isNull() ? QStringLiteral("\x01null") : r.value(f.name).toString());
        if (values.size() > 1)
            p.differingFields << f.name;
    }
    return p;
}

Result<MergeService::Outcome> MergeService::merge(const QString &entityName, const QString &keepId,
                                                  const QStringList &otherIds, const QMap<QString, QString> &take)
{
    auto preview = this->preview(entityName, keepId, otherIds);
    if (!preview)
        return preview.error();
    const Entity &e = *m_db.registry()->entity(entityName);
    const QList<Record> &records = preview.value().records;
    QHash<QString, const Record *> byId;
    for (const auto &r : records)
        byId.insert(r.value(QStringLiteral("id")).toString(), &r);

    QVariantMap values;
    for (auto it = take.cbegin(); it != take.cend(); ++it) {
        const Field *f = e.field(it.key());
        if (!f)
            return Error::badInput(tr("%1 has no field \"%2\".").arg(e.name, it.key()));
        if (!mergeable(*f))
            return Error::badInput(tr("%1 is kept by Trato and cannot be taken from another record.").arg(f->name));
        const Record *from = byId.value(it.value());
        if (!from)
            return Error::badInput(tr("%1: %2 is not one of the records being merged.").arg(f->name, it.value()));
        if (it.value() != keepId)
            values.insert(f->name, from->value(f->name));
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(m_db);
    Outcome out;
    out.keptId = keepId;
    if (!values.isEmpty()) {
        // System access: a merge may carry over fields users cannot type (a lead's conversion links).
        const Status s = store.update(e.name, keepId, values, RecordStore::Access::System);
        if (!s)
            return s.error();
    }

    // Re-point every relation to the merged records, custom relation fields included.
    QStringList marks;
    QVariantList others;
    for (const auto &id : otherIds) {
        marks << QStringLiteral("?");
        others << id;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Entity *source : m_db.registry()->entities()) {
        for (const auto &f : source->fields) {
            if (f.type != FieldType::Relation || f.relationTarget != e.name)
                continue;
            QVariantList params = {keepId, now};
            params += others;
            auto r = Sql::exec(tx.connection(), QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ? WHERE %2 IN (%3)")
                                                    .arg(ident(source->name), ident(f.name), marks.join(QStringLiteral(", "))),
                               params);
            if (!r)
                return r.error();
            out.repointed += r.value().numRowsAffected();
            if (r.value().numRowsAffected() > 0)
                tx.touched(source->name);
            if (source->name == e.name) {
                // The kept record pointed at a merged one (an account's parent): it cannot be its own.
                auto self = Sql::exec(tx.connection(), QStringLiteral("UPDATE %1 SET %2 = NULL WHERE id = ? AND %2 = ?")
                                                           .arg(ident(e.name), ident(f.name)),
                                      {keepId, keepId});
                if (!self)
                    return self.error();
            }
        }
    }

    const Status trashed = store.trash(RecordStore::TrashAction::MoveToTrash, e.name, otherIds);
    if (!trashed)
        return trashed.error();
    out.merged = int(otherIds.size());

    QStringList mergedNames;
    for (int i = 1; i < records.size(); ++i)
        mergedNames << nameAndId(records.at(i), e);
    Status s = RecordEvent::add(tx, m_db, e.name, keepId, RecordEvent::Merge, mergedNames.join(QStringLiteral(", ")));
    for (int i = 0; s && i < otherIds.size(); ++i)
        s = RecordEvent::add(tx, m_db, e.name, otherIds.at(i), RecordEvent::MergedInto, nameAndId(records.first(), e));
    if (!s)
        return s.error();
    tx.touched(e.name);
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return out;
}

} // namespace trato
