// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/pgconnection.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace trato {

class Database;
class PasswordStore;
class SyncController;

// Settings -> Team server: where the team's PostgreSQL server is (host, port, database, user, TLS
// mode), the password (kept in the OS keychain when "Remember" is on, never in the database),
// how often to sync, and three buttons that act at once: Test connection (on a worker), Join /
// Save (saves, then a first sync that uploads this database: said before) and Forget this server
// (the data stays). Works without a controller too (a dialog on its own): then it only saves.
class TeamServerPage : public QWidget
{
    Q_OBJECT
public:
    TeamServerPage(Database &db, SyncController *controller, QWidget *parent = nullptr);

    // The address in the fields, password included; validate() says whether it is complete.
    ServerAddress address() const;
    // Shows a message next to each wrong field; true when all are right.
    bool validate();

    void testConnection();
    void joinOrSave();
    void forgetServer();

    QLabel *resultLabel() const { return m_result; }

    // The TLS modes in words people understand.
    static QString sslModeLabel(const QString &mode);

Q_SIGNALS:
    // A connection test ended: ok, and the sentence shown.
    void connectionTested(bool ok, const QString &message);
    // Join / Save stored the settings (the first sync, if any, was started).
    void saved();

private:
    void load();
    void setBusy(bool busy);
    void showResult(const QString &text, bool ok);
    void save(const ServerAddress &address, bool joining);
    QLabel *errorLabel(const QString &name);

    Database &m_db;
    SyncController *m_controller;
    PasswordStore *m_passwords;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QSpinBox *m_interval;
    QLabel *m_hostError, *m_databaseError, *m_userError;
    QLabel *m_state;
    QLabel *m_result;
    QPushButton *m_test, *m_join, *m_forget;
};

} // namespace trato
