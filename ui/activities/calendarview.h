// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities/calendarquery.h"

#include <QColor>
#include <QHash>
#include <QSet>
#include <QWidget>

namespace trato {

// The calendar grid, painted by hand: day and week (a column per day, hours down, an all-day row
// on top), month (whole weeks, a cell per day) and agenda (a list by day). It only lays out and
// paints the items it is given (CalendarPage reads them on a worker) and reports what the user
// asks for: open an item, create one at a time, move or resize one. It never writes.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    using Mode = CalendarQuery::Span;
    explicit CalendarView(QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setAnchor(QDate anchor);
    QDate anchor() const { return m_anchor; }
    QDate firstDay() const { return CalendarQuery::firstDayOf(m_mode, m_anchor); }
    QDate lastDay() const { return CalendarQuery::lastDayOf(m_mode, m_anchor); }
    void setItems(const QList<CalendarItem> &items);
    const QList<CalendarItem> &items() const { return m_items; }
    void setColors(const QHash<QString, QColor> &byOwner);
    void setHiddenOwners(const QSet<QString> &owners);
    // The clock for "overdue" and the today mark (injectable for tests).
    void setNow(const QDateTime &now);
    // Day/week: the day names and the all-day row stay at the top of what is visible while the
    // hours scroll under them; the page passes the scrolled distance.
    void setBandOffset(int offset);

    static constexpr int kHourHeight = 44;
    static constexpr int kSnapMinutes = 15;

    // Geometry, for tests and for the page (scrolling to the working day).
    QRect itemRect(const QString &id) const;   // first piece of the item; null if not shown
    QPoint pointAt(QDate day, QTime time) const; // day/week: the point of that time; month: the day cell's middle
    int yOfHour(int hour) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void activated(const QString &id);                                      // double-click on an item
    void createRequested(const QDateTime &start, const QDateTime &end, bool allDay); // double-click on empty space
    void moveRequested(const QString &id, const QDateTime &start, const QDateTime &end);

protected:
    bool event(QEvent *event) override; // tool tips: the whole item, however little of it shows
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    struct Piece
    {
        int item = -1;    // index into m_items
        QRectF rect;
        bool allDay = false;
        bool first = true;  // the piece that holds the item's start (drag handle)
        bool last = true;   // the piece that holds its end (resize handle)
    };
    struct Hit
    {
        int piece = -1;
        bool bottomEdge = false;
    };
    enum class Drag { None, Move, Resize };

    int dayCount() const;
    QRectF gridRect() const;       // day/week: the hours area; month: the cells area
    int headerHeight() const;
    int allDayHeight() const;
    double columnWidth() const;
    int monthRows() const;
    QRectF monthCell(int index) const;
    void relayout();
    void layoutTimed();
    void layoutMonth();
    void layoutAgenda();
    Hit hitTest(const QPointF &pos) const;
    // Where a point falls: a date and time (day/week, snapped), or a date (month). Invalid outside.
    QDateTime timeAt(const QPointF &pos, bool snap) const;
    QDate dayAt(const QPointF &pos) const;
    QColor colorOf(const CalendarItem &item) const;
    bool isShown(const CalendarItem &item) const;
    void paintTimed(QPainter &p);
    void paintBand(QPainter &p);
    bool inBand(const QPointF &pos) const;
    void paintMonth(QPainter &p);
    void paintAgenda(QPainter &p);
    void paintPiece(QPainter &p, const Piece &piece, const QRectF &rect, bool ghost) const;
    QString timeText(const CalendarItem &item) const;

    Mode m_mode = Mode::Week;
    QDate m_anchor = QDate::currentDate();
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    QList<CalendarItem> m_items;
    QHash<QString, QColor> m_colors;
    QSet<QString> m_hiddenOwners;
    QList<Piece> m_pieces;
    QHash<QDate, int> m_moreByDay; // month: items that did not fit in the cell
    QList<QPair<QDate, double>> m_agendaDays; // agenda: day headings and their y

    Drag m_drag = Drag::None;
    int m_dragPiece = -1;
    QPointF m_pressPos;
    QDateTime m_pressTime;   // where the press fell (time or day)
    QDateTime m_newStart, m_newEnd;
    bool m_dragMoved = false;
    int m_bandOffset = 0;
};

} // namespace trato
