// SPDX-License-Identifier: GPL-3.0-or-later
#include "callerpopups.h"

#include "callerwindow.h"

#include "telephony/callerlistener.h"
#include "util/appsettings.h"

#include <QWidget>

namespace trato {

namespace {
CallerPopups *g_current = nullptr;
}

CallerPopups::CallerPopups(Database &db, QWidget *parent)
    : QObject(parent)
    , m_db(db)
    , m_window(parent)
{
    g_current = this;
    applySettings();
}

CallerPopups::~CallerPopups()
{
    if (g_current == this)
        g_current = nullptr;
    // The windows use the database: they go with the main window that owns it (no questions asked;
    // their calls stay in progress).
    const auto open = m_open;
    for (const auto &w : open)
        delete w.data();
}

CallerPopups *CallerPopups::current()
{
    return g_current;
}

void CallerPopups::applySettings()
{
    const AppSettings::CallerListenerSettings s = AppSettings::callerListener();
    delete m_listener;
    m_listener = nullptr;
    m_error.clear();
    if (s.enabled) {
        m_listener = new CallerListener(m_db, AppSettings::phoneRegion(), this);
        CallerListenerOptions options;
        options.port = quint16(s.port);
        options.bindAddress = s.bindAddress;
        options.token = s.token;
        m_listener->setOptions(options);
        const Status started = m_listener->start();
        if (!started) {
            m_error = started.error().message;
            delete m_listener;
            m_listener = nullptr;
        } else {
            connect(m_listener, &CallerListener::incomingCall, this, [this](const QString &number, const QString &name) {
                showCall(number, name);
            });
        }
    }
    Q_EMIT statusChanged();
}

QString CallerPopups::statusText() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (!m_listener)
        return tr("Not listening for calls.");
    QStringList where;
    for (const auto &a : m_listener->serverAddresses())
        where << (a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2"))
                     .arg(a.toString())
                     .arg(m_listener->serverPort());
    return tr("Listening for calls on %1.").arg(where.join(QStringLiteral(", ")));
}

CallerWindow *CallerPopups::showCall(const QString &number, const QString &name, bool test)
{
    const QString key = (test ? QStringLiteral("test:") : QString()) + number;
    if (CallerWindow *open = m_open.value(key)) {
        open->present();
        return open;
    }
    // No parent: a top-level window of its own, shown even when the main window is minimized.
    auto *window = new CallerWindow(m_db, AppSettings::phoneRegion(), number, name,
                                    test ? CallerWindow::Mode::Test : CallerWindow::Mode::Live);
    m_open.insert(key, window);
    connect(window, &QObject::destroyed, this, [this, key] { m_open.remove(key); });
    connect(window, &CallerWindow::openRecordRequested, this, [this](const QString &entity, const QString &id) {
        if (m_window) {
            if (m_window->isMinimized())
                m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
        Q_EMIT openRecordRequested(entity, id);
    });
    window->present();
    return window;
}

QList<CallerWindow *> CallerPopups::windows() const
{
    QList<CallerWindow *> out;
    for (const auto &w : m_open)
        if (w)
            out << w;
    return out;
}

} // namespace trato
