// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooling.h"

#include "metadata/registry.h"
#include "store/database.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace trato {

namespace {

class CoolingText
{
    Q_DECLARE_TR_FUNCTIONS(trato::Cooling)
};

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

// The entities whose records point at `entity` through a relation named after it (activity.contact,
// note.contact): an interaction with the record.
QStringList interactionSources(const Registry &registry, const QString &entity)
{
    QStringList out;
    for (const char *source : {"activity", "note"}) {
        const Entity *e = registry.entity(QString::fromLatin1(source));
        const Field *f = e ? e->field(entity) : nullptr;
        if (f && f->type == FieldType::Relation && f->relationTarget == entity)
            out << e->name;
    }
    return out;
}

} // namespace

int Cooling::daysSince(const QString &isoUtc, const QDateTime &now)
{
    if (isoUtc.isEmpty())
        return -1;
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return -1;
    const qint64 seconds = t.secsTo(now);
    return seconds <= 0 ? 0 : int(seconds / 86400);
}

Result<QList<CoolingRecord>> Cooling::list(Database &db, const CoolingQuery &query)
{
    const Registry &registry = *db.registry();
    const Entity *e = registry.entity(query.entity);
    if (!e)
        return Error::badInput(CoolingText::tr("unknown entity \"%1\"").arg(query.entity));
    if (!e->field(QStringLiteral("last_activity_at")))
        return Error::badInput(CoolingText::tr("%1 records have no last activity: use contact or account").arg(e->name));
    if (query.days < 0)
        return Error::badInput(CoolingText::tr("the number of days cannot be negative (%1)").arg(query.days));
    const QDateTime now = query.now.isValid() ? query.now.toUTC() : QDateTime::currentDateTimeUtc();
    const QString cutoff = iso(now.addDays(-query.days));
    const QString t = Sql::ident(e->name);
    const bool relationship = e->field(QStringLiteral("relationship")) != nullptr;
    QString filter = QStringLiteral("a.deleted = 0");
    if (const Field *dnc = e->field(QStringLiteral("do_not_call")); dnc && dnc->type == FieldType::Bool)
        filter += QStringLiteral(" AND a.do_not_call IS NOT 1");
    const QString columns = QStringLiteral("a.id, %1, a.last_activity_at, %2")
                                .arg(e->titleExpression(QStringLiteral("a")),
                                     relationship ? QStringLiteral("a.relationship") : QStringLiteral("NULL"));
    QList<CoolingRecord> out;
    auto read = [&](QSqlQuery &q) {
        while (q.next() && (query.limit < 0 || out.size() < query.limit)) {
            CoolingRecord r;
            r.id = q.value(0).toString();
            r.name = q.value(1).toString();
            r.lastActivityAt = q.value(2).toString();
            r.days = daysSince(r.lastActivityAt, now);
            r.relationship = q.value(3).toString();
            out << r;
        }
    };
    QSqlDatabase conn = db.connection();
    // Reached, but not since the cut-off: a backward walk of the (deleted, last_activity_at) index.
    auto reached = Sql::exec(conn, QStringLiteral("SELECT %1 FROM %2 a WHERE %3 AND a.last_activity_at < ? "
                                                  "ORDER BY a.last_activity_at DESC, a.rid DESC")
                                       .arg(columns, t, filter),
                             {cutoff});
    if (!reached)
        return reached.error();
    read(reached.value());
    if (query.limit >= 0 && out.size() >= query.limit)
        return out;
    // Never reached, yet an activity before now or a note is about them: found from the
    // activities' and notes' side (a million contacts are mostly never reached).
    QStringList touched;
    QVariantList params;
    const QString col = Sql::ident(e->name);
    for (const QString &source : interactionSources(registry, e->name)) {
        if (source == QLatin1String("activity")) {
            touched << QStringLiteral("SELECT x.%1 AS rid_of FROM activity x WHERE x.%1 IS NOT NULL AND x.deleted = 0 AND x.start_at <= ?").arg(col);
            params << iso(now);
        } else {
            touched << QStringLiteral("SELECT x.%1 AS rid_of FROM %2 x WHERE x.%1 IS NOT NULL AND x.deleted = 0 AND x.created_at <= ?")
                           .arg(col, Sql::ident(source));
            params << iso(now);
        }
    }
    if (touched.isEmpty())
        return out;
    auto never = Sql::exec(conn, QStringLiteral("SELECT %1 FROM (%2) s CROSS JOIN %3 a ON a.id = s.rid_of "
                                                "WHERE %4 AND a.last_activity_at IS NULL ORDER BY 2, a.rid")
                                     .arg(columns, QStringLiteral("SELECT DISTINCT rid_of FROM (%1)").arg(touched.join(QStringLiteral(" UNION ALL "))),
                                          t, filter),
                           params);
    if (!never)
        return never.error();
    read(never.value());
    return out;
}

} // namespace trato
