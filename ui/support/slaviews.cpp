// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaviews.h"

#include "slaalertwindow.h"

#include "store/database.h"
#include "store/recordstore.h"
#include "util/background.h"
#include "util/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace trato {

namespace {
QString localTime(const QVariant &iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

SlaBadge::SlaBadge(Database &db, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
    , m_badge(new QLabel)
    , m_details(new QLabel)
{
    setObjectName(QStringLiteral("slaBadge"));
    m_badge->setObjectName(QStringLiteral("slaState"));
    m_details->setObjectName(QStringLiteral("slaDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_badge, 0, Qt::AlignTop);
    layout->addWidget(m_details, 1);
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("ticket"))
            reload();
    });
    hide();
}

void SlaBadge::setRecordId(const QString &id)
{
    m_id = id;
    reload();
}

QString SlaBadge::stateLabel(const QString &state)
{
    if (state == QLatin1String("on_track"))
        return tr("On track");
    if (state == QLatin1String("at_risk"))
        return tr("At risk");
    if (state == QLatin1String("breached"))
        return tr("Breached");
    if (state == QLatin1String("paused"))
        return tr("Paused");
    if (state == QLatin1String("met"))
        return tr("Met");
    return tr("No SLA");
}

QString SlaBadge::stateColor(const QString &state)
{
    if (state == QLatin1String("on_track"))
        return QStringLiteral("#2e7d32");
    if (state == QLatin1String("at_risk"))
        return QStringLiteral("#b45309");
    if (state == QLatin1String("breached"))
        return QStringLiteral("#c62828");
    if (state == QLatin1String("paused"))
        return QStringLiteral("#546e7a");
    if (state == QLatin1String("met"))
        return QStringLiteral("#00695c");
    return QStringLiteral("#757575");
}

QString SlaBadge::badgeText() const
{
    return m_badge->text();
}

QString SlaBadge::detailsText() const
{
    return m_details->text();
}

void SlaBadge::reload()
{
    if (m_id.isEmpty()) {
        hide();
        return;
    }
    // One record by primary key: cheap enough for the GUI thread.
    RecordStore store(m_db);
    auto r = store.get(QStringLiteral("ticket"), m_id);
    if (!r) {
        hide();
        return;
    }
    const Record &t = r.value();
    m_state = t.value(QStringLiteral("sla_state")).toString();
    if (m_state.isEmpty())
        m_state = QStringLiteral("none");
    m_badge->setText(tr("SLA: %1").arg(stateLabel(m_state)));
    m_badge->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; padding: 3px 8px; font-weight: bold; }")
                               .arg(stateColor(m_state)));
    QStringList parts;
    const QString policy = t.value(QStringLiteral("sla_policy__title")).toString();
    if (!policy.isEmpty())
        parts << tr("Policy: %1").arg(policy);
    const auto due = [&](const char *dueField, const char *doneField, const QString &label, const QString &doneLabel) {
        const QString done = localTime(t.value(QString::fromLatin1(doneField)));
        const QString when = localTime(t.value(QString::fromLatin1(dueField)));
        if (!done.isEmpty())
            parts << doneLabel.arg(done, when);
        else if (!when.isEmpty())
            parts << label.arg(when);
    };
    due("first_response_due", "first_response_at", tr("First response due %1"), tr("Answered %1 (due %2)"));
    due("resolution_due", "resolved_at", tr("Resolution due %1"), tr("Resolved %1 (due %2)"));
    const qint64 paused = t.value(QStringLiteral("paused_seconds")).toLongLong();
    if (paused > 0)
        parts << tr("Paused %1 h %2 min of business time").arg(paused / 3600).arg((paused % 3600) / 60);
    const QString since = localTime(t.value(QStringLiteral("paused_since")));
    if (!since.isEmpty())
        parts << tr("Waiting on the customer since %1").arg(since);
    m_details->setText(parts.join(QStringLiteral(" · ")));
    show();
}

SlaWatcher::SlaWatcher(Database &db, QMainWindow *window, Clock clock)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_clock(std::move(clock))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &SlaWatcher::refreshNow);
}

void SlaWatcher::start()
{
    refreshNow();
    m_timer->start();
}

void SlaWatcher::refreshNow()
{
    if (m_running)
        return; // the previous run is still going (a slow disk): skip this minute
    m_running = true;
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    runInBackground(
        m_db, this, [now](Database &d) { return SlaMonitor::refresh(d, now); },
        [this, now](const Result<SlaMonitor::Report> &report) {
            m_running = false;
            if (!report)
                return;
            if (!report.value().warnings.isEmpty() || !report.value().breaches.isEmpty()) {
                if (!m_alerts) {
                    m_alerts = new SlaAlertWindow(m_window);
                    connect(m_alerts, &SlaAlertWindow::openRecordRequested, this, &SlaWatcher::openRecordRequested);
                }
                m_alerts->addReport(report.value(), now);
                m_alerts->show();
                m_alerts->raise();
            }
            present(report.value());
            Q_EMIT refreshed(report.value());
        });
}

void SlaWatcher::present(const SlaMonitor::Report &report)
{
    if (report.warnings.isEmpty() && report.breaches.isEmpty())
        return;
    QStringList parts;
    if (!report.breaches.isEmpty()) {
        const QString first = report.breaches.first().number;
        parts << (report.breaches.size() == 1 ? tr("SLA breached: %1").arg(first)
                                              : tr("SLA breached: %1 and %n more", nullptr, int(report.breaches.size() - 1)).arg(first));
    }
    if (!report.warnings.isEmpty()) {
        const QString first = report.warnings.first().number;
        parts << (report.warnings.size() == 1 ? tr("SLA at risk: %1").arg(first)
                                              : tr("SLA at risk: %1 and %n more", nullptr, int(report.warnings.size() - 1)).arg(first));
    }
    m_lastMessage = parts.join(QStringLiteral(" — "));
    if (m_window)
        m_window->statusBar()->showMessage(m_lastMessage, 5 * 60 * 1000);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(Icons::app(), this);
            m_tray->setToolTip(tr("Trato service levels"));
        }
        m_tray->show();
        m_tray->showMessage(tr("Service levels"), m_lastMessage,
                            report.breaches.isEmpty() ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning, 15000);
    }
}

void registerSlaViews()
{
    RecordViewExtensions::add(QStringLiteral("ticket"), RecordViewExtensions::Place::Header,
                              [](Database &db) { return new SlaBadge(db); });
}

SlaWatcher *startSlaMonitor(Database &db, QMainWindow *window)
{
    auto *watcher = new SlaWatcher(db, window);
    QTimer::singleShot(0, watcher, &SlaWatcher::start);
    return watcher;
}

} // namespace trato
