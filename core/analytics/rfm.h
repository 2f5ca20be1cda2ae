// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace trato {

class Database;

// RFM segmentation of the customers (seeds 001, 002; docs/ANALYTICS.md "Segments and scores").
//
// Per account, from its counted invoices (issued, partially paid, paid, overdue) dated up to
// `today`, minus its issued credit notes:
//   recency   = days from the last counted invoice to today;
//   frequency = counted invoices dated in the window (today − windowMonths, today];
//   monetary  = net revenue in the window: Σ (subtotal − discount_total) of those invoices minus
//               the same of the credit notes dated in the window, in cents, before tax and shipping.
// Each is scored 1–5 by quintile over the accounts that have ever bought: score = 1 + ⌊5·k / n⌋,
// k = how many accounts are strictly worse (older last purchase for R, fewer invoices or less
// revenue for F and M). Equal values get equal scores, whatever order rows come in.
// The segment comes from (R, F) by segmentFor(); the code is "RFM" as text ("545").
// Accounts with no counted invoice have no segment and no code (NULL).
struct RfmRow
{
    QString accountId;
    QString name;
    QDate lastPurchase;
    int recencyDays = 0;
    int frequency = 0;
    qint64 monetary = 0; // cents
    int r = 0, f = 0, m = 0;
    QString segment;
    QString score() const { return QStringLiteral("%1%2%3").arg(r).arg(f).arg(m); }
};

struct RfmSegmentCount
{
    QString segment;
    int accounts = 0;
    qint64 revenue = 0; // cents, Σ monetary of its accounts
};

struct RfmResult
{
    QDate today;
    QDate windowStart;            // first day inside the window
    QList<RfmRow> rows;           // by account name, then id
    QList<RfmSegmentCount> segments; // every segment in segments() order, zero counts included
    qint64 changed = 0;           // accounts written (recompute only)
};

class Rfm
{
    Q_DECLARE_TR_FUNCTIONS(trato::Rfm)
public:
    struct Options
    {
        QDate today;          // invalid: the current UTC date
        int windowMonths = 12;
    };
    // Computes, writes nothing.
    static Result<RfmResult> compute(Database &db, const Options &options);
    // Computes and stores account.rfm_segment and account.rfm_score (writeDerivedColumns: set-based,
    // only the accounts whose values change; one transaction). Accounts that stopped qualifying get NULL.
    static Result<RfmResult> recompute(Database &db, const Options &options);

    // The segment table (R recency score, F frequency score):
    //   R=5 F=1 new · R=4 F=1 potential · R 4–5 F 2–3 potential · R=5 F 4–5 champions ·
    //   R 3–4 F 4–5 loyal · R=3 F 1–3 needs_attention · R 1–2 F=5 cant_lose · R 1–2 F 3–4 at_risk ·
    //   R=2 F 1–2 hibernating · R=1 F 1–2 lost.
    static QString segmentFor(int r, int f);
    static QStringList segments();        // champions, loyal, potential, new, needs_attention, at_risk, cant_lose, hibernating, lost
    static QString segmentLabel(const QString &segment); // translated
    // 1 + ⌊5·k/n⌋ for each value, k = how many values are strictly smaller (higherIsBetter) or
    // strictly larger (otherwise).
    static QList<int> quintileScores(const QList<qint64> &values, bool higherIsBetter);
};

} // namespace trato
