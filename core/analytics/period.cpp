// SPDX-License-Identifier: GPL-3.0-or-later
#include "period.h"

#include <QLocale>
#include <QRegularExpression>

namespace trato {

namespace {

QDate monthStart(const QDate &d) { return QDate(d.year(), d.month(), 1); }
QDate quarterStart(const QDate &d) { return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1); }
QDate yearStart(const QDate &d) { return QDate(d.year(), 1, 1); }
QDate weekStart(const QDate &d) { return d.addDays(1 - d.dayOfWeek()); } // Monday (ISO)

DateRange months(const QDate &start, int count) { return {start, start.addMonths(count).addDays(-1)}; }

struct Key
{
    const char *key;
    const char *label;
};

const Key kKeys[] = {
    {"today", QT_TRANSLATE_NOOP("trato::Period", "Today")},
    {"yesterday", QT_TRANSLATE_NOOP("trato::Period", "Yesterday")},
    {"this_week", QT_TRANSLATE_NOOP("trato::Period", "This week")},
    {"last_week", QT_TRANSLATE_NOOP("trato::Period", "Last week")},
    {"this_month", QT_TRANSLATE_NOOP("trato::Period", "This month")},
    {"last_month", QT_TRANSLATE_NOOP("trato::Period", "Last month")},
    {"this_quarter", QT_TRANSLATE_NOOP("trato::Period", "This quarter")},
    {"last_quarter", QT_TRANSLATE_NOOP("trato::Period", "Last quarter")},
    {"this_year", QT_TRANSLATE_NOOP("trato::Period", "This year")},
    {"last_year", QT_TRANSLATE_NOOP("trato::Period", "Last year")},
    {"last_7_days", QT_TRANSLATE_NOOP("trato::Period", "Last 7 days")},
    {"last_30_days", QT_TRANSLATE_NOOP("trato::Period", "Last 30 days")},
    {"last_90_days", QT_TRANSLATE_NOOP("trato::Period", "Last 90 days")},
    {"last_12_months", QT_TRANSLATE_NOOP("trato::Period", "Last 12 months")},
};

} // namespace

DateRange DateRange::previous() const
{
    if (!isValid())
        return {};
    // Whole calendar months (a month, a quarter, a year, twelve months from the 1st) step back by
    // as many months; anything else by its number of days.
    if (from.day() == 1 && to.addDays(1).day() == 1) {
        const int count = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        return months(from.addMonths(-count), count);
    }
    return {from.addDays(-days()), from.addDays(-1)};
}

QString DateRange::startIso() const
{
    return QDateTime(from, QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
}

QString DateRange::endIsoExclusive() const
{
    return QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
}

QStringList Period::keys()
{
    QStringList out;
    for (const Key &k : kKeys)
        out << QString::fromLatin1(k.key);
    return out;
}

QString Period::label(const QString &key)
{
    for (const Key &k : kKeys)
        if (key == QLatin1String(k.key))
            return tr(k.label);
    return key;
}

Result<DateRange> Period::resolve(const QString &rawKey, const QDate &today)
{
    const QString key = rawKey.trimmed();
    if (!today.isValid())
        return Error::badInput(tr("No date to resolve the period \"%1\" against.").arg(key));
    if (key == QLatin1String("today"))
        return DateRange{today, today};
    if (key == QLatin1String("yesterday"))
        return DateRange{today.addDays(-1), today.addDays(-1)};
    if (key == QLatin1String("this_week"))
        return DateRange{weekStart(today), weekStart(today).addDays(6)};
    if (key == QLatin1String("last_week"))
        return DateRange{weekStart(today).addDays(-7), weekStart(today).addDays(-1)};
    if (key == QLatin1String("this_month"))
        return months(monthStart(today), 1);
    if (key == QLatin1String("last_month"))
        return months(monthStart(today).addMonths(-1), 1);
    if (key == QLatin1String("this_quarter"))
        return months(quarterStart(today), 3);
    if (key == QLatin1String("last_quarter"))
        return months(quarterStart(today).addMonths(-3), 3);
    if (key == QLatin1String("this_year"))
        return months(yearStart(today), 12);
    if (key == QLatin1String("last_year"))
        return months(yearStart(today).addYears(-1), 12);
    if (key == QLatin1String("last_7_days"))
        return DateRange{today.addDays(-6), today};
    if (key == QLatin1String("last_30_days"))
        return DateRange{today.addDays(-29), today};
    if (key == QLatin1String("last_90_days"))
        return DateRange{today.addDays(-89), today};
    if (key == QLatin1String("last_12_months"))
        return months(monthStart(today).addMonths(-11), 12);

    static const QRegularExpression range(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    if (auto m = range.match(key); m.hasMatch()) {
        const QDate from = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate to = QDate::fromString(m.captured(2), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return Error::badInput(tr("\"%1\" is not a date range: a day does not exist.").arg(key));
        if (to < from)
            return Error::badInput(tr("The period \"%1\" ends before it starts.").arg(key));
        return DateRange{from, to};
    }
    if (auto m = year.match(key); m.hasMatch())
        return months(QDate(m.captured(1).toInt(), 1, 1), 12);
    if (auto m = month.match(key); m.hasMatch()) {
        const QDate start(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (!start.isValid())
            return Error::badInput(tr("\"%1\" is not a month (YYYY-MM).").arg(key));
        return months(start, 1);
    }
    if (auto m = quarter.match(key); m.hasMatch())
        return months(QDate(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1), 3);
    return Error::badInput(tr("Unknown period \"%1\": use one of %2, a year (2026), a month (2026-03), a quarter "
                              "(2026-Q1) or a range (2026-01-01..2026-03-31).")
                               .arg(key, keys().join(QStringLiteral(", "))));
}

QString Period::describe(const DateRange &range)
{
    if (!range.isValid())
        return tr("(no period)");
    const QLocale locale;
    if (range.from == range.to)
        return locale.toString(range.from, QLocale::ShortFormat);
    return tr("%1 – %2").arg(locale.toString(range.from, QLocale::ShortFormat), locale.toString(range.to, QLocale::ShortFormat));
}

} // namespace trato
