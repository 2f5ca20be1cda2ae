// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordevent.h"

#include "database.h"
#include "sqlite.h"
#include "transaction.h"
#include "../util/uuid7.h"

#include <QCoreApplication>
#include <QDateTime>

namespace trato::RecordEvent {

Status add(Transaction &tx, Database &db, const QString &entity, const QString &id, const QString &kind,
           const QString &note)
{
    auto rid = Sql::exec(tx.connection(), QStringLiteral("SELECT rid FROM %1 WHERE id = ?").arg(Sql::ident(entity)), {id});
    if (!rid)
        return rid.error();
    if (!rid.value().next())
        return Error::notFound(QCoreApplication::translate("trato::RecordStore", "There is no %1 with id %2.").arg(entity, id));
    const qint64 r = rid.value().value(0).toLongLong();
    auto ins = Sql::exec(tx.connection(),
                         QStringLiteral("INSERT INTO bulk_operation (id, entity, kind, first_rid, last_rid, count, hlc, user, at, note) "
                                        "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"),
                         {Uuid7::create(), entity, kind, r, r, tx.stamp().toString(), db.user(),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate), note});
    if (!ins)
        return ins.error();
    return {};
}

QString label(const QString &kind)
{
    if (kind == Merge)
        return QCoreApplication::translate("trato::RecordEvent", "Merged with");
    if (kind == MergedInto)
        return QCoreApplication::translate("trato::RecordEvent", "Merged into");
    if (kind == ConvertedFrom)
        return QCoreApplication::translate("trato::RecordEvent", "Converted from lead");
    return kind;
}

} // namespace trato::RecordEvent
