// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines.h"

#include "documentcalc.h"

#include "../marketing/leadconversion.h"
#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/recordrules.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace trato {

namespace {

const QString kOpportunity = QStringLiteral("opportunity");
const QString kPipeline = QStringLiteral("pipeline");
const QString kStage = QStringLiteral("pipeline_stage");

struct DefaultStage
{
    const char *name;
    int percent;
    const char *outcome;
};

// The stages of the "Sales" pipeline every database starts with.
const DefaultStage kDefaultStages[] = {
    {QT_TRANSLATE_NOOP("trato::Pipelines", "Prospecting"), 10, "open"},
    {QT_TRANSLATE_NOOP("trato::Pipelines", "Qualification"), 20, "open"},
    {QT_TRANSLATE_NOOP("trato::Pipelines", "Needs analysis"), 40, "open"},
    {QT_TRANSLATE_NOOP("trato::Pipelines", "Proposal"), 60, "open"},
    {QT_TRANSLATE_NOOP("trato::Pipelines", "Negotiation"), 80, "open"},
    {QT_TRANSLATE_NOOP("trato::Pipelines", "Closed won"), 100, "won"},
    {QT_TRANSLATE_NOOP("trato::Pipelines", "Closed lost"), 0, "lost"},
};

struct StageRow
{
    QString pipeline;
    QString outcome;
    double probability = 0;
    bool found = false;
};

Result<StageRow> stageRow(QSqlDatabase conn, const QString &id)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT pipeline, outcome, coalesce(probability, 0) FROM pipeline_stage WHERE id = ? AND deleted = 0"), {id});
    if (!q)
        return q.error();
    StageRow r;
    if (q.value().next()) {
        r.pipeline = q.value().value(0).toString();
        r.outcome = q.value().value(1).toString();
        r.probability = q.value().value(2).toDouble();
        r.found = true;
    }
    return r;
}

Result<QString> firstStage(QSqlDatabase conn, const QString &pipeline)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT id FROM pipeline_stage WHERE pipeline = ? AND deleted = 0 ORDER BY position, rid LIMIT 1"), {pipeline});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::badInput(Pipelines::tr("The pipeline has no stages."));
    return q.value().value(0).toString();
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Status deriveOpportunity(RecordRules::Write &w)
{
    QSqlDatabase conn = w.db.connection();
    const QString pipelineField = kPipeline;
    const QString stageField = QStringLiteral("stage");
    QString pipeline = w.after(pipelineField).toString();
    QString stage = w.after(stageField).toString();

    // Pipeline: the stage's when only a stage is given, else the default one.
    if (pipeline.isEmpty() && !stage.isEmpty()) {
        auto s = stageRow(conn, stage);
        if (!s)
            return s.error();
        if (s.value().found)
            pipeline = s.value().pipeline;
    }
    if (pipeline.isEmpty()) {
        auto d = Pipelines::defaultPipeline(w.db);
        if (!d)
            return d.error();
        pipeline = d.value();
    }
    if (w.after(pipelineField).toString() != pipeline)
        w.values.insert(pipelineField, pipeline);
    // Stage: the pipeline's first when none, or when the pipeline changes without a stage.
    if (stage.isEmpty() || (w.changes(pipelineField) && !w.values.contains(stageField))) {
        auto f = firstStage(conn, pipeline);
        if (!f)
            return f.error();
        stage = f.value();
        w.values.insert(stageField, stage);
    }
    auto row = stageRow(conn, stage);
    if (!row)
        return row.error();
    if (!row.value().found)
        return Error::badInput(Pipelines::tr("Stage (stage): there is no pipeline stage with id %1.").arg(stage));
    if (row.value().pipeline != pipeline)
        return Error::badInput(Pipelines::tr("Stage (stage): the stage does not belong to the opportunity's pipeline."));

    // Status follows the stage; closed_at when it closes, cleared when it reopens.
    const QString status = row.value().outcome.isEmpty() ? QStringLiteral("open") : row.value().outcome;
    const QString before = w.current ? w.current->value(QStringLiteral("status")).toString() : QString();
    if (w.creating || before != status)
        w.values.insert(QStringLiteral("status"), status);
    if (status == QLatin1String("open")) {
        if (!w.after(QStringLiteral("closed_at")).isNull())
            w.values.insert(QStringLiteral("closed_at"), QVariant());
    } else if (w.creating || before != status || w.after(QStringLiteral("closed_at")).isNull()) {
        w.values.insert(QStringLiteral("closed_at"), nowIso());
    }

    // Probability: the stage's default when the stage changes, unless this write sets it.
    const bool stageChanged = w.creating || w.changes(stageField);
    if (stageChanged && !w.values.contains(QStringLiteral("probability")))
        w.values.insert(QStringLiteral("probability"), row.value().probability);
    const QVariant probability = w.after(QStringLiteral("probability"));
    if (!probability.isNull() && (probability.toDouble() < 0 || probability.toDouble() > 100))
        return Error::badInput(Pipelines::tr("Probability (probability) must be between 0 and 100."));

    // Currency: three capital letters.
    const QVariant currency = w.after(QStringLiteral("currency"));
    if (!currency.isNull()) {
        const QString c = currency.toString().trimmed().toUpper();
        static const QRegularExpression three(QStringLiteral("^[A-Z]{3}$"));
        if (!three.match(c).hasMatch())
            return Error::badInput(Pipelines::tr("Currency (currency) must be a three-letter code such as EUR, not \"%1\".").arg(currency.toString()));
        if (c != currency.toString())
            w.values.insert(QStringLiteral("currency"), c);
    }

    // Weighted amount, exact.
    const QVariant amount = w.after(QStringLiteral("amount"));
    const QVariant weighted = amount.isNull() ? QVariant() : QVariant(Pipelines::weighted(amount.toLongLong(), probability.toDouble()));
    const QVariant stored = w.current ? w.current->value(QStringLiteral("weighted_amount")) : QVariant();
    if (w.creating || stored.isNull() != weighted.isNull() || stored.toLongLong() != weighted.toLongLong())
        w.values.insert(QStringLiteral("weighted_amount"), weighted);
    return {};
}

