// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/pgconnection.h"

#include <QDialog>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace trato {

// Where the team server password lives on this computer: the OS keychain through QtKeychain
// (service "Trato", key "user@host:port/db"), never the database file. Every keychain call is
// asynchronous. When there is no keychain (a desktop without Secret Service, or TRATO_KEYCHAIN=off
// for tests) the password is asked for once and kept in memory for the rest of the session.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    explicit PasswordStore(QObject *parent = nullptr);

    static QString service() { return QStringLiteral("Trato"); }
    static QString key(const ServerAddress &address);
    // TRATO_KEYCHAIN=off: behave as if this computer had no keychain.
    static bool keychainDisabled();
    // Why the keychain cannot be used ("" while it seems to work), learned from the last failure.
    static QString keychainProblem();

    // The password typed or read earlier in this session (memory only).
    static QString sessionPassword(const ServerAddress &address);
    static void setSessionPassword(const ServerAddress &address, const QString &password);
    static void forgetSessionPassword(const ServerAddress &address);

    // Reads the keychain. done(password, problem): password empty when nothing is stored; problem
    // is a sentence when the keychain could not be used at all.
    using ReadDone = std::function<void(const QString &password, const QString &problem)>;
    void read(const ServerAddress &address, QObject *context, ReadDone done);
    // Stores in the keychain (and in the session). done(problem): empty on success.
    void write(const ServerAddress &address, const QString &password, QObject *context, std::function<void(const QString &)> done);
    // Deletes from the keychain and the session. done(problem) may be empty.
    void remove(const ServerAddress &address, QObject *context, std::function<void(const QString &)> done = {});

    // The password for a sync or a connection test: the session's, else the keychain's, else (when
    // mayAsk) the user's answer to a password dialog over parent. done(nullopt) when there is none
    // (the user cancelled, or asking was not allowed).
    void obtain(const ServerAddress &address, QWidget *parent, bool mayAsk, QObject *context,
                std::function<void(std::optional<QString>)> done);

    // The dialog obtain() shows; why explains why Trato asks (e.g. no keychain).
    static std::optional<QString> ask(QWidget *parent, const ServerAddress &address, const QString &why);
};

// "Password for the team server" — asked when no keychain holds it.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const ServerAddress &address, const QString &why, QWidget *parent = nullptr);
    QString password() const;
    QLineEdit *passwordEdit() const { return m_password; }

private:
    QLineEdit *m_password;
};

} // namespace trato
