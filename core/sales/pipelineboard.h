// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipelines.h"

#include <QDate>
#include <QList>
#include <QString>

namespace trato {

class Database;

struct PipelineCard
{
    QString id;
    QString name;
    QString account;          // the account's name
    qint64 amount = 0;        // cents
    bool hasAmount = false;
    qint64 weighted = 0;
    QDate expectedClose;
    QString owner;
    bool stalled = false;
};

struct PipelineColumn
{
    PipelineStageInfo stage;
    qint64 count = 0;          // every opportunity in the stage (the filters applied), not only the cards
    qint64 amount = 0;         // exact sums over all of them
    qint64 weighted = 0;
    QList<PipelineCard> cards; // at most the query's cardLimit, soonest expected close first
    qint64 more() const { return count - cards.size(); }
};

struct PipelineBoardQuery
{
    QString pipeline;          // id or name; empty: the default pipeline
    QString owner;             // only this owner's (empty: everyone's)
    QDate closeFrom;           // expected close from / to (inclusive; invalid: open-ended)
    QDate closeTo;
    int cardLimit = 50;        // cards per column; the totals always count every opportunity
    QDate today;               // for "stalled" (invalid: today)
};

struct PipelineBoardData
{
    PipelineInfo pipeline;
    QList<PipelineColumn> columns;
    qint64 count = 0;
    qint64 amount = 0;
    qint64 weighted = 0;
    QStringList owners;        // everyone who owns an opportunity in the pipeline (for the filter)
};

// The Pipeline board's data in one lean query: per stage of the pipeline the count, the exact
// amount and weighted sums and the first cardLimit cards (window functions over the opportunity
// table's (pipeline, status, stage) index). Runs on a worker thread (the board calls it through
// runInBackground) or in the CLI.
class PipelineBoard
{
    Q_DECLARE_TR_FUNCTIONS(trato::PipelineBoard)
public:
    static Result<PipelineBoardData> load(Database &db, const PipelineBoardQuery &query);
};

} // namespace trato
