// SPDX-License-Identifier: GPL-3.0-or-later
#include "businesshours.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace trato {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(trato::BusinessHours)
};

// Monday = 0. English and Spanish abbreviations (with or without accents), full names too.
int dayIndex(const QString &word)
{
    static const QList<QStringList> names = {
        {QStringLiteral("mon"), QStringLiteral("monday"), QStringLiteral("lun"), QStringLiteral("lunes")},
        {QStringLiteral("tue"), QStringLiteral("tuesday"), QStringLiteral("mar"), QStringLiteral("martes")},
        {QStringLiteral("wed"), QStringLiteral("wednesday"), QStringLiteral("mie"), QStringLiteral("mié"), QStringLiteral("miercoles"), QStringLiteral("miércoles")},
        {QStringLiteral("thu"), QStringLiteral("thursday"), QStringLiteral("jue"), QStringLiteral("jueves")},
        {QStringLiteral("fri"), QStringLiteral("friday"), QStringLiteral("vie"), QStringLiteral("viernes")},
        {QStringLiteral("sat"), QStringLiteral("saturday"), QStringLiteral("sab"), QStringLiteral("sáb"), QStringLiteral("sabado"), QStringLiteral("sábado")},
        {QStringLiteral("sun"), QStringLiteral("sunday"), QStringLiteral("dom"), QStringLiteral("domingo")},
    };
    const QString w = word.trimmed().toLower();
    for (int i = 0; i < names.size(); ++i)
        if (names.at(i).contains(w))
            return i;
    return -1;
}

// "09:00" -> seconds after midnight; "24:00" allowed as an end. -1 when malformed.
int timeOfDay(const QString &text, bool end)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && (min != 0 || !end)))
        return -1;
    return h * 3600 + min * 60;
}

QString hoursError(const QString &message)
{
    return Tr::tr("hours: %1").arg(message);
}

// Parses the hours text into seven lists of sorted, non-overlapping ranges.
Status parseHours(const QString &hours, QList<QPair<int, int>> days[7])
{
    const QStringList segments = hours.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    bool any = false;
    for (const QString &rawSegment : segments) {
        const QString segment = rawSegment.trimmed();
        if (segment.isEmpty())
            continue;
        any = true;
        const int space = segment.indexOf(QRegularExpression(QStringLiteral("\\s")));
        if (space < 0)
            return Error::badInput(hoursError(Tr::tr("\"%1\" needs days and times, like \"mon-fri 09:00-18:00\"").arg(segment)));
        const QString dayText = segment.left(space);
        const QString timeText = segment.mid(space + 1).remove(QRegularExpression(QStringLiteral("\\s")));
        QList<int> dayList;
        for (const QString &part : dayText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList ends = part.split(QLatin1Char('-'));
            if (ends.size() > 2)
                return Error::badInput(hoursError(Tr::tr("\"%1\" is not a day or a range of days (mon-fri)").arg(part)));
            const int first = dayIndex(ends.first());
            if (first < 0)
                return Error::badInput(hoursError(Tr::tr("\"%1\" is not a day (mon, tue, wed, thu, fri, sat, sun)").arg(ends.first())));
            int last = first;
            if (ends.size() == 2) {
                last = dayIndex(ends.last());
                if (last < 0)
                    return Error::badInput(hoursError(Tr::tr("\"%1\" is not a day (mon, tue, wed, thu, fri, sat, sun)").arg(ends.last())));
                if (last < first)
                    return Error::badInput(hoursError(Tr::tr("\"%1\": the days must go from Monday towards Sunday").arg(part)));
            }
            for (int d = first; d <= last; ++d)
                dayList << d;
        }
        if (timeText.isEmpty())
            return Error::badInput(hoursError(Tr::tr("\"%1\" has no times (HH:MM-HH:MM)").arg(segment)));
        for (const QString &range : timeText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList ends = range.split(QLatin1Char('-'));
            const int start = ends.size() == 2 ? timeOfDay(ends.at(0), false) : -1;
            const int stop = ends.size() == 2 ? timeOfDay(ends.at(1), true) : -1;
            if (start < 0 || stop < 0)
                return Error::badInput(hoursError(Tr::tr("\"%1\" is not a time range (HH:MM-HH:MM)").arg(range)));
            if (stop <= start)
                return Error::badInput(hoursError(Tr::tr("\"%1\" ends before it starts").arg(range)));
            for (int d : dayList)
                days[d] << qMakePair(start, stop);
        }
    }
    if (!any)
        return Error::badInput(hoursError(Tr::tr("no working hours given (like \"mon-fri 09:00-18:00\")")));
    for (int d = 0; d < 7; ++d) {
        std::sort(days[d].begin(), days[d].end());
        for (int i = 1; i < days[d].size(); ++i)
            if (days[d].at(i).first < days[d].at(i - 1).second)
                return Error::badInput(hoursError(Tr::tr("the ranges of %1 overlap").arg(QLocale::c().dayName(d + 1, QLocale::ShortFormat).toLower())));
    }
    return Status::success();
}

