// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace trato {

class Database;

struct PipelineStageInfo
{
    QString id;
    QString name;
    int position = 0;
    int probabilityBp = 0;          // the stage's default probability in basis points (60 % = 6000)
    QString outcome;                // open, won or lost
};

struct PipelineInfo
{
    QString id;
    QString name;
    bool isDefault = false;
    bool active = true;
    QList<PipelineStageInfo> stages; // by position

    const PipelineStageInfo *stage(const QString &idOrName) const; // by id, else by name (case ignored)
};

// What `pipeline add` takes for one stage: "Name:probability[:won|lost]".
struct PipelineStageSpec
{
    QString name;
    QString probability;            // percent as typed ("60", "12.5")
    QString outcome = QStringLiteral("open");
};

// Pipelines and the rules of an opportunity (docs/SALES.md "Pipeline and forecast"):
//  - every database has a default pipeline; "Sales" (Prospecting 10 % ... Closed won 100 %,
//    Closed lost 0 %) is created the first time one is needed and there is none;
//  - an opportunity's pipeline defaults to the default one and its stage to the pipeline's first;
//    the stage must belong to the pipeline; status follows the stage's outcome and closed_at is set
//    when it closes (cleared when it reopens); probability takes the stage's default when the
//    stage changes unless the same write sets it; weighted_amount = amount x probability
//    (DocumentCalc::mulDiv on basis points); a lost one needs lost_reason; currency is three
//    capital letters. These run as RecordRules on every write path.
class Pipelines
{
    Q_DECLARE_TR_FUNCTIONS(trato::Pipelines)
public:
    // The default pipeline's id: the one marked default, else the oldest active (marked now), else
    // "Sales" created with its stages.
    static Result<QString> defaultPipeline(Database &db);
    static Result<QList<PipelineInfo>> list(Database &db);
    // A pipeline by id or name (case ignored); empty: the default one.
    static Result<PipelineInfo> pipeline(Database &db, const QString &idOrName = {});

    static Result<PipelineStageSpec> parseStageSpec(const QString &text);
    // A new pipeline with its stages, in one transaction. Refused: an empty or taken name, no stage,
    // repeated stage names, a probability outside 0..100, no open stage.
    static Result<QString> add(Database &db, const QString &name, const QList<PipelineStageSpec> &stages,
                               bool makeDefault = false);

    // Moves an opportunity to a stage of its pipeline (id or name) through RecordStore; a move to a
    // lost stage takes the lost reason (an option key or label).
    static Status move(Database &db, const QString &opportunityId, const QString &stage, const QString &lostReason = {});

    // Stalled: open and either nothing next (no open activity linked to it and no next_step) or the
    // expected close in the past. An SQL condition on the opportunity table aliased `alias`; the
    // one parameter it binds is today (yyyy-MM-dd).
    static QString stalledCondition(const QString &alias);

    // An opportunity's weighted amount: amount x probability, half away from zero to the cent.
    static qint64 weighted(qint64 amountCents, double probabilityPercent);

    static void registerRules(); // called once by RecordRules
};

} // namespace trato
