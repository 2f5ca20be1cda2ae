// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarview.h"
#include "calendarviewgeometry.h"

#include "activities/userprofiles.h"

#include <QLocale>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace trato {

using namespace calendargeometry;

CalendarView::CalendarView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Calendar"));
}

void CalendarView::setMode(Mode mode)
{
    m_mode = mode;
    relayout();
    updateGeometry();
}

void CalendarView::setAnchor(QDate anchor)
{
    m_anchor = anchor;
    relayout();
}

void CalendarView::setItems(const QList<CalendarItem> &items)
{
    m_items = items;
    m_drag = Drag::None;
    m_dragPiece = -1;
    relayout();
    updateGeometry();
}

void CalendarView::setColors(const QHash<QString, QColor> &byOwner)
{
    m_colors = byOwner;
    update();
}

void CalendarView::setHiddenOwners(const QSet<QString> &owners)
{
    m_hiddenOwners = owners;
    relayout();
}

void CalendarView::setBandOffset(int offset)
{
    if (offset == m_bandOffset)
        return;
    m_bandOffset = offset;
    update();
}

bool CalendarView::inBand(const QPointF &pos) const
{
    return (m_mode == Mode::Day || m_mode == Mode::Week) && pos.y() - m_bandOffset < kHeader + allDayHeight();
}

void CalendarView::setNow(const QDateTime &now)
{
    m_now = now;
    update();
}

int CalendarView::dayCount() const
{
    return int(firstDay().daysTo(lastDay())) + 1;
}

int CalendarView::headerHeight() const
{
    return kHeader;
}

int CalendarView::allDayHeight() const
{
    int lanes = 1;
    for (const Piece &p : m_pieces)
        if (p.allDay)
            lanes = qMax(lanes, int(std::lround((p.rect.top() - kHeader - 3) / kLane)) + 1);
    return lanes * kLane + 6;
}

QRectF CalendarView::gridRect() const
{
    if (m_mode == Mode::Month)
        return QRectF(0, kHeader, width() - 1, height() - kHeader - 1);
    return QRectF(kGutter, kHeader + allDayHeight(), width() - kGutter - 1, 24 * kHourHeight);
}

double CalendarView::columnWidth() const
{
    const QRectF g = gridRect();
    return m_mode == Mode::Month ? g.width() / 7.0 : g.width() / qMax(1, dayCount());
}

int CalendarView::monthRows() const
{
    return qMax(1, dayCount() / 7);
}

QRectF CalendarView::monthCell(int index) const
{
    const QRectF g = gridRect();
    const double w = g.width() / 7.0, h = g.height() / monthRows();
    return QRectF(g.left() + (index % 7) * w, g.top() + (index / 7) * h, w, h);
}

int CalendarView::yOfHour(int hour) const
{
    return int(gridRect().top() + hour * kHourHeight);
}

QSize CalendarView::sizeHint() const
{
    if (m_mode == Mode::Day || m_mode == Mode::Week)
        return QSize(800, kHeader + allDayHeight() + 24 * kHourHeight + 1);
    if (m_mode == Mode::Agenda) {
        int h = 8;
        for (const Piece &p : m_pieces)
            h = qMax(h, int(p.rect.bottom()) + 8);
        return QSize(800, qMax(400, h));
    }
    return QSize(800, 600);
}

QSize CalendarView::minimumSizeHint() const
{
    if (m_mode == Mode::Day || m_mode == Mode::Week || m_mode == Mode::Agenda)
        return QSize(400, sizeHint().height());
    return QSize(400, 360);
}

bool CalendarView::isShown(const CalendarItem &item) const
{
    return !m_hiddenOwners.contains(item.owner);
}