Status deriveStage(RecordRules::Write &w)
{
    const QString name = w.after(QStringLiteral("name")).toString().trimmed();
    const QString pipeline = w.after(kPipeline).toString();
    if (w.current && w.changes(kPipeline))
        return Error::badInput(Pipelines::tr("A stage cannot move to another pipeline."));
    if (!name.isEmpty() && (w.creating || w.changes(QStringLiteral("name")))) {
        auto q = Sql::exec(w.db.connection(),
                           QStringLiteral("SELECT 1 FROM pipeline_stage WHERE pipeline = ? AND name = ? COLLATE NOCASE AND deleted = 0 AND id IS NOT ?"),
                           {pipeline, name, w.current ? w.current->value(QStringLiteral("id")) : QVariant()});
        if (!q)
            return q.error();
        if (q.value().next())
            return Error::badInput(Pipelines::tr("Stage name (name): the pipeline already has a stage named \"%1\".").arg(name));
    }
    const QVariant p = w.after(QStringLiteral("probability"));
    if (!p.isNull() && (p.toDouble() < 0 || p.toDouble() > 100))
        return Error::badInput(Pipelines::tr("Default probability (probability) must be between 0 and 100."));
    if (w.creating && w.after(QStringLiteral("position")).isNull()) {
        auto q = Sql::exec(w.db.connection(), QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM pipeline_stage WHERE pipeline = ?"), {pipeline});
        if (!q)
            return q.error();
        q.value().next();
        w.values.insert(QStringLiteral("position"), q.value().value(0).toLongLong());
    }
    return {};
}

// Bulk loads (import, demo) write rows raw: the same defaults and derived values, set-based.
Status bulkOpportunities(Database &db, qint64 first, qint64 last)
{
    auto d = Pipelines::defaultPipeline(db);
    if (!d)
        return d.error();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    const QString range = QStringLiteral(" WHERE rid BETWEEN %1 AND %2").arg(first).arg(last);
    const QStringList sql = {
        QStringLiteral("UPDATE opportunity SET pipeline = coalesce((SELECT s.pipeline FROM pipeline_stage s WHERE s.id = opportunity.stage), ?)")
            + range + QStringLiteral(" AND pipeline IS NULL"),
        QStringLiteral("UPDATE opportunity SET stage = (SELECT s.id FROM pipeline_stage s WHERE s.pipeline = opportunity.pipeline AND s.deleted = 0 "
                       "ORDER BY s.position, s.rid LIMIT 1)") + range + QStringLiteral(" AND stage IS NULL"),
        QStringLiteral("UPDATE opportunity SET status = coalesce((SELECT s.outcome FROM pipeline_stage s WHERE s.id = opportunity.stage), 'open'), "
                       "probability = coalesce(probability, (SELECT s.probability FROM pipeline_stage s WHERE s.id = opportunity.stage))") + range,
        QStringLiteral("UPDATE opportunity SET closed_at = CASE WHEN status = 'open' THEN NULL ELSE coalesce(closed_at, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) END")
            + range,
        // amount x basis points / 10000, half away from zero, in integers.
        QStringLiteral("UPDATE opportunity SET weighted_amount = CASE WHEN amount IS NULL THEN NULL ELSE "
                       "(CASE WHEN amount < 0 THEN -1 ELSE 1 END) * ((abs(amount) * CAST(round(coalesce(probability, 0) * 100) AS INTEGER) + 5000) / 10000) END")
            + range,
    };
    for (int i = 0; i < sql.size(); ++i) {
        auto r = Sql::exec(tx.connection(), sql.at(i), i == 0 ? QVariantList{d.value()} : QVariantList{});
        if (!r)
            return r.error();
    }
    tx.touched(kOpportunity);
    return tx.commit();
}

} // namespace

