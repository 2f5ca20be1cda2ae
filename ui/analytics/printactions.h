// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace trato {

class Database;
class PrintJob;
class RecordListView;

// analytics: printing — "Print" on every list (toolbar: Print this list…, Export list as PDF…) and
// on every record (Print preview…, Export PDF…). The list prints what it shows: its search, filter
// conditions, sort and visible columns. Rows are read (and PDFs painted) on a worker with progress
// and Cancel (PrintJob). The print preview paints on the GUI thread by Qt's design
// (QPrintPreviewDialog::paintRequested), so it is offered up to kPreviewRowLimit rows, read in the
// background first; a longer list is offered as a PDF instead.
namespace PrintActions {
constexpr int kPreviewRowLimit = 3000;   // about 60 pages
// A printed record lists the first rows of each of its related lists.
constexpr int kRelatedRows = 5;

// Registers the list toolbar button and the record view part for every built-in entity. Called by
// registerAnalyticsViews().
void registerAll();

// The list's "Export list as PDF" with the file already chosen (the action asks for it).
PrintJob *exportListPdf(Database &db, RecordListView *list, const QString &path);
// The record's "Export PDF" with the file already chosen.
PrintJob *exportRecordPdf(QWidget *parent, Database &db, const QString &entity, const QString &id, const QString &path);
} // namespace PrintActions

} // namespace trato