QColor CalendarView::colorOf(const CalendarItem &item) const
{
    const QColor c = m_colors.value(item.owner);
    return c.isValid() ? c : QColor(UserProfiles::derivedColor(item.owner));
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CalendarView::relayout()
{
    m_pieces.clear();
    m_moreByDay.clear();
    m_agendaDays.clear();
    if (m_mode == Mode::Month)
        layoutMonth();
    else if (m_mode == Mode::Agenda)
        layoutAgenda();
    else
        layoutTimed();
    update();
}

QRect CalendarView::itemRect(const QString &id) const
{
    for (const Piece &p : m_pieces)
        if (m_items.at(p.item).id == id && p.first) {
            // The all-day band is drawn where the view is scrolled to.
            if (p.allDay && (m_mode == Mode::Day || m_mode == Mode::Week))
                return p.rect.translated(0, m_bandOffset).toRect();
            return p.rect.toRect();
        }
    return {};
}

QPoint CalendarView::pointAt(QDate day, QTime time) const
{
    const int index = int(firstDay().daysTo(day));
    if (m_mode == Mode::Month)
        return monthCell(index).center().toPoint();
    const QRectF g = gridRect();
    const double x = g.left() + (index + 0.5) * columnWidth();
    const double y = g.top() + (time.hour() * 60 + time.minute()) * kHourHeight / 60.0;
    return QPointF(x, y).toPoint();
}

CalendarView::Hit CalendarView::hitTest(const QPointF &pos) const
{
    const bool band = inBand(pos);
    for (int i = int(m_pieces.size()) - 1; i >= 0; --i) {
        const Piece &p = m_pieces.at(i);
        // The all-day row is drawn m_bandOffset lower; timed items under it are hidden.
        if (p.allDay && (m_mode == Mode::Day || m_mode == Mode::Week)) {
            if (!band || !p.rect.contains(pos - QPointF(0, m_bandOffset)))
                continue;
        } else if (band || !p.rect.contains(pos)) {
            continue;
        }
        Hit h;
        h.piece = i;
        h.bottomEdge = (m_mode == Mode::Day || m_mode == Mode::Week) && !p.allDay && p.last
            && !m_items.at(p.item).isTask() && pos.y() >= p.rect.bottom() - kEdge;
        return h;
    }
    return {};
}

QDate CalendarView::dayAt(const QPointF &pos) const
{
    const QRectF g = gridRect();
    if (m_mode == Mode::Month) {
        if (!g.contains(pos))
            return {};
        const int col = qBound(0, int((pos.x() - g.left()) / (g.width() / 7.0)), 6);
        const int row = qBound(0, int((pos.y() - g.top()) / (g.height() / monthRows())), monthRows() - 1);
        return firstDay().addDays(row * 7 + col);
    }
    if (m_mode == Mode::Agenda || pos.x() < g.left())
        return {};
    const int col = qBound(0, int((pos.x() - g.left()) / columnWidth()), dayCount() - 1);
    return firstDay().addDays(col);
}

QDateTime CalendarView::timeAt(const QPointF &pos, bool snap) const
{
    const QDate day = dayAt(pos);
    if (!day.isValid())
        return {};
    if (m_mode == Mode::Month)
        return localMidnight(day).toUTC();
    const QRectF g = gridRect();
    double minutes = qBound(0.0, (pos.y() - g.top()) * 60.0 / kHourHeight, 24.0 * 60);
    if (snap)
        minutes = std::round(minutes / kSnapMinutes) * kSnapMinutes;
    return localMidnight(day).addSecs(qint64(minutes) * 60).toUTC();
}

QString CalendarView::timeText(const CalendarItem &item) const
{
    if (item.allDay)
        return tr("All day");
    const QLocale locale;
    const QString start = locale.toString(item.start.toLocalTime().time(), QStringLiteral("HH:mm"));
    if (item.isTask() || item.end <= item.start)
        return start;
    return start + QStringLiteral("–") + locale.toString(item.end.toLocalTime().time(), QStringLiteral("HH:mm"));
}

// ---- painting ---------------------------------------------------------------------------------

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing, false);
    if (m_mode == Mode::Month)
        paintMonth(p);
    else if (m_mode == Mode::Agenda)
        paintAgenda(p);
    else
        paintTimed(p);
}

