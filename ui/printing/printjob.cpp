// SPDX-License-Identifier: GPL-3.0-or-later
#include "printjob.h"

#include "util/background.h"

#include <QCoreApplication>
#include <QFile>
#include <QProgressDialog>
#include <QWidget>

namespace trato {

PrintJob::PrintJob(QWidget *parent, const QString &path) : QObject(parent), m_path(path) {}

PrintJob::~PrintJob()
{
    m_state->cancelled = true;   // the parent went away: the worker stops at its next page
    if (m_dialog)
        m_dialog->deleteLater();
}

PrintJob *PrintJob::toPdf(QWidget *parent, Database &db, const QString &title, const QString &path, Producer producer)
{
    auto *job = new PrintJob(parent, path);
    job->setObjectName(QStringLiteral("printJob"));
    job->m_dialog = new QProgressDialog(tr("Writing %1…").arg(title), tr("Cancel"), 0, 0, parent);
    job->m_dialog->setObjectName(QStringLiteral("printProgress"));
    job->m_dialog->setWindowTitle(tr("Print to PDF"));
    job->m_dialog->setWindowModality(Qt::WindowModal);
    job->m_dialog->setMinimumDuration(400);
    job->m_dialog->setAutoClose(false);
    job->m_dialog->setAutoReset(false);
    job->m_dialog->setMinimumWidth(360);
    connect(job->m_dialog, &QProgressDialog::canceled, job, &PrintJob::cancel);

    const std::shared_ptr<State> state = job->m_state;
    const QPointer<PrintJob> guard(job);
    runInBackground(
        db, job,
        [state, guard, producer = std::move(producer)](Database &database) {
            const TablePrinter::Progress progress = [state, guard](int done, int total) {
                if (state->cancelled)
                    return false;
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [guard, done, total] {
                        if (guard)
                            guard->onProgress(done, total);
                    },
                    Qt::QueuedConnection);
                return !state->cancelled;
            };
            return producer(database, progress);
        },
        [job](const Status &status) { job->onDone(status); });
    return job;
}

void PrintJob::cancel()
{
    m_state->cancelled = true;
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void PrintJob::onProgress(int done, int total)
{
    if (m_dialog && !m_state->cancelled) {
        m_dialog->setMaximum(total);
        m_dialog->setValue(done);
        m_dialog->setLabelText(tr("Page %1 of %2").arg(done).arg(total));
    }
    Q_EMIT progressed(done, total);
}

void PrintJob::onDone(const Status &status)
{
    const bool cancelled = m_state->cancelled;
    bool ok = bool(status) && !cancelled;
    QString message;
    if (ok) {
        message = tr("Wrote %1").arg(m_path);
    } else {
        QFile::remove(m_path);   // never a partial file, whatever the producer left
        message = cancelled ? tr("Cancelled: %1 was not written.").arg(m_path) : status.error().message;
    }
    if (m_dialog) {
        m_dialog->reset();
        m_dialog->hide();
    }
    Q_EMIT finished(ok, message);
    deleteLater();
}

} // namespace trato
