// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace trato {

class CallerListener;
class CallerWindow;
class Database;

// What the main window owns for caller lookup: the listener, started when Settings → Telephony
// enables it (and restarted when those settings change), and a caller window per incoming call.
// A PBX that rings several phones announces the same call more than once: while a window for that
// number is open it is brought to the front instead of logging the call twice.
class CallerPopups : public QObject
{
    Q_OBJECT
public:
    // parent: the main window (raised when a record is opened from a caller window).
    CallerPopups(Database &db, QWidget *parent);
    ~CallerPopups() override;

    CallerListener *listener() const { return m_listener; } // null when off
    QString listenerError() const { return m_error; }
    // Reads AppSettings::callerListener() and starts, restarts or stops the listener.
    void applySettings();
    // An incoming call (from the listener, or a test from Settings).
    CallerWindow *showCall(const QString &number, const QString &name, bool test = false);
    QList<CallerWindow *> windows() const;

    // Process-wide: Settings → Telephony says its settings changed or asks for a test call.
    static CallerPopups *current();
    // "Listening on 127.0.0.1:5577 and ::1:5577", "Off", or the error; for the settings page.
    QString statusText() const;

Q_SIGNALS:
    void openRecordRequested(const QString &entity, const QString &id);
    void statusChanged();

private:
    Database &m_db;
    QWidget *m_window;
    CallerListener *m_listener = nullptr;
    QString m_error;
    QHash<QString, QPointer<CallerWindow>> m_open; // number -> its window
};

} // namespace trato
