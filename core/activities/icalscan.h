// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace trato {

// The first pass over an .ics file, before libical parses it: libical forgives what Trato must
// refuse (a missing END, a line without a colon become X-LIC-ERROR properties or vanish) and
// cannot say on which line, so the unfolded lines are checked here, each error naming the file and
// line: broken lines, unbalanced BEGIN/END, unknown components, text outside the calendar.
namespace IcsScan {
struct Scan
{
    QList<int> itemLines; // BEGIN line of each top-level VEVENT/VTODO, in file order
    QStringList notes;    // skipped unknown components (skipUnknown)
};
// file: the name used in messages.
Result<Scan> scan(const QByteArray &data, const QString &file, bool skipUnknown);
} // namespace IcsScan

} // namespace trato
