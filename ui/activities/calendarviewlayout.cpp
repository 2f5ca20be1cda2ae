// SPDX-License-Identifier: GPL-3.0-or-later
// CalendarView's layout: where each item goes in the day/week columns, the all-day band, the month
// grid and the agenda list. Painting and the mouse are in calendarview.cpp.
#include "calendarview.h"
#include "calendarviewgeometry.h"

#include <algorithm>

namespace trato {

using namespace calendargeometry;

void CalendarView::layoutTimed()
{
    const QDate first = firstDay(), last = lastDay();
    const int days = dayCount();
    // All-day row: lanes so that items covering the same days do not overlap.
    QList<int> allDay;
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).allDay && isShown(m_items.at(i)))
            allDay << i;
    std::stable_sort(allDay.begin(), allDay.end(), [this](int a, int b) {
        return m_items.at(a).firstDay() < m_items.at(b).firstDay();
    });
    QList<QDate> laneEnds; // last day taken in each lane
    const double colW = (width() - kGutter - 1) / double(qMax(1, days));
    for (int i : std::as_const(allDay)) {
        const CalendarItem &it = m_items.at(i);
        const QDate a = qMax(first, it.firstDay()), b = qMin(last, it.lastDay());
        if (a > b)
            continue;
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) >= a)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds << b;
        else
            laneEnds[lane] = b;
        Piece p;
        p.item = i;
        p.allDay = true;
        p.rect = QRectF(kGutter + first.daysTo(a) * colW + 2, kHeader + 3 + lane * kLane, (a.daysTo(b) + 1) * colW - 4, kLane - 2);
        m_pieces << p;
    }
    const QRectF g = gridRect(); // depends on the all-day lanes just made
    // Timed items: per day, the pieces that fall in it, in overlapping clusters side by side.
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        const QDateTime dayStart = localMidnight(day), dayEnd = localMidnight(day.addDays(1));
        struct Span { int item; double from, to; bool first, last; };
        QList<Span> spans;
        for (int i = 0; i < m_items.size(); ++i) {
            const CalendarItem &it = m_items.at(i);
            if (it.allDay || !isShown(it))
                continue;
            QDateTime end = it.end;
            if (it.start.secsTo(end) < kMinTaskMinutes * 60)
                end = it.start.addSecs(kMinTaskMinutes * 60);
            if (it.start >= dayEnd.toUTC() || end <= dayStart.toUTC())
                continue;
            const double from = qMax(0.0, minutesInto(day, it.start));
            const double to = qMin(24.0 * 60, minutesInto(day, end));
            spans.append({i, from, qMax(to, from + 15), it.start >= dayStart.toUTC(), end <= dayEnd.toUTC()});
        }
        std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
        int c = 0;
        while (c < spans.size()) {
            // A cluster: spans that overlap one another transitively.
            int e = c + 1;
            double clusterEnd = spans.at(c).to;
            while (e < spans.size() && spans.at(e).from < clusterEnd) {
                clusterEnd = qMax(clusterEnd, spans.at(e).to);
                ++e;
            }
            QList<double> laneTo;
            QList<int> lanes;
            for (int k = c; k < e; ++k) {
                int lane = 0;
                while (lane < laneTo.size() && laneTo.at(lane) > spans.at(k).from)
                    ++lane;
                if (lane == laneTo.size())
                    laneTo << spans.at(k).to;
                else
                    laneTo[lane] = spans.at(k).to;
                lanes << lane;
            }
            const double w = colW / qMax(1, int(laneTo.size()));
            for (int k = c; k < e; ++k) {
                const Span &s = spans.at(k);
                Piece p;
                p.item = s.item;
                p.first = s.first;
                p.last = s.last;
                p.rect = QRectF(g.left() + d * colW + lanes.at(k - c) * w + 1, g.top() + s.from * kHourHeight / 60.0,
                                w - 3, (s.to - s.from) * kHourHeight / 60.0 - 1);
                m_pieces << p;
            }
            c = e;
        }
    }
}

void CalendarView::layoutMonth()
{
    const QDate first = firstDay();
    const int cells = dayCount();
    const LocalDays local(first, lastDay());
    QList<QList<int>> byCell(cells);
    for (int i = 0; i < m_items.size(); ++i) {
        const CalendarItem &it = m_items.at(i);
        if (!isShown(it))
            continue;
        QDate a = it.allDay ? it.firstDay() : local.date(it.start);
        QDate b = it.allDay ? it.lastDay() : qMax(a, local.date(it.end.addSecs(-1)));
        a = qMax(a, first);
        b = qMin(b, lastDay());
        for (QDate d = a; d <= b; d = d.addDays(1))
            byCell[int(first.daysTo(d))] << i;
    }
    for (int cell = 0; cell < cells; ++cell) {
        QList<int> &list = byCell[cell];
        // All-day items first, then by start.
        std::stable_sort(list.begin(), list.end(), [this](int a, int b) {
            const CalendarItem &x = m_items.at(a), &y = m_items.at(b);
            if (x.allDay != y.allDay)
                return x.allDay;
            return x.start < y.start;
        });
        const QRectF r = monthCell(cell);
        const int fits = qMax(0, int((r.height() - 22) / kLane));
        const int shown = int(list.size()) > fits ? qMax(0, fits - 1) : int(list.size());
        for (int k = 0; k < shown; ++k) {
            Piece p;
            p.item = list.at(k);
            p.allDay = m_items.at(p.item).allDay;
            p.rect = QRectF(r.left() + 2, r.top() + 20 + k * kLane, r.width() - 4, kLane - 2);
            m_pieces << p;
        }
        if (shown < list.size())
            m_moreByDay.insert(first.addDays(cell), int(list.size()) - shown);
    }
}

void CalendarView::layoutAgenda()
{
    double y = 6;
    const QDate first = firstDay(), last = lastDay();
    const LocalDays local(first, last);
    QHash<QDate, QList<int>> byDay;
    for (int i = 0; i < m_items.size(); ++i) {
        const CalendarItem &it = m_items.at(i);
        if (isShown(it))
            byDay[qMax(first, it.allDay ? it.firstDay() : local.date(it.start))] << i;
    }
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        const QList<int> today = byDay.value(d);
        if (today.isEmpty())
            continue;
        m_agendaDays.append({d, y});
        y += kAgendaDay;
        for (int i : std::as_const(today)) {
            Piece p;
            p.item = i;
            p.allDay = m_items.at(i).allDay;
            p.rect = QRectF(12, y, width() - 24, kAgendaRow - 2);
            m_pieces << p;
            y += kAgendaRow;
        }
        y += 6;
    }
}

} // namespace trato
