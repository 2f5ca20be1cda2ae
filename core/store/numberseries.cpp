// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberseries.h"

#include "database.h"
#include "sqlite.h"
#include "transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace trato {

namespace {
const QRegularExpression &counterToken()
{
    static const QRegularExpression re(QStringLiteral("\\{(N+)\\}"));
    return re;
}
} // namespace

QString NumberSeries::checkPattern(const QString &pattern)
{
    if (pattern.trimmed().isEmpty())
        return tr("A number pattern cannot be empty.");
    if (!counterToken().match(pattern).hasMatch())
        return tr("The number pattern \"%1\" needs a counter such as {NNNN}.").arg(pattern);
    return {};
}

QString NumberSeries::format(const QString &pattern, qint64 value, const QDate &date)
{
    const QDate d = date.isValid() ? date : QDate::currentDate();
    QString out = pattern;
    out.replace(QStringLiteral("{YYYY}"), QString::number(d.year()).rightJustified(4, QLatin1Char('0')));
    out.replace(QStringLiteral("{YY}"), QString::number(d.year() % 100).rightJustified(2, QLatin1Char('0')));
    out.replace(QStringLiteral("{MM}"), QString::number(d.month()).rightJustified(2, QLatin1Char('0')));
    QString result;
    qsizetype last = 0;
    auto it = counterToken().globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        result += out.mid(last, m.capturedStart() - last);
        result += QString::number(value).rightJustified(m.capturedLength(1), QLatin1Char('0'));
        last = m.capturedEnd();
    }
    result += out.mid(last);
    return result;
}

Status NumberSeries::define(const QString &key, const QString &pattern, qint64 nextValue)
{
    if (key.trimmed().isEmpty())
        return Error::badInput(tr("A number series needs a key."));
    if (const QString why = checkPattern(pattern); !why.isEmpty())
        return Error::badInput(why);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto r = Sql::exec(tx.connection(),
                       QStringLiteral("INSERT INTO number_series (key, pattern, next_value) VALUES (?, ?, max(?, 1)) "
                                      "ON CONFLICT (key) DO UPDATE SET pattern = excluded.pattern, "
                                      "next_value = CASE WHEN ? >= 1 THEN ? ELSE next_value END"),
                       {key, pattern, nextValue, nextValue, nextValue});
    if (!r)
        return r.error();
    return tx.commit();
}

Result<qint64> NumberSeries::peek(const QString &key) const
{
    auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT next_value FROM number_series WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

Result<QString> NumberSeries::next(const QString &key, const QString &defaultPattern, const QDate &date)
{
    Transaction tx(m_db); // a savepoint of the caller's transaction when there is one
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase conn = tx.connection();
    // A database that syncs with a team server numbers in its own series ("INV-2026-D3-00012"):
    // it can issue while offline and no two computers ever hand out the same number
    // (docs/SYNC.md, "Document numbers").
    QString device;
    {
        auto d = Sql::exec(conn, QStringLiteral("SELECT value FROM sync_state WHERE key = 'device'"));
        if (d && d.value().next())
            device = d.value().value(0).toString();
    }
    const QString seriesKey = device.isEmpty() ? key : key + QLatin1Char('@') + device;
    auto q = Sql::exec(conn, QStringLiteral("SELECT pattern, next_value FROM number_series WHERE key = ?"), {seriesKey});
    if (!q)
        return q.error();
    QString pattern;
    qint64 value = 1;
    if (q.value().next()) {
        pattern = q.value().value(0).toString();
        value = q.value().value(1).toLongLong();
        auto u = Sql::exec(conn, QStringLiteral("UPDATE number_series SET next_value = next_value + 1 WHERE key = ?"), {seriesKey});
        if (!u)
            return u.error();
    } else {
        if (const QString why = checkPattern(defaultPattern); !why.isEmpty())
            return Error::badInput(why);
        pattern = defaultPattern;
        if (!device.isEmpty()) {
            // The device's series follows the pattern the team chose for the plain one.
            auto base = Sql::exec(conn, QStringLiteral("SELECT pattern FROM number_series WHERE key = ?"), {key});
            if (base && base.value().next())
                pattern = base.value().value(0).toString();
            if (!pattern.contains(QLatin1String("{DEV}"))) {
                const auto m = counterToken().match(pattern);
                pattern.insert(m.hasMatch() ? m.capturedStart() : pattern.size(), QStringLiteral("{DEV}-"));
            }
        }
        auto i = Sql::exec(conn, QStringLiteral("INSERT INTO number_series (key, pattern, next_value) VALUES (?, ?, 2)"),
                           {seriesKey, pattern});
        if (!i)
            return i.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return format(QString(pattern).replace(QStringLiteral("{DEV}"), device), value, date);
}

} // namespace trato