void CalendarView::paintPiece(QPainter &p, const Piece &piece, const QRectF &r, bool ghost) const
{
    const CalendarItem &it = m_items.at(piece.item);
    QColor fill = colorOf(it);
    QColor textColor = Qt::white;
    const bool done = it.status == QLatin1String("completed");
    const bool cancelled = it.status == QLatin1String("cancelled");
    if (done || cancelled) {
        fill = cancelled ? QColor(0xb0, 0xb0, 0xb0) : fill.lighter(170);
        textColor = QColor(0x40, 0x40, 0x40);
    }
    if (ghost)
        fill.setAlpha(120);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    path.addRoundedRect(r, 3, 3);
    p.fillPath(path, fill);
    if (it.isOverdue(m_now)) {
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
        p.drawPath(path);
    } else if (m_mode == Mode::Agenda) {
        p.setPen(fill.darker(120));
        p.drawPath(path);
    }
    QFont f = font();
    f.setStrikeOut(done || cancelled);
    p.setFont(f);
    p.setPen(textColor);
    QString label = it.subject;
    const QString prefix = it.isTask() ? (done ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) : QString();
    if (m_mode == Mode::Agenda) {
        label = timeText(it) + QStringLiteral("   ") + prefix + it.subject;
        if (!it.regarding.isEmpty())
            label += QStringLiteral(" · ") + it.regarding;
        if (!it.location.isEmpty())
            label += QStringLiteral(" · ") + it.location;
        if (it.isOverdue(m_now))
            label += QStringLiteral("  (") + tr("overdue") + QLatin1Char(')');
    } else if (m_mode == Mode::Month && !it.allDay) {
        label = QLocale().toString(it.start.toLocalTime().time(), QStringLiteral("HH:mm")) + QLatin1Char(' ') + prefix + it.subject;
    } else if (!piece.allDay && r.height() >= 34) {
        label = timeText(it) + QLatin1Char('\n') + prefix + it.subject
            + (it.regarding.isEmpty() ? QString() : QLatin1Char('\n') + it.regarding);
    } else {
        label = prefix + it.subject;
    }
    p.setClipRect(r.adjusted(3, 1, -2, -1));
    const QRectF textRect = r.adjusted(4, 1, -2, -1);
    if (r.height() < 34) // one line: cut with an ellipsis rather than show half of a second line
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                   p.fontMetrics().elidedText(label.section(QLatin1Char('\n'), 0, 0), Qt::ElideRight, int(textRect.width())));
    else
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
    p.restore();
}

void CalendarView::paintTimed(QPainter &p)
{
    const QLocale locale;
    const QDate first = firstDay();
    const int days = dayCount();
    const QRectF g = gridRect();
    const double colW = columnWidth();
    const QColor line = palette().mid().color();
    const QColor faint = palette().midlight().color();
    const QDate today = m_now.toLocalTime().date();
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        const QRectF col(g.left() + d * colW, g.top(), colW, g.height());
        if (day == today)
            p.fillRect(col, QColor(0xff, 0xf8, 0xdc));
        else if (day.dayOfWeek() >= 6)
            p.fillRect(col, palette().alternateBase());
    }
    for (int h = 0; h <= 24; ++h) {
        const double y = g.top() + h * kHourHeight;
        p.setPen(line);
        p.drawLine(QPointF(g.left() - 4, y), QPointF(g.right(), y));
        if (h < 24) {
            p.setPen(faint);
            p.drawLine(QPointF(g.left(), y + kHourHeight / 2.0), QPointF(g.right(), y + kHourHeight / 2.0));
            p.setPen(palette().text().color());
            p.drawText(QRectF(0, y + 1, kGutter - 8, 16), Qt::AlignRight | Qt::AlignTop,
                       locale.toString(QTime(h, 0), QStringLiteral("HH:mm")));
        }
    }
    p.setPen(line);
    for (int d = 0; d <= days; ++d)
        p.drawLine(QPointF(g.left() + d * colW, g.top()), QPointF(g.left() + d * colW, g.bottom()));
    // The current time.
    if (today >= first && today <= lastDay()) {
        const int d = int(first.daysTo(today));
        const double y = g.top() + minutesInto(today, m_now) * kHourHeight / 60.0;
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.drawLine(QPointF(g.left() + d * colW, y), QPointF(g.left() + (d + 1) * colW, y));
    }
    const QString dragged = m_drag != Drag::None && m_dragMoved ? m_items.at(m_pieces.at(m_dragPiece).item).id : QString();
    for (const Piece &piece : std::as_const(m_pieces))
        if (!piece.allDay)
            paintPiece(p, piece, piece.rect, !dragged.isEmpty() && m_items.at(piece.item).id == dragged);
    // The item being dragged, where it would go.
    if (!dragged.isEmpty() && m_newStart.isValid() && !m_pieces.at(m_dragPiece).allDay) {
        const Piece &piece = m_pieces.at(m_dragPiece);
        const QDate day = m_newStart.toLocalTime().date();
        const int d = int(first.daysTo(day));
        const double from = minutesInto(day, m_newStart);
        const double to = qMax(from + 15, minutesInto(day, m_newEnd));
        paintPiece(p, piece, QRectF(g.left() + d * colW + 1, g.top() + from * kHourHeight / 60.0, colW - 3,
                                    (to - from) * kHourHeight / 60.0 - 1), false);
    }
    p.save();
    p.translate(0, m_bandOffset);
    paintBand(p);
    p.restore();
}

