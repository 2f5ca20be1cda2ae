// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities/calendarquery.h"

#include <QHash>

class QPagedPaintDevice;

namespace trato {

// A printed day or week: a heading, then each day with its activities (time, subject, regarding,
// kind and status, who), paginated by hand (one QPainter pass, a new page when the next line does
// not fit), so a busy week prints as fast as a quiet one. Used by the print preview and by
// "Export to PDF".
namespace CalendarPrint {
// ownerNames: user name -> display name. Returns the number of pages.
int render(QPagedPaintDevice *device, const QList<CalendarItem> &items, const QString &title, QDate first, QDate last,
           const QHash<QString, QString> &ownerNames);
// Writes an A4 PDF; false with the reason in *error.
bool writePdf(const QString &path, const QList<CalendarItem> &items, const QString &title, QDate first, QDate last,
              const QHash<QString, QString> &ownerNames, QString *error);
} // namespace CalendarPrint

} // namespace trato
