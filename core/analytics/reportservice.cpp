// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportservice.h"

#include "metadata/registry.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/transaction.h"

namespace trato {

namespace {

const QString kEntity = QStringLiteral("report");

SavedReport fromRow(const QSqlQuery &q)
{
    SavedReport r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.description = q.value(2).toString();
    r.entity = q.value(3).toString();
    r.owner = q.value(4).toString();
    r.shared = q.value(5).toLongLong() != 0;
    r.problems = q.value(6).toString();
    r.lastRunAt = q.value(7).toString();
    r.definitionText = q.value(8).toString();
    return r;
}

const QString kColumns = QStringLiteral("id, name, description, base_entity, owner, shared, problems, last_run_at, definition");

Result<SavedReport> byId(Database &db, const QString &id)
{
    auto q = Sql::exec(db.connection(), QStringLiteral("SELECT %1 FROM report WHERE id = ? AND deleted = 0").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(ReportService::tr("There is no report with id %1.").arg(id));
    return fromRow(q.value());
}

Status ownReport(Database &db, const SavedReport &r)
{
    if (r.owner != db.user())
        return Error::badInput(ReportService::tr("The report \"%1\" belongs to %2; only its owner can change it (duplicate it to make your own).")
                                   .arg(r.name, r.owner));
    return Status::success();
}

Status nameFree(Database &db, const QString &name, const QString &exceptId)
{
    if (name.trimmed().isEmpty())
        return Error::badInput(ReportService::tr("A report needs a name."));
    // Compared here, not with SQL lower(), which folds ASCII only ("Mío" and "mío").
    auto q = Sql::exec(db.connection(), QStringLiteral("SELECT name FROM report WHERE deleted = 0 AND owner = ? AND id <> ?"),
                       {db.user(), exceptId.isNull() ? QStringLiteral("") : exceptId});
    if (!q)
        return q.error();
    while (q.value().next())
        if (q.value().value(0).toString().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return Error::badInput(ReportService::tr("You already have a report named \"%1\".").arg(name.trimmed()));
    return Status::success();
}

} // namespace

Result<QList<SavedReport>> ReportService::list(Database &db, bool validateFirst)
{
    if (validateFirst)
        if (auto v = validate(db); !v)
            return v.error();
    auto q = Sql::exec(db.connection(),
                       QStringLiteral("SELECT %1 FROM report WHERE deleted = 0 AND (shared = 1 OR owner = ?) ORDER BY lower(name), owner, id").arg(kColumns),
                       {db.user()});
    if (!q)
        return q.error();
    QList<SavedReport> out;
    while (q.value().next())
        out << fromRow(q.value());
    return out;
}

Result<SavedReport> ReportService::find(Database &db, const QString &idOrName)
{
    auto all = list(db, false);
    if (!all)
        return all.error();
    QList<SavedReport> own, shared;
    for (const SavedReport &r : all.value()) {
        if (r.id == idOrName)
            return r;
        if (r.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            (r.owner == db.user() ? own : shared) << r;
    }
    if (own.size() == 1)
        return own.first();
    if (own.isEmpty() && shared.size() == 1)
        return shared.first();
    if (own.isEmpty() && shared.size() > 1) {
        QStringList owners;
        for (const auto &r : shared)
            owners << QStringLiteral("%1 (%2)").arg(r.id, r.owner);
        return Error::badInput(tr("Several shared reports are named \"%1\": %2. Use the id.").arg(idOrName, owners.join(QStringLiteral(", "))));
    }
    return Error::notFound(tr("There is no report \"%1\" (see `report list`).").arg(idOrName));
}

Result<QString> ReportService::save(Database &db, const QString &name, const ReportDefinition &definition, bool shared,
                                    const QString &description)
{
    if (const auto problems = definition.problems(*db.registry()); !problems.isEmpty())
        return Error::badInput(ReportDefinition::describe(problems));
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = nameFree(db, name, QString()); !s)
        return s.error();
    RecordStore store(db);
    QVariantMap values{{QStringLiteral("name"), name.trimmed()},
                       {QStringLiteral("base_entity"), definition.entity},
                       {QStringLiteral("definition"), definition.toJsonText()},
                       {QStringLiteral("shared"), shared ? 1 : 0},
                       {QStringLiteral("chart"), definition.chart}};
    if (!description.isEmpty())
        values.insert(QStringLiteral("description"), description);
    auto id = store.create(kEntity, values);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Status ReportService::update(Database &db, const QString &id, const ReportDefinition &definition, bool shared)
{
    if (const auto problems = definition.problems(*db.registry()); !problems.isEmpty())
        return Error::badInput(ReportDefinition::describe(problems));
    auto r = byId(db, id);
    if (!r)
        return r.error();
    if (Status s = ownReport(db, r.value()); !s)
        return s;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(db);
    if (Status s = store.update(kEntity, id,
                                {{QStringLiteral("base_entity"), definition.entity},
                                 {QStringLiteral("definition"), definition.toJsonText()},
                                 {QStringLiteral("shared"), shared ? 1 : 0},
                                 {QStringLiteral("chart"), definition.chart}});
        !s)
        return s;
    if (Status s = store.update(kEntity, id, {{QStringLiteral("problems"), QVariant()}}, RecordStore::Access::System); !s)
        return s;
    return tx.commit();
}

Status ReportService::rename(Database &db, const QString &id, const QString &newName)
{
    auto r = byId(db, id);
    if (!r)
        return r.error();
    if (Status s = ownReport(db, r.value()); !s)
        return s;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = nameFree(db, newName, id); !s)
        return s;
    if (Status s = RecordStore(db).update(kEntity, id, {{QStringLiteral("name"), newName.trimmed()}}); !s)
        return s;
    return tx.commit();
}

Result<QString> ReportService::duplicate(Database &db, const QString &id, const QString &newName)
{
    auto r = byId(db, id);
    if (!r)
        return r.error();
    if (!r->shared && r->owner != db.user())
        return Error::notFound(tr("There is no report with id %1.").arg(id));
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = nameFree(db, newName, QString()); !s)
        return s.error();
    // The copy keeps the definition as it is, broken parts included (flagged on the next validation).
    auto created = RecordStore(db).create(kEntity, {{QStringLiteral("name"), newName.trimmed()},
                                                    {QStringLiteral("description"), r->description},
                                                    {QStringLiteral("base_entity"), r->entity},
                                                    {QStringLiteral("definition"), r->definitionText},
                                                    {QStringLiteral("shared"), 0}});
    if (!created)
        return created.error();
    if (!r->problems.isEmpty())
        if (Status s = RecordStore(db).update(kEntity, created.value(), {{QStringLiteral("problems"), r->problems}}, RecordStore::Access::System); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created.value();
}

Status ReportService::remove(Database &db, const QString &id)
{
    auto r = byId(db, id);
    if (!r)
        return r.error();
    if (Status s = ownReport(db, r.value()); !s)
        return s;
    return RecordStore(db).remove(kEntity, id);
}

Result<int> ReportService::validate(Database &db)
{
    auto q = Sql::exec(db.connection(), QStringLiteral("SELECT id, definition, coalesce(problems, '') FROM report WHERE deleted = 0"));
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> changes; // id, new problems
    int flagged = 0;
    while (q.value().next()) {
        const QString id = q.value().value(0).toString();
        const QString stored = q.value().value(2).toString();
        QString problems;
        auto def = ReportDefinition::fromJsonText(q.value().value(1).toString());
        if (!def)
            problems = def.error().message;
        else
            problems = ReportDefinition::describe(def->problems(*db.registry()));
        if (!problems.isEmpty())
            ++flagged;
        if (problems != stored)
            changes << qMakePair(id, problems);
    }
    if (changes.isEmpty())
        return flagged;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(db);
    for (const auto &[id, problems] : changes)
        if (Status s = store.update(kEntity, id, {{QStringLiteral("problems"), problems.isEmpty() ? QVariant() : QVariant(problems)}},
                                    RecordStore::Access::System);
            !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return flagged;
}

Result<ReportResult> ReportService::run(Database &db, const SavedReport &report, ReportRunOptions options, const QDateTime &now)
{
    auto def = ReportDefinition::fromJsonText(report.definitionText);
    if (!def)
        return Error::badInput(tr("The report \"%1\" cannot run: %2").arg(report.name, def.error().message));
    if (!options.dropBroken)
        if (const auto problems = def->problems(*db.registry()); !problems.isEmpty())
            return Error::badInput(tr("The report \"%1\" cannot run:\n%2").arg(report.name, ReportDefinition::describe(problems)));
    if (options.title.isEmpty())
        options.title = report.name;
    auto result = ReportEngine::run(db, def.value(), options);
    if (!result)
        return result;
    const QDateTime at = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toUTC();
    if (Status s = RecordStore(db).update(kEntity, report.id, {{QStringLiteral("last_run_at"), at.toString(Qt::ISODate)}},
                                          RecordStore::Access::System);
        !s)
        return s.error();
    return result;
}

} // namespace trato