const PipelineStageInfo *PipelineInfo::stage(const QString &idOrName) const
{
    for (const auto &s : stages)
        if (s.id == idOrName)
            return &s;
    for (const auto &s : stages)
        if (s.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

qint64 Pipelines::weighted(qint64 amountCents, double probabilityPercent)
{
    return DocumentCalc::mulDiv(amountCents, DocumentCalc::basisPoints(probabilityPercent), 10000);
}

Result<QString> Pipelines::defaultPipeline(Database &db)
{
    QSqlDatabase conn = db.connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT id, is_default FROM pipeline WHERE deleted = 0 ORDER BY is_default DESC, coalesce(active, 1) DESC, rid LIMIT 1"));
    if (!q)
        return q.error();
    if (q.value().next()) {
        const QString id = q.value().value(0).toString();
        if (!q.value().value(1).toBool()) {
            if (Status s = RecordStore(db).update(kPipeline, id, {{QStringLiteral("is_default"), true}}, RecordStore::Access::System); !s)
                return s.error();
        }
        return id;
    }
    QList<PipelineStageSpec> stages;
    for (const auto &d : kDefaultStages)
        stages << PipelineStageSpec{tr(d.name), QString::number(d.percent), QString::fromLatin1(d.outcome)};
    return add(db, tr("Sales"), stages, true);
}

Result<QList<PipelineInfo>> Pipelines::list(Database &db)
{
    QSqlDatabase conn = db.connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT p.id, p.name, p.is_default, coalesce(p.active, 1), s.id, s.name, s.position, s.probability, s.outcome "
                                            "FROM pipeline p LEFT JOIN pipeline_stage s ON s.pipeline = p.id AND s.deleted = 0 "
                                            "WHERE p.deleted = 0 ORDER BY p.is_default DESC, p.name COLLATE NOCASE, p.id, s.position, s.rid"));
    if (!q)
        return q.error();
    QList<PipelineInfo> out;
    while (q.value().next()) {
        const QString id = q.value().value(0).toString();
        if (out.isEmpty() || out.last().id != id) {
            PipelineInfo p;
            p.id = id;
            p.name = q.value().value(1).toString();
            p.isDefault = q.value().value(2).toBool();
            p.active = q.value().value(3).toBool();
            out << p;
        }
        if (q.value().value(4).isNull())
            continue;
        PipelineStageInfo s;
        s.id = q.value().value(4).toString();
        s.name = q.value().value(5).toString();
        s.position = q.value().value(6).toInt();
        s.probabilityBp = DocumentCalc::basisPoints(q.value().value(7).toDouble());
        s.outcome = q.value().value(8).toString();
        out.last().stages << s;
    }
    return out;
}

