// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logisticregression.h"
#include "rfm.h"

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace trato {

class Database;

// One feature's share in a score: weight × standardised value, in log-odds.
struct ScoreFactor
{
    Q_DECLARE_TR_FUNCTIONS(trato::ScoreFactor)
public:
    QString feature;      // key ("frequency")
    QString label;        // translated ("Invoices in the last 12 months")
    double value = 0;     // the record's value in people's units (days, €, count; NaN: none)
    double contribution = 0;
    bool indicator = false; // a yes/no feature
    QString text() const; // "Invoices in the last 12 months: 6 (+0.84)"
};

struct ScoredRecord
{
    QString entity;       // account | lead
    QString id;
    QString name;
    int score = 0;        // 0-100
    bool open = true;     // leads: not converted nor disqualified (the ones worth working on)
    QList<ScoreFactor> factors; // the main ones: top 3 by |contribution|, largest first
    QString factorsText() const;
};

struct ScoreRun
{
    QString entity;
    QDate today;
    QDate cutoff;                 // accounts: the training cut-off T (features up to T, label in (T, today])
    QStringList features;         // keys, in model order
    QStringList featureLabels;
    LogisticModel model;
    int trainingRows = 0;
    int positives = 0;
    QList<ScoredRecord> records;  // every record, best score first (then name, id)
    qint64 changed = 0;           // records whose stored score changed (when written)
    qint64 elapsedMs = 0;

    QList<ScoredRecord> top(int n, bool openOnly = false) const;
};

// Análisis's local scores (docs/ANALYTICS.md "Segments and scores"): a logistic regression
// (LogisticRegression) trained on this database's own history, then applied to every record.
//
// Purchase propensity (account.purchase_score): cut-off T = today − horizonDays (90). Training
// rows: every account, as it was at T (no history then: no purchases, tenure 0); label: a counted
// invoice dated in (T, today]; features
// on the data dated up to T. Scores: the same features up to today, probability × 100 rounded.
// Features: recency (log of 1 + days since the last counted invoice, 3650 if none), frequency
// (counted invoices in the 365 days up to the date), monetary (log of 1 + net invoiced euros in
// those days), open opportunities, activities in the last 90 days, tickets opened in the last
// 365 days, tenure (log of 1 + days since the account was created or first invoiced, if earlier).
//
// Lead score (lead.lead_score): label 1 for leads converted (converted_at set or status
// converted) or qualified, 0 for disqualified ones and for new/contacted leads older than
// horizonDays; newer open leads are scored but not trained on. Features: one indicator per lead
// source seen in the training rows, rating (hot 3, warm 2, cold 1, none 0), log of 1 + estimated
// value in euros, log of 1 + activities, in a campaign, has an email, has a phone or mobile, log
// of 1 + age in days.
//
// Deterministic: rows in id order, fixed iterations, no randomness; the same data and `today`
// give the same scores.
class Scoring
{
    Q_DECLARE_TR_FUNCTIONS(trato::Scoring)
public:
    struct Options
    {
        QDate today;              // invalid: the current UTC date
        int horizonDays = 90;
        bool write = true;        // store the scores (writeDerivedColumns, changed rows only)
        LogisticRegression::Options regression;
    };
    static Result<ScoreRun> scoreAccounts(Database &db, const Options &options);
    static Result<ScoreRun> scoreLeads(Database &db, const Options &options);

    // The scores stored now, best first, without recomputing (no factors). entity: account | lead;
    // leads: open ones only.
    static Result<QList<ScoredRecord>> stored(Database &db, const QString &entity, int top);

    // RFM, purchase propensity and lead score in one go (the Recompute action, the demo).
    // progress(step, steps, what) before each step; returning false stops before the next.
    struct All
    {
        RfmResult rfm;
        ScoreRun accounts;
        ScoreRun leads;
        qint64 elapsedMs = 0;
    };
    static Result<All> recomputeAll(Database &db, const QDate &today,
                                    const std::function<bool(int, int, const QString &)> &progress = {});
};

} // namespace trato
