// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/tableprinter.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>


class QWidget;

namespace trato {

class Database;

// A PDF written off the GUI thread with a progress dialog and Cancel (analytics: printing; "Print
// this list", "Print record", report PDFs). The producer runs on a background worker with that
// thread's own connection (runInBackground) and is handed a Progress callback: call it after each
// page with (pages done, pages in all); it returns false once the user pressed Cancel, and the
// producer then stops and returns an error. Whatever happens, a job that did not succeed leaves no
// file at path (the producer removes it; the job makes sure). The dialog appears after a moment, so
// a one-page PDF does not flash one. The job deletes itself when it is done.
//
//   auto *job = PrintJob::toPdf(this, db, tr("Contacts"), path, [=](Database &db, const TablePrinter::Progress &p) {
//       return ListPrinter::writePdf(db, query, fields, today, path, p);
//   });
//   connect(job, &PrintJob::finished, this, [](bool ok, const QString &message) { ... });
class PrintJob : public QObject
{
    Q_OBJECT
public:
    using Producer = std::function<Status(Database &db, const TablePrinter::Progress &progress)>;

    static PrintJob *toPdf(QWidget *parent, Database &db, const QString &title, const QString &path, Producer producer);
    ~PrintJob() override;

    // As the dialog's Cancel button: the worker stops at its next page.
    void cancel();
    bool isCancelled() const { return m_state->cancelled; }
    QProgressDialog *progressDialog() const { return m_dialog; }
    QString path() const { return m_path; }

Q_SIGNALS:
    // ok: the PDF is at path(). message: "Wrote …" or what went wrong (cancelled included).
    void finished(bool ok, const QString &message);
    void progressed(int done, int total);

private:
    PrintJob(QWidget *parent, const QString &path);
    void onProgress(int done, int total);
    void onDone(const Status &status);

    struct State
    {
        std::atomic_bool cancelled{false};
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
    QString m_path;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace trato
