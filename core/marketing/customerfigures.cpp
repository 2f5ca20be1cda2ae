// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerfigures.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"

#include <QCoreApplication>

namespace trato::CustomerFigures {

Result<AccountSummary> accountSummary(Database &db, const QString &accountId)
{
    QSqlDatabase conn = db.connection();
    AccountSummary s;
    auto name = Sql::exec(conn, QStringLiteral("SELECT name FROM account WHERE id = ?"), {accountId});
    if (!name)
        return name.error();
    if (!name.value().next())
        return Error::notFound(QCoreApplication::translate("trato::CustomerFigures", "There is no account with id %1.").arg(accountId));
    const QString company = name.value().value(0).toString();
    auto contacts = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM contact WHERE account = ? AND +deleted = 0"), {accountId});
    if (!contacts)
        return contacts.error();
    if (contacts.value().next())
        s.contacts = contacts.value().value(0).toLongLong();
    // company__sort is the indexed, accent-folded form of the lead's company (SchemaBuilder).
    auto open = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM lead WHERE deleted = 0 AND company__sort = ? "
                                               "AND coalesce(status, '') NOT IN ('converted', 'disqualified')"),
                          {Value::sortKey(company)});
    if (!open)
        return open.error();
    if (open.value().next())
        s.openLeads = open.value().value(0).toLongLong();
    auto converted = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM lead WHERE converted_account = ? AND deleted = 0"), {accountId});
    if (!converted)
        return converted.error();
    if (converted.value().next())
        s.convertedLeads = converted.value().value(0).toLongLong();
    return s;
}

Result<QList<QPair<QString, qint64>>> countsByOption(Database &db, const ListQuery &base, const QString &field)
{
    const Entity *e = db.registry()->entity(base.entity);
    const Field *f = e ? e->field(field) : nullptr;
    if (!f || f->type != FieldType::Picklist)
        return Error::badInput(QCoreApplication::translate("trato::CustomerFigures", "%1 has no picklist \"%2\".").arg(base.entity, field));
    ListQuery q = base;
    q.limit = -1;
    q.offset = 0;
    for (int i = int(q.where.size()) - 1; i >= 0; --i)
        if (q.where.at(i).first == field)
            q.where.removeAt(i);
    RecordStore store(db);
    QList<QPair<QString, qint64>> out;
    auto total = store.count(q);
    if (!total)
        return total.error();
    out.append({QString(), total.value()});
    for (const auto &o : f->options) {
        ListQuery one = q;
        one.where.append({field, o.value});
        auto n = store.count(one);
        if (!n)
            return n.error();
        out.append({o.value, n.value()});
    }
    return out;
}

} // namespace trato::CustomerFigures
