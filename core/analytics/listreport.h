// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/listquery.h"
#include "../store/recordstore.h"
#include "../util/reporttable.h"
#include "../util/result.h"

#include <QLocale>

#include <functional>

namespace trato {

class Database;

// "Print this list": a list as the user sees it (the ListQuery of the list view: search, filter
// conditions, sort; and its visible columns) turned into printable rows. The head (title = the
// entity's plural label, the filters line, the date, column labels, which columns are numbers) is
// built once; the rows are streamed one by one through RecordStore::forEach, so a million-row list
// never sits in memory as text (TablePrinter's stream paints them page by page). Values are shown
// as in the list: Value::display in the locale, a relation by the related record's name.
namespace ListReport {

// The head of the table: no rows yet. A field that does not exist (removed since the view was
// set up) is a BadInput error naming it.
Result<ReportTable> head(const Entity &entity, const ListQuery &query, const QStringList &fields, const QDate &today,
                         const QLocale &locale = QLocale());

// The filters line: "Search: “gil” · City is Madrid · Sorted by Name, descending"; "All records" when
// nothing narrows the list.
QString describe(const Entity &entity, const ListQuery &query, const QLocale &locale = QLocale());

// One record's cells for the fields, as the list shows them.
QStringList cells(const QList<const Field *> &fields, const Record &record, const QLocale &locale = QLocale());

// Runs on the calling thread with its own connection (call it from a worker, see runInBackground):
// counts the rows (begin(total); false stops), then calls row(cells) for each row in the list's
// order; row returning false stops the stream with a "cancelled" Failure. Count and rows are read
// in one read transaction, so they agree even while someone else writes.
Status stream(Database &db, const ListQuery &query, const QStringList &fields, const QLocale &locale,
              const std::function<bool(qint64 total)> &begin, const std::function<bool(const QStringList &cells)> &row);

// The whole list in memory (print preview of a small list, tests). More than maxRows rows
// (maxRows >= 0) is a BadInput error that says how many there are and suggests a PDF instead.
Result<ReportTable> read(Database &db, const ListQuery &query, const QStringList &fields, const QDate &today,
                         qint64 maxRows = -1, const QLocale &locale = QLocale());

// The text of the error a cancelled stream returns.
QString cancelledMessage();

} // namespace ListReport
} // namespace trato
