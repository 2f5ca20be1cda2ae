// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarprint.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace trato {

namespace {

// The translation context of the printed texts (lupdate reads CalendarPrintText::tr calls).
struct CalendarPrintText
{
    Q_DECLARE_TR_FUNCTIONS(trato::CalendarPrint)
};

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("call"))
        return CalendarPrintText::tr("Call");
    if (kind == QLatin1String("meeting"))
        return CalendarPrintText::tr("Meeting");
    if (kind == QLatin1String("visit"))
        return CalendarPrintText::tr("Visit");
    return CalendarPrintText::tr("Task");
}

QString statusLabel(const QString &status)
{
    if (status == QLatin1String("completed"))
        return CalendarPrintText::tr("completed");
    if (status == QLatin1String("cancelled"))
        return CalendarPrintText::tr("cancelled");
    if (status == QLatin1String("in_progress"))
        return CalendarPrintText::tr("in progress");
    return QString();
}

bool onDay(const CalendarItem &it, QDate day, QDate first)
{
    if (it.allDay)
        return qMax(first, it.firstDay()) == day;
    const QDate start = qMax(first, it.start.toLocalTime().date());
    return start == day;
}

} // namespace

int CalendarPrint::render(QPagedPaintDevice *device, const QList<CalendarItem> &items, const QString &title, QDate first,
                          QDate last, const QHash<QString, QString> &ownerNames)
{
    QPainter p(device);
    const QLocale locale;
    const QRectF page(0, 0, device->width(), device->height());
    QFont body(QStringLiteral("Sans Serif"), 10);
    QFont bold = body;
    bold.setBold(true);
    QFont heading(QStringLiteral("Sans Serif"), 15, QFont::Bold);
    QFont dayFont(QStringLiteral("Sans Serif"), 11, QFont::Bold);
    QFont small(QStringLiteral("Sans Serif"), 8);
    const double lineH = QFontMetricsF(body, device).height() * 1.35;
    const double dayH = QFontMetricsF(dayFont, device).height() * 1.8;
    const double footerH = QFontMetricsF(small, device).height() * 2;
    const double timeW = page.width() * 0.16, kindW = page.width() * 0.17, ownerW = page.width() * 0.17;
    const double subjectW = page.width() - timeW - kindW - ownerW;
    int pageNo = 1;
    double y = 0;

    auto footer = [&] {
        p.setFont(small);
        p.setPen(Qt::darkGray);
        p.drawText(QRectF(0, page.bottom() - footerH, page.width(), footerH), Qt::AlignRight | Qt::AlignBottom,
                   CalendarPrintText::tr("Page %1").arg(pageNo));
    };
    auto top = [&](bool continued) {
        p.setFont(continued ? dayFont : heading);
        p.setPen(Qt::black);
        const QString t = continued ? title + QStringLiteral(" (") + CalendarPrintText::tr("continued") + QLatin1Char(')') : title;
        const double h = QFontMetricsF(p.font(), device).height() * 1.6;
        p.drawText(QRectF(0, 0, page.width(), h), Qt::AlignLeft | Qt::AlignVCenter, t);
        y = h + lineH * 0.3;
    };
    auto room = [&](double needed) {
        if (y + needed <= page.bottom() - footerH)
            return;
        footer();
        device->newPage();
        ++pageNo;
        top(true);
    };
    auto cell = [&](double x, double w, const QString &text, const QFont &f) {
        p.setFont(f);
        const QString shown = QFontMetricsF(f, device).elidedText(text, Qt::ElideRight, w - lineH * 0.3);
        p.drawText(QRectF(x, y, w, lineH), Qt::AlignLeft | Qt::AlignVCenter, shown);
    };

    top(false);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        room(dayH + lineH);
        p.setFont(dayFont);
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, page.width(), dayH), Qt::AlignLeft | Qt::AlignBottom, locale.toString(day, QLocale::LongFormat));
        y += dayH;
        p.setPen(QPen(Qt::gray, 0));
        p.drawLine(QPointF(0, y), QPointF(page.width(), y));
        bool any = false;
        for (const CalendarItem &it : items) {
            if (!onDay(it, day, first))
                continue;
            any = true;
            room(lineH);
            p.setPen(Qt::black);
            QString when;
            if (it.allDay)
                when = CalendarPrintText::tr("All day");
            else if (it.isTask() || it.end <= it.start)
                when = locale.toString(it.start.toLocalTime().time(), QStringLiteral("HH:mm"));
            else
                when = locale.toString(it.start.toLocalTime().time(), QStringLiteral("HH:mm")) + QStringLiteral(" – ")
                    + locale.toString(it.end.toLocalTime().time(), QStringLiteral("HH:mm"));
            cell(0, timeW, when, body);
            QString subject = it.subject;
            if (!it.regarding.isEmpty())
                subject += QStringLiteral(" — ") + it.regarding;
            if (!it.location.isEmpty())
                subject += QStringLiteral(" (") + it.location + QLatin1Char(')');
            cell(timeW, subjectW, subject, bold);
            const QString status = statusLabel(it.status);
            cell(timeW + subjectW, kindW, status.isEmpty() ? kindLabel(it.kind) : kindLabel(it.kind) + QStringLiteral(", ") + status, body);
            cell(timeW + subjectW + kindW, ownerW, ownerNames.value(it.owner, it.owner), body);
            y += lineH;
        }
        if (!any) {
            room(lineH);
            p.setPen(Qt::darkGray);
            cell(timeW, subjectW, CalendarPrintText::tr("Nothing planned"), body);
            y += lineH;
        }
    }
    footer();
    return pageNo;
}

bool CalendarPrint::writePdf(const QString &path, const QList<CalendarItem> &items, const QString &title, QDate first,
                             QDate last, const QHash<QString, QString> &ownerNames, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = CalendarPrintText::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Trato"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        render(&writer, items, title, first, last, ownerNames);
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = CalendarPrintText::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace trato
