// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tableprinter.h"

#include "store/listquery.h"

#include <QLocale>

namespace trato {

class Database;

// "Print this list" to a PDF (analytics: printing): the list's query (search, conditions, sort) and
// visible columns, read by ListReport::stream on the calling thread's connection and painted by a
// TablePrinter::Stream as the rows come, so memory stays flat for a million rows. Runs off the GUI
// thread (PrintJob) and in trato-cli (`print list`). Cancelled or failed: no file is left behind.
namespace ListPrinter {
Status writePdf(Database &db, const ListQuery &query, const QStringList &fields, const QDate &today, const QString &path,
                const TablePrinter::Progress &progress = {}, const QLocale &locale = QLocale());
} // namespace ListPrinter

// Before painting anything: the path can be written (its folder exists, the file can be created).
// The error names the path and says why; an existing file is left as it was.
namespace PdfFile {
Status checkWritable(const QString &path);
} // namespace PdfFile

} // namespace trato
