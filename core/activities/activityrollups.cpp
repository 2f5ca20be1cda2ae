// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityrollups.h"

#include "../metadata/registry.h"
#include "../models/listflags.h"
#include "../store/database.h"
#include "../store/sqlite.h"
#include "../store/teamsettings.h"
#include "../store/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace trato {

using Sql::ident;

namespace {

// Calls that did not reach anyone are no interaction.
const QString kInteraction = QStringLiteral("a.status = 'completed' AND a.completed_at IS NOT NULL "
                                            "AND coalesce(a.outcome, '') NOT IN ('no_answer', 'busy', 'wrong_number')");

// A threshold as SQL: the team's value if it stored one, else the default.
QString threshold(const char *key, int fallback)
{
    return QStringLiteral("coalesce((SELECT CAST(json_extract(value, '$.%1') AS INTEGER) FROM team_setting "
                          "WHERE key = 'relationship_thresholds' AND json_valid(value)), %2)")
        .arg(QLatin1String(key)).arg(fallback);
}

QString cutoff(const QString &now, const QString &days)
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', %1, '-' || %2 || ' days')").arg(now, days);
}

// The aggregates of one record's activities (alias a), in the order of the columns: last_activity_at,
// next_step_at[, relationship]. `now` is an SQL expression.
QString aggregates(bool relationship, const QString &now)
{
    const ActivityRollups::Thresholds d;
    QString sql = QStringLiteral("max(CASE WHEN a.status = 'completed' THEN a.completed_at END), "
                                 "min(CASE WHEN a.status IN ('planned', 'in_progress') THEN a.start_at END)");
    if (relationship) {
        const QString inWindow = QStringLiteral("count(CASE WHEN %1 AND a.completed_at >= %2 THEN 1 END)")
                                     .arg(kInteraction, cutoff(now, threshold("window_days", d.windowDays)));
        const QString last = QStringLiteral("max(CASE WHEN %1 THEN a.completed_at END)").arg(kInteraction);
        sql += QStringLiteral(", CASE "
                              "WHEN %1 >= %2 AND %3 >= %4 THEN 'friend' "
                              "WHEN %1 >= %5 AND %3 >= %6 THEN 'good_acquaintance' "
                              "WHEN %3 >= %7 THEN 'acquaintance' "
                              "ELSE 'unknown' END")
                   .arg(inWindow, threshold("friend_count", d.friendCount), last,
                        cutoff(now, threshold("friend_days", d.friendDays)), threshold("good_count", d.goodCount),
                        cutoff(now, threshold("good_days", d.goodDays)),
                        cutoff(now, threshold("acquaintance_days", d.acquaintanceDays)));
    }
    return sql;
}

bool hasRelationship(const QString &entity)
{
    return entity != QLatin1String("lead");
}

QString columns(const QString &entity)
{
    return hasRelationship(entity) ? QStringLiteral("last_activity_at, next_step_at, relationship")
                                   : QStringLiteral("last_activity_at, next_step_at");
}

// Recomputes the records of `entity` whose id is in `ids` (SQL expressions).
QString refreshRows(const QString &entity, const QString &ids, const QString &now)
{
    // "+a.deleted": the planner must take the relation's index, not a (deleted, ...) list index.
    return QStringLiteral("UPDATE %1 SET (%2) = (SELECT %3 FROM activity a WHERE a.%4 = %1.id AND +a.deleted = 0) WHERE id IN (%5)")
        .arg(ident(entity), columns(entity), aggregates(hasRelationship(entity), now), ident(entity), ids);
}

const QString kTriggerNow = QStringLiteral("'now'");

} // namespace

QStringList ActivityRollups::entities()
{
    return {QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("lead")};
}

QStringList ActivityRollups::triggerSql()
{
    // Bulk inserts (demo data, big imports) stand the insert trigger down and refresh once after the
    // load (RecordRules::afterBulk). Updates and deletes always recompute.
    const QString bulkOff = QStringLiteral("(SELECT bulk FROM sync_context WHERE id = 1) = 0");
    QStringList onInsert, onUpdate, onDelete;
    for (const QString &e : entities()) {
        onInsert << refreshRows(e, QStringLiteral("NEW.%1").arg(ident(e)), kTriggerNow);
        onUpdate << refreshRows(e, QStringLiteral("OLD.%1, NEW.%1").arg(ident(e)), kTriggerNow);
        onDelete << refreshRows(e, QStringLiteral("OLD.%1").arg(ident(e)), kTriggerNow);
    }
    auto body = [](const QStringList &statements) -> QString { return QStringLiteral("  ") + statements.join(QStringLiteral(";\n  ")) + QLatin1Char(';'); };
    return {
        QStringLiteral("CREATE TRIGGER activity__rollup_insert AFTER INSERT ON activity WHEN %1 BEGIN\n%2\nEND").arg(bulkOff, body(onInsert)),
        QStringLiteral("CREATE TRIGGER activity__rollup_update AFTER UPDATE OF status, start_at, completed_at, outcome, deleted, "
                       "account, contact, lead ON activity BEGIN\n%1\nEND").arg(body(onUpdate)),
        QStringLiteral("CREATE TRIGGER activity__rollup_delete AFTER DELETE ON activity BEGIN\n%1\nEND").arg(body(onDelete)),
    };
}