Result<PipelineInfo> Pipelines::pipeline(Database &db, const QString &idOrName)
{
    QString key = idOrName.trimmed();
    if (key.isEmpty()) {
        auto d = defaultPipeline(db);
        if (!d)
            return d.error();
        key = d.value();
    }
    auto all = list(db);
    if (!all)
        return all.error();
    for (const auto &p : all.value())
        if (p.id == key)
            return p;
    for (const auto &p : all.value())
        if (p.name.compare(key, Qt::CaseInsensitive) == 0)
            return p;
    return Error::notFound(tr("There is no pipeline \"%1\".").arg(idOrName));
}

Result<PipelineStageSpec> Pipelines::parseStageSpec(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).trimmed().isEmpty())
        return Error::badInput(tr("Stage \"%1\": use NAME:PROBABILITY[:won|lost], e.g. \"Proposal:60\".").arg(text));
    PipelineStageSpec s;
    s.name = parts.at(0).trimmed();
    s.probability = parts.at(1).trimmed();
    if (parts.size() == 3) {
        s.outcome = parts.at(2).trimmed().toLower();
        if (s.outcome != QLatin1String("won") && s.outcome != QLatin1String("lost") && s.outcome != QLatin1String("open"))
            return Error::badInput(tr("Stage \"%1\": the outcome must be won or lost.").arg(text));
    }
    return s;
}

