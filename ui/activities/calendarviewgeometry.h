// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What CalendarView's layout (calendarviewlayout.cpp) and its painting and mouse handling
// (calendarview.cpp) share: the fixed sizes and local-time helpers. Private to the view.
#include <QDateTime>

namespace trato::calendargeometry {

constexpr int kGutter = 56;       // hour labels
constexpr int kHeader = 28;       // day names
constexpr int kLane = 22;         // all-day row lane, month line
constexpr int kAgendaDay = 28;
constexpr int kAgendaRow = 24;
constexpr int kMinTaskMinutes = 30; // a task (no duration) is drawn this tall
constexpr int kEdge = 5;          // px of an item's bottom that resize it

inline QDateTime localMidnight(QDate d)
{
    return QDateTime(d, QTime(0, 0));
}

inline double minutesInto(QDate day, const QDateTime &t)
{
    return double(localMidnight(day).secsTo(t.toLocalTime())) / 60.0;
}

// UTC instant -> local date, by arithmetic when the UTC offset is the same all over the shown
// range (QDateTime::toLocalTime costs microseconds; a month of a busy team has thousands of items).
class LocalDays
{
public:
    LocalDays(QDate first, QDate last)
    {
        m_offset = localMidnight(first).offsetFromUtc();
        m_uniform = m_offset == localMidnight(last.addDays(1)).offsetFromUtc();
    }
    QDate date(const QDateTime &utc) const
    {
        if (!m_uniform)
            return utc.toLocalTime().date();
        const qint64 secs = utc.toSecsSinceEpoch() + m_offset;
        const qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
        return QDate::fromJulianDay(2440588 + days);
    }

private:
    qint64 m_offset = 0;
    bool m_uniform = false;
};


} // namespace trato::calendargeometry
