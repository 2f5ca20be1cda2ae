// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoloader.h"

#include "metadata/value.h"

#include "util/background.h"

#include "demo/demodata.h"

#include <QLocale>
#include <QProgressDialog>

namespace trato {

DemoLoader::DemoLoader(Database &db, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_dialogParent(dialogParent)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
}

DemoLoader::~DemoLoader()
{
    // A worker still running finds out through the shared flag and writes nothing.
    m_cancelled->store(true);
    delete m_progress;
}

void DemoLoader::start(qint64 contacts, bool showProgress)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled->store(false);
    if (showProgress) {
        m_progress = new QProgressDialog(tr("Loading demo data: %1 contacts with their accounts and leads…")
                                             .arg(Value::formatInteger(contacts)),
                                         tr("Cancel"), 0, 0, m_dialogParent);
        m_progress->setWindowTitle(tr("Demo data"));
        m_progress->setAccessibleName(tr("Demo data progress"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        auto cancelled = m_cancelled;
        connect(m_progress, &QProgressDialog::canceled, this, [cancelled] { cancelled->store(true); });
    }

    QPointer<DemoLoader> self(this);
    auto cancelled = m_cancelled;
    DemoOptions options;
    options.contacts = contacts;
    options.progress = [self, cancelled](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, done, total] {
            if (self)
                self->onProgress(done, total);
        }, Qt::QueuedConnection);
        return !cancelled->load();
    };
    runInBackground(
        m_db, this, [options](Database &db) { return DemoData::generate(db, options); },
        [this](Result<DemoSummary> result) {
            m_running = false;
            if (m_progress) {
                m_progress->hide();
                m_progress->deleteLater();
            }
            if (!result) {
                Q_EMIT finished(false, result.error().message);
                return;
            }
            const QLocale locale;
            Q_EMIT finished(true, tr("Loaded demo data: %1 accounts, %2 contacts, %3 leads and %4 activities.")
                                      .arg(Value::formatInteger(result->accounts, locale), Value::formatInteger(result->contacts, locale),
                                           Value::formatInteger(result->leads, locale), Value::formatInteger(result->activities, locale)));
        });
}

void DemoLoader::onProgress(qint64 done, qint64 total)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
    m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
}

} // namespace trato