void CalendarView::paintBand(QPainter &p)
{
    const QLocale locale;
    const QDate first = firstDay();
    const int days = dayCount();
    const double colW = columnWidth();
    const double left = kGutter;
    const QDate today = m_now.toLocalTime().date();
    const double bandH = kHeader + allDayHeight();
    p.fillRect(QRectF(0, 0, width(), bandH), palette().window());
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        QFont f = font();
        f.setBold(day == today);
        p.setFont(f);
        p.setPen(day == today ? QColor(0xc6, 0x28, 0x28) : palette().text().color());
        p.drawText(QRectF(left + d * colW, 0, colW, kHeader), Qt::AlignCenter,
                   locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') + QString::number(day.day()));
    }
    p.setFont(font());
    p.setPen(palette().mid().color());
    for (int d = 0; d <= days; ++d)
        p.drawLine(QPointF(left + d * colW, 0), QPointF(left + d * colW, bandH));
    p.drawLine(QPointF(0, kHeader), QPointF(width(), kHeader));
    p.drawLine(QPointF(0, bandH - 1), QPointF(width(), bandH - 1));
    p.setPen(palette().text().color());
    // The label shrinks to the hour column's width (Spanish "Todo el día" is longer than "All day").
    const QString allDayLabel = tr("All day");
    QFont labelFont = font();
    while (QFontMetricsF(labelFont).horizontalAdvance(allDayLabel) > kGutter - 8 && labelFont.pointSizeF() > 6)
        labelFont.setPointSizeF(labelFont.pointSizeF() - 0.5);
    p.setFont(labelFont);
    p.drawText(QRectF(0, kHeader, kGutter - 4, kLane), Qt::AlignRight | Qt::AlignVCenter, allDayLabel);
    p.setFont(font());
    const QString dragged = m_drag != Drag::None && m_dragMoved ? m_items.at(m_pieces.at(m_dragPiece).item).id : QString();
    for (const Piece &piece : std::as_const(m_pieces))
        if (piece.allDay)
            paintPiece(p, piece, piece.rect, !dragged.isEmpty() && m_items.at(piece.item).id == dragged);
    if (!dragged.isEmpty() && m_newStart.isValid() && m_pieces.at(m_dragPiece).allDay) {
        const Piece &piece = m_pieces.at(m_dragPiece);
        QRectF r = piece.rect;
        r.moveLeft(left + first.daysTo(qMax(first, m_newStart.toLocalTime().date())) * colW + 2);
        paintPiece(p, piece, r, false);
    }
}