Result<qint64> ActivityRollups::refreshAll(Database &db, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    const QString at = now.toUTC().toString(Qt::ISODate);
    qint64 changed = 0;
    for (const QString &e : entities()) {
        if (!db.registry()->entity(e))
            continue;
        const QString t = ident(e);
        // One grouped pass over the activities, then only the rows whose values differ are written.
        const QString agg = QStringLiteral("SELECT a.%1 AS rec, %2 FROM activity a WHERE a.%1 IS NOT NULL AND +a.deleted = 0 GROUP BY a.%1")
                                .arg(t, aggregates(hasRelationship(e), QStringLiteral("?")));
        const bool rel = hasRelationship(e);
        const QString cols = rel ? QStringLiteral("rec, l, n, r") : QStringLiteral("rec, l, n");
        const QString differs = rel ? QStringLiteral("(%1.last_activity_at IS NOT g.l OR %1.next_step_at IS NOT g.n OR %1.relationship IS NOT g.r)")
                                    : QStringLiteral("(%1.last_activity_at IS NOT g.l OR %1.next_step_at IS NOT g.n)");
        QString sql = QStringLiteral("WITH g(%1) AS MATERIALIZED (%2) UPDATE %3 SET last_activity_at = g.l, next_step_at = g.n%4 FROM g WHERE %3.id = g.rec AND %5")
                          .arg(cols, agg, t, rel ? QStringLiteral(", relationship = g.r") : QString(), differs.arg(t));
        // The same `now` for every threshold of the pass.
        QVariantList params;
        for (int i = 0; i < sql.count(QLatin1Char('?')); ++i)
            params << at;
        auto r = Sql::exec(tx.connection(), sql, params);
        if (!r)
            return r.error();
        changed += r.value().numRowsAffected();
        // Records left without any activity go back to nothing.
        const QString reset = QStringLiteral("UPDATE %1 SET last_activity_at = NULL, next_step_at = NULL%2 "
                                             "WHERE (last_activity_at IS NOT NULL OR next_step_at IS NOT NULL%3) "
                                             "AND NOT EXISTS (SELECT 1 FROM activity a WHERE a.%1 = %1.id AND +a.deleted = 0)")
                                  .arg(t, rel ? QStringLiteral(", relationship = 'unknown'") : QString(),
                                       rel ? QStringLiteral(" OR relationship IS NOT 'unknown'") : QString());
        auto z = Sql::exec(tx.connection(), reset);
        if (!z)
            return z.error();
        changed += z.value().numRowsAffected();
        tx.touched(e);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed;
}

ActivityRollups::Thresholds ActivityRollups::thresholds(Database &db)
{
    Thresholds t;
    const QJsonObject o = QJsonDocument::fromJson(TeamSettings(db).value(QString::fromLatin1(kThresholdsKey)).toUtf8()).object();
    t.windowDays = o.value(QStringLiteral("window_days")).toInt(t.windowDays);
    t.friendCount = o.value(QStringLiteral("friend_count")).toInt(t.friendCount);
    t.friendDays = o.value(QStringLiteral("friend_days")).toInt(t.friendDays);
    t.goodCount = o.value(QStringLiteral("good_count")).toInt(t.goodCount);
    t.goodDays = o.value(QStringLiteral("good_days")).toInt(t.goodDays);
    t.acquaintanceDays = o.value(QStringLiteral("acquaintance_days")).toInt(t.acquaintanceDays);
    return t;
}

Status ActivityRollups::setThresholds(Database &db, const Thresholds &t)
{
    for (int v : {t.windowDays, t.friendCount, t.friendDays, t.goodCount, t.goodDays, t.acquaintanceDays})
        if (v < 1 || v > 3660)
            return Error::badInput(tr("Relationship thresholds must be between 1 and 3660."));
    if (t.friendCount < t.goodCount || t.friendDays > t.goodDays || t.goodDays > t.acquaintanceDays)
        return Error::badInput(tr("A friend must need at least as many interactions, as recent, as a good acquaintance, "
                                  "and a good acquaintance as recent as an acquaintance."));
    QJsonObject o;
    o[QStringLiteral("window_days")] = t.windowDays;
    o[QStringLiteral("friend_count")] = t.friendCount;
    o[QStringLiteral("friend_days")] = t.friendDays;
    o[QStringLiteral("good_count")] = t.goodCount;
    o[QStringLiteral("good_days")] = t.goodDays;
    o[QStringLiteral("acquaintance_days")] = t.acquaintanceDays;
    return TeamSettings(db).setValue(QString::fromLatin1(kThresholdsKey),
                                     QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QString ActivityRollups::stalledCondition(const QString &entity)
{
    if (entity == QLatin1String("lead"))
        return QStringLiteral("(next_step_at IS NULL AND coalesce(status, '') NOT IN ('converted', 'disqualified'))");
    if (entity == QLatin1String("contact"))
        return QStringLiteral("(next_step_at IS NULL AND last_activity_at IS NOT NULL)");
    if (entity == QLatin1String("account"))
        return QStringLiteral("(next_step_at IS NULL AND type IN ('customer', 'prospect'))");
    return {};
}

bool ActivityRollups::isStalled(const QString &entity, const std::function<QVariant(const QString &field)> &value)
{
    if (!value(QStringLiteral("next_step_at")).toString().isEmpty())
        return false;
    if (entity == QLatin1String("lead")) {
        const QString status = value(QStringLiteral("status")).toString();
        return status != QLatin1String("converted") && status != QLatin1String("disqualified");
    }
    if (entity == QLatin1String("contact"))
        return !value(QStringLiteral("last_activity_at")).toString().isEmpty();
    if (entity == QLatin1String("account")) {
        const QString type = value(QStringLiteral("type")).toString();
        return type == QLatin1String("customer") || type == QLatin1String("prospect");
    }
    return false;
}

QStringList ActivityRollups::stalledNeeds(const QString &entity)
{
    QStringList needs{QStringLiteral("next_step_at")};
    if (entity == QLatin1String("lead"))
        needs << QStringLiteral("status");
    else if (entity == QLatin1String("contact"))
        needs << QStringLiteral("last_activity_at");
    else if (entity == QLatin1String("account"))
        needs << QStringLiteral("type");
    return needs;
}

void ActivityRollups::registerListFlags()
{
    for (const QString &entity : entities()) {
        ListFlags::add({entity, QStringLiteral("next_step_at"), stalledNeeds(entity),
                        [entity](const std::function<QVariant(const QString &)> &value) { return isStalled(entity, value); },
                        "trato::ActivityRollups", QT_TRANSLATE_NOOP("trato::ActivityRollups", "Stalled"),
                        QT_TRANSLATE_NOOP("trato::ActivityRollups", "Stalled: nothing is scheduled next. Plan the next step.")});
    }
}

Result<QList<Record>> ActivityRollups::stalled(Database &db, const StalledQuery &query)
{
    const QString condition = stalledCondition(query.entity);
    const Entity *entity = db.registry()->entity(query.entity);
    if (condition.isEmpty() || !entity)
        return Error::badInput(tr("Stalled records are leads, contacts or accounts, not \"%1\".").arg(query.entity));
    QString sql = QStringLiteral("SELECT id, %1 AS title, owner, last_activity_at, next_step_at FROM %2 WHERE deleted = 0 AND %3")
                      .arg(entity->titleExpression(), ident(entity->name), condition);
    QVariantList params;
    if (!query.owner.isEmpty()) {
        sql += QStringLiteral(" AND owner = ?");
        params << query.owner;
    }
    sql += QStringLiteral(" ORDER BY last_activity_at IS NOT NULL, last_activity_at, rid LIMIT ?");
    params << (query.limit > 0 ? query.limit : 1000);
    auto q = Sql::exec(db.connection(), sql, params);
    if (!q)
        return q.error();
    QList<Record> out;
    while (q.value().next()) {
        Record r;
        r[QStringLiteral("id")] = q.value().value(0);
        r[QStringLiteral("title")] = q.value().value(1);
        r[QStringLiteral("owner")] = q.value().value(2);
        r[QStringLiteral("last_activity_at")] = q.value().value(3);
        r[QStringLiteral("next_step_at")] = q.value().value(4);
        out << r;
    }
    return out;
}

} // namespace trato