Result<QString> Pipelines::add(Database &db, const QString &name, const QList<PipelineStageSpec> &stages, bool makeDefault)
{
    const QString title = name.trimmed();
    if (title.isEmpty())
        return Error::badInput(tr("A pipeline needs a name."));
    if (stages.isEmpty())
        return Error::badInput(tr("Pipeline \"%1\" needs at least one stage.").arg(title));
    QSet<QString> names;
    bool anyOpen = false;
    const Entity *stageEntity = db.registry()->entity(kStage);
    const Field *probabilityField = stageEntity ? stageEntity->field(QStringLiteral("probability")) : nullptr;
    if (!probabilityField)
        return Error::failure(tr("The pipeline_stage entity is missing."));
    QList<double> probabilities;
    for (const auto &s : stages) {
        const QString key = s.name.trimmed().toCaseFolded();
        if (key.isEmpty())
            return Error::badInput(tr("Pipeline \"%1\": a stage has no name.").arg(title));
        if (names.contains(key))
            return Error::badInput(tr("Pipeline \"%1\": the stage name \"%2\" is used twice.").arg(title, s.name.trimmed()));
        names.insert(key);
        auto p = Value::parse(*probabilityField, s.probability, QLocale::c());
        if (!p)
            return p.error();
        if (p.value().isNull() || p.value().toDouble() < 0 || p.value().toDouble() > 100)
            return Error::badInput(tr("Stage \"%1\": the probability must be between 0 and 100.").arg(s.name.trimmed()));
        probabilities << p.value().toDouble();
        if (s.outcome == QLatin1String("open"))
            anyOpen = true;
    }
    if (!anyOpen)
        return Error::badInput(tr("Pipeline \"%1\" needs at least one open stage (one that is neither won nor lost).").arg(title));
    auto taken = Sql::exec(db.connection(), QStringLiteral("SELECT 1 FROM pipeline WHERE name = ? COLLATE NOCASE AND deleted = 0"), {title});
    if (!taken)
        return taken.error();
    if (taken.value().next())
        return Error::badInput(tr("There is already a pipeline named \"%1\".").arg(title));

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(db);
    if (makeDefault) {
        auto q = Sql::exec(tx.connection(), QStringLiteral("SELECT id FROM pipeline WHERE is_default = 1 AND deleted = 0"));
        if (!q)
            return q.error();
        QStringList ids;
        while (q.value().next())
            ids << q.value().value(0).toString();
        for (const QString &id : std::as_const(ids))
            if (Status s = store.update(kPipeline, id, {{QStringLiteral("is_default"), false}}, RecordStore::Access::System); !s)
                return s.error();
    }
    auto id = store.create(kPipeline, {{QStringLiteral("name"), title}, {QStringLiteral("is_default"), makeDefault}}, RecordStore::Access::System);
    if (!id)
        return id.error();
    for (int i = 0; i < stages.size(); ++i) {
        auto s = store.create(kStage, {{kPipeline, id.value()}, {QStringLiteral("name"), stages.at(i).name.trimmed()},
                                       {QStringLiteral("position"), i + 1}, {QStringLiteral("probability"), probabilities.at(i)},
                                       {QStringLiteral("outcome"), stages.at(i).outcome}},
                              RecordStore::Access::System);
        if (!s)
            return s.error();
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return id.value();
}

Status Pipelines::move(Database &db, const QString &opportunityId, const QString &stage, const QString &lostReason)
{
    RecordStore store(db);
    auto o = store.get(kOpportunity, opportunityId);
    if (!o)
        return o.error();
    auto p = pipeline(db, o.value().value(kPipeline).toString());
    if (!p)
        return p.error();
    const PipelineStageInfo *target = p.value().stage(stage);
    if (!target) {
        QStringList names;
        for (const auto &s : p.value().stages)
            names << s.name;
        return Error::badInput(tr("Pipeline \"%1\" has no stage \"%2\". Stages: %3.").arg(p.value().name, stage, names.join(QStringLiteral(", "))));
    }
    QVariantMap values{{QStringLiteral("stage"), target->id}};
    if (!lostReason.trimmed().isEmpty()) {
        auto parsed = store.parseInput(kOpportunity, {{QStringLiteral("lost_reason"), lostReason.trimmed()}}, QLocale::c());
        if (!parsed)
            return parsed.error();
        values.insert(parsed.value());
    }
    return store.update(kOpportunity, opportunityId, values);
}

QString Pipelines::stalledCondition(const QString &a)
{
    return QStringLiteral("(%1.status = 'open' AND ((coalesce(trim(%1.next_step), '') = '' AND NOT EXISTS (SELECT 1 FROM activity x "
                          "WHERE x.opportunity = %1.id AND +x.deleted = 0 AND x.status IN ('planned', 'in_progress'))) "
                          "OR %1.expected_close < ?))").arg(a);
}

void Pipelines::registerRules()
{
    RecordRules::addDerive(kOpportunity, deriveOpportunity);
    RecordRules::addDerive(kStage, deriveStage);
    RecordRules::addAfterBulk(kOpportunity, bulkOpportunities);
    // A converted lead opens an opportunity in the default pipeline for the new account and contact.
    LeadConversion::addStep(QStringLiteral("opportunity"), [](Database &db, Transaction &, const Record &lead,
                                                             LeadConversionResult &result) -> Status {
        auto v = [&](const char *f) { return lead.value(QString::fromLatin1(f)); };
        QString name = v("company").toString().trimmed();
        if (name.isEmpty())
            name = QStringList{v("first_name").toString().trimmed(), v("last_name").toString().trimmed()}.join(QLatin1Char(' ')).trimmed();
        QVariantMap values{{QStringLiteral("name"), name}, {QStringLiteral("lead"), v("id")}};
        auto put = [&](const QString &field, const QVariant &value) {
            if (!value.isNull() && !value.toString().isEmpty())
                values.insert(field, value);
        };
        put(QStringLiteral("amount"), v("estimated_value"));
        put(QStringLiteral("source"), v("source"));
        put(QStringLiteral("campaign"), v("campaign"));
        put(QStringLiteral("account"), result.accountId);
        put(QStringLiteral("contact"), result.contactId);
        put(QStringLiteral("owner"), v("owner"));
        auto id = RecordStore(db).create(kOpportunity, values, RecordStore::Access::System);
        if (!id)
            return id.error();
        result.opportunityId = id.value();
        return {};
    });
}

} // namespace trato