void CalendarView::paintMonth(QPainter &p)
{
    const QLocale locale;
    const QDate first = firstDay();
    const QDate today = m_now.toLocalTime().date();
    const QRectF g = gridRect();
    p.fillRect(QRectF(0, 0, width(), kHeader), palette().window());
    p.setPen(palette().text().color());
    for (int c = 0; c < 7; ++c)
        p.drawText(QRectF(g.left() + c * g.width() / 7.0, 0, g.width() / 7.0, kHeader), Qt::AlignCenter,
                   locale.dayName(c + 1, QLocale::LongFormat));
    for (int cell = 0; cell < dayCount(); ++cell) {
        const QDate day = first.addDays(cell);
        const QRectF r = monthCell(cell);
        if (day == today)
            p.fillRect(r, QColor(0xff, 0xf8, 0xdc));
        else if (day.month() != m_anchor.month())
            p.fillRect(r, palette().alternateBase());
        p.setPen(palette().mid().color());
        p.drawRect(r);
        QFont f = font();
        f.setBold(day == today);
        p.setFont(f);
        p.setPen(day.month() == m_anchor.month() ? palette().text().color() : palette().placeholderText().color());
        const QString number = day.day() == 1 ? locale.toString(day, QStringLiteral("d MMM")) : QString::number(day.day());
        p.drawText(r.adjusted(4, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop, number);
        p.setFont(font());
        if (const int more = m_moreByDay.value(day)) {
            p.setPen(palette().text().color());
            p.drawText(QRectF(r.left() + 4, r.bottom() - kLane, r.width() - 8, kLane - 2), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("+%n more", nullptr, more));
        }
    }
    for (int i = 0; i < m_pieces.size(); ++i)
        paintPiece(p, m_pieces.at(i), m_pieces.at(i).rect, m_drag != Drag::None && m_dragMoved && i == m_dragPiece);
    if (m_drag != Drag::None && m_dragMoved && m_newStart.isValid()) {
        const Piece &piece = m_pieces.at(m_dragPiece);
        const QDate day = m_newStart.toLocalTime().date();
        const QRectF cell = monthCell(int(first.daysTo(day)));
        QRectF r = piece.rect;
        r.moveTopLeft(QPointF(cell.left() + 2, cell.top() + 20));
        paintPiece(p, piece, r, false);
    }
}

void CalendarView::paintAgenda(QPainter &p)
{
    const QLocale locale;
    if (m_agendaDays.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignHCenter | Qt::AlignTop,
                   tr("Nothing planned from %1 to %2.").arg(locale.toString(firstDay(), QLocale::LongFormat),
                                                             locale.toString(lastDay(), QLocale::LongFormat)));
        return;
    }
    const QDate today = m_now.toLocalTime().date();
    for (const auto &[day, y] : std::as_const(m_agendaDays)) {
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        p.setPen(day == today ? QColor(0xc6, 0x28, 0x28) : palette().text().color());
        QString title = locale.toString(day, QLocale::LongFormat);
        if (day == today)
            title = tr("Today") + QStringLiteral(" — ") + title;
        p.drawText(QRectF(12, y, width() - 24, kAgendaDay - 4), Qt::AlignLeft | Qt::AlignBottom, title);
        p.setPen(palette().mid().color());
        p.drawLine(QPointF(12, y + kAgendaDay - 3), QPointF(width() - 12, y + kAgendaDay - 3));
    }
    p.setFont(font());
    for (const Piece &piece : std::as_const(m_pieces))
        paintPiece(p, piece, piece.rect, false);
}

// ---- mouse ------------------------------------------------------------------------------------

