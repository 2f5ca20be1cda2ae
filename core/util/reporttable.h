// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace trato {

// A finished report as text, ready for a printer, a CSV file or a table view: a title, the filters
// it was run with, column headers (numbers right-aligned), one line of cells per row with the
// record each row is about, and an optional totals row. Used by the Inventario reports and by
// TablePrinter (ui/printing), which anything else can feed the same way.
struct ReportTable
{
    QString title;
    QString filters;              // one line: "Warehouse: Sevilla · Active products only"
    QDate date;                   // the report's "today"
    QStringList headers;
    QList<bool> numeric;          // per column: right-aligned
    QList<QStringList> rows;
    QStringList rowEntities;      // per row: the record it is about ("product"), may be empty
    QStringList rowIds;
    QStringList totals;           // empty = no totals row; else one cell per column
    // Per row, what kind of line it is (the report builder's groups); empty or shorter than rows:
    // the missing ones are Data. Printers draw GroupHeader and Subtotal lines bold.
    enum RowKind { Data = 0, GroupHeader = 1, Subtotal = 2 };
    QList<int> rowKinds;

    RowKind rowKind(qsizetype row) const { return row < rowKinds.size() ? RowKind(rowKinds.at(row)) : Data; }

    int columnCount() const { return int(headers.size()); }
    bool isNumeric(int column) const { return column < numeric.size() && numeric.at(column); }

    // RFC 4180 CSV with a header line and the totals as the last line, CRLF line ends.
    QString toCsv() const;
};

} // namespace trato