Result<QSet<QDate>> parseHolidays(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QSet<QDate> out;
    for (const QString &token : text.split(separators, Qt::SkipEmptyParts)) {
        const QDate d = iso.match(token).hasMatch() ? QDate::fromString(token, Qt::ISODate) : QDate();
        if (!d.isValid())
            return Error::badInput(Tr::tr("holidays: \"%1\" is not a date (YYYY-MM-DD)").arg(token));
        out.insert(d);
    }
    return out;
}

} // namespace

Status BusinessHours::checkHours(const QString &hours)
{
    QList<QPair<int, int>> days[7];
    return parseHours(hours, days);
}

Status BusinessHours::checkHolidays(const QString &holidays)
{
    auto h = parseHolidays(holidays);
    return h ? Status::success() : Status(h.error());
}

Status BusinessHours::checkTimeZone(const QString &timeZone)
{
    const QByteArray id = timeZone.trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return Error::badInput(Tr::tr("time_zone: \"%1\" is not a time zone (an IANA id like Europe/Madrid)").arg(timeZone));
    return Status::success();
}

Result<BusinessHours> BusinessHours::parse(const QString &hours, const QString &holidays, const QString &timeZone)
{
    if (Status s = checkTimeZone(timeZone); !s)
        return s.error();
    QList<QPair<int, int>> days[7];
    if (Status s = parseHours(hours, days); !s)
        return s.error();
    auto h = parseHolidays(holidays);
    if (!h)
        return h.error();
    BusinessHours b;
    b.m_zone = QTimeZone(timeZone.trimmed().toUtf8());
    for (int d = 0; d < 7; ++d)
        for (const auto &r : days[d])
            b.m_days[d] << Range{r.first, r.second};
    b.m_holidays = h.value();
    return b;
}

bool BusinessHours::hasWorkingTime() const
{
    for (const auto &day : m_days)
        if (!day.isEmpty())
            return true;
    return false;
}

QList<QPair<QDateTime, QDateTime>> BusinessHours::intervals(const QDate &date) const
{
    QList<QPair<QDateTime, QDateTime>> out;
    if (m_holidays.contains(date))
        return out;
    const auto local = [&](int seconds) {
        if (seconds >= 86400)
            return QDateTime(date.addDays(1), QTime(0, 0), m_zone).toUTC();
        return QDateTime(date, QTime::fromMSecsSinceStartOfDay(seconds * 1000), m_zone).toUTC();
    };
    for (const Range &r : m_days[date.dayOfWeek() - 1]) {
        const QDateTime s = local(r.start);
        const QDateTime e = local(r.end);
        if (s < e)
            out << qMakePair(s, e);
    }
    return out;
}

QDateTime BusinessHours::addBusinessSeconds(const QDateTime &start, qint64 seconds) const
{
    const QDateTime from = start.toUTC();
    if (seconds <= 0)
        return from;
    if (!hasWorkingTime())
        return {};
    qint64 remaining = seconds;
    QDate day = from.toTimeZone(m_zone).date();
    // At most ten years of holidays: a calendar of only holidays ends the search.
    for (int i = 0; i < 3660; ++i, day = day.addDays(1)) {
        for (const auto &iv : intervals(day)) {
            if (iv.second <= from)
                continue;
            const QDateTime begin = std::max(iv.first, from);
            const qint64 available = begin.secsTo(iv.second);
            if (remaining <= available)
                return begin.addSecs(remaining);
            remaining -= available;
        }
    }
    return {};
}

qint64 BusinessHours::businessSecondsBetween(const QDateTime &a, const QDateTime &b) const
{
    const QDateTime from = a.toUTC();
    const QDateTime to = b.toUTC();
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    qint64 total = 0;
    const QDate last = to.toTimeZone(m_zone).date();
    for (QDate day = from.toTimeZone(m_zone).date(); day <= last; day = day.addDays(1)) {
        for (const auto &iv : intervals(day)) {
            const QDateTime s = std::max(iv.first, from);
            const QDateTime e = std::min(iv.second, to);
            if (s < e)
                total += s.secsTo(e);
        }
    }
    return total;
}

} // namespace trato