bool CalendarView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const Hit hit = hitTest(help->pos());
    if (hit.piece < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const CalendarItem &it = m_items.at(m_pieces.at(hit.piece).item);
    const QLocale locale;
    QStringList lines{it.subject.toHtmlEscaped()};
    const QString day = locale.toString(it.allDay ? it.firstDay() : it.start.toLocalTime().date(), QLocale::LongFormat);
    lines << day + QStringLiteral(", ") + timeText(it);
    if (!it.regarding.isEmpty())
        lines << it.regarding.toHtmlEscaped();
    if (!it.location.isEmpty())
        lines << it.location.toHtmlEscaped();
    if (it.isOverdue(m_now))
        lines << QStringLiteral("<b>") + tr("Overdue") + QStringLiteral("</b>");
    const QString title = QStringLiteral("<b>") + lines.takeFirst() + QStringLiteral("</b>");
    QToolTip::showText(help->globalPos(), title + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")), this);
    return true;
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_mode == Mode::Agenda) {
        QWidget::mousePressEvent(event);
        return;
    }
    const Hit hit = hitTest(event->position());
    if (hit.piece < 0)
        return;
    m_drag = hit.bottomEdge ? Drag::Resize : Drag::Move;
    m_dragPiece = hit.piece;
    m_pressPos = event->position();
    m_pressTime = m_pieces.at(hit.piece).allDay || m_mode == Mode::Month ? localMidnight(dayAt(m_pressPos)).toUTC()
                                                                         : timeAt(m_pressPos, true);
    m_dragMoved = false;
    m_newStart = m_newEnd = QDateTime();
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        const Hit hit = hitTest(event->position());
        setCursor(hit.bottomEdge ? Qt::SizeVerCursor : hit.piece >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_dragMoved && (event->position() - m_pressPos).manhattanLength() < 4)
        return;
    m_dragMoved = true;
    const CalendarItem &it = m_items.at(m_pieces.at(m_dragPiece).item);
    const bool byDay = m_pieces.at(m_dragPiece).allDay || m_mode == Mode::Month;
    const QDateTime at = byDay ? localMidnight(dayAt(event->position())).toUTC() : timeAt(event->position(), true);
    if (!at.isValid() || !m_pressTime.isValid())
        return;
    if (m_drag == Drag::Resize) {
        m_newStart = it.start;
        // The bottom cannot go above the top: at least one snap step long.
        m_newEnd = qMax(at, it.start.addSecs(kSnapMinutes * 60));
    } else if (byDay) {
        const qint64 days = m_pressTime.toLocalTime().date().daysTo(at.toLocalTime().date());
        // Whole days in local time, so an item keeps its time of day across a DST change.
        m_newStart = it.start.toLocalTime().addDays(days).toUTC();
        m_newEnd = it.end.toLocalTime().addDays(days).toUTC();
    } else {
        const qint64 delta = m_pressTime.secsTo(at);
        m_newStart = it.start.addSecs(delta);
        m_newEnd = it.end.addSecs(delta);
    }
    update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const bool moved = m_dragMoved && m_newStart.isValid();
    const CalendarItem it = m_items.at(m_pieces.at(m_dragPiece).item);
    const QDateTime start = m_newStart, end = m_newEnd;
    m_drag = Drag::None;
    m_dragMoved = false;
    update();
    if (moved && (start != it.start || end != it.end))
        Q_EMIT moveRequested(it.id, start, end);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drag = Drag::None;
    const Hit hit = hitTest(event->position());
    if (hit.piece >= 0) {
        Q_EMIT activated(m_items.at(m_pieces.at(hit.piece).item).id);
        return;
    }
    if (m_mode == Mode::Agenda)
        return;
    const QDate day = dayAt(event->position());
    if (!day.isValid())
        return;
    if (m_mode == Mode::Month || inBand(event->position())) {
        // A day without a time: an all-day item in the all-day row, 9:00 in the month grid.
        if (m_mode == Mode::Month) {
            const QDateTime start = QDateTime(day, QTime(9, 0)).toUTC();
            Q_EMIT createRequested(start, start.addSecs(3600), false);
        } else {
            Q_EMIT createRequested(localMidnight(day).toUTC(), localMidnight(day.addDays(1)).toUTC(), true);
        }
        return;
    }
    // Half-hour slots.
    const QDateTime t = timeAt(event->position(), false);
    const QDateTime local = t.toLocalTime();
    const int minutes = (local.time().hour() * 60 + local.time().minute()) / 30 * 30;
    const QDateTime start = QDateTime(day, QTime(minutes / 60, minutes % 60)).toUTC();
    Q_EMIT createRequested(start, start.addSecs(3600), false);
}

} // namespace trato
