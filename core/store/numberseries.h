// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace trato {

class Database;

// Correlative, gapless document numbers (purchase orders now; quotes, orders and invoices later).
// A series has a key ("purchase_order"), a pattern and a counter. Patterns: {YYYY} the four-digit
// year, {YY} two digits, {MM} the month, and a run of N in braces ({NNNN}) the counter padded to
// that many digits (never cut: 12345 stays whole), {DEV} the device code a team server gave this
// database. Everything else is copied as is. Once the database syncs with a team server, next()
// uses a series of its own per device ("<key>@<device>", the pattern with "{DEV}-" before the
// counter unless it has {DEV}), so numbers stay unique and gapless per series while offline.
//
// next() takes the number inside the caller's transaction (opening a savepoint when there is one,
// else its own transaction): the counter row is updated under the write lock, so two writers never
// get the same number, and if the caller rolls back the counter rolls back with its document: no
// number is lost.
class NumberSeries
{
    Q_DECLARE_TR_FUNCTIONS(trato::NumberSeries)
public:
    explicit NumberSeries(Database &db) : m_db(db) {}

    // The next number of the series; a series not defined yet is created with defaultPattern.
    // The date fills {YYYY}/{YY}/{MM} (invalid = today).
    Result<QString> next(const QString &key, const QString &defaultPattern, const QDate &date = QDate());

    // Defines or changes a series' pattern and, when nextValue >= 1, its counter.
    Status define(const QString &key, const QString &pattern, qint64 nextValue = 0);

    // The value next() will use, without taking it (0 when the series does not exist).
    Result<qint64> peek(const QString &key) const;

    // Formats one number (public for previews and tests).
    static QString format(const QString &pattern, qint64 value, const QDate &date);
    // Empty when the pattern is usable, else why not (it needs a {N...} counter).
    static QString checkPattern(const QString &pattern);

private:
    Database &m_db;
};

} // namespace trato
