// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordstore.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

#include <qt6keychain/keychain.h>

namespace trato {

namespace {

struct Session
{
    QMutex mutex;
    QHash<QString, QString> passwords;
    QString keychainProblem;
};

Session &session()
{
    static Session s;
    return s;
}

QString noKeychainSentence()
{
    return PasswordStore::tr("No keychain on this computer: Trato will ask for the password once per session");
}

// A keychain error that means "there is no keychain here", as opposed to "nothing stored".
bool isUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented || error == QKeychain::OtherError
        || error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser;
}

void noteProblem(const QString &problem)
{
    QMutexLocker lock(&session().mutex);
    session().keychainProblem = problem;
}

} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{
}

QString PasswordStore::key(const ServerAddress &address)
{
    return QStringLiteral("%1@%2:%3/%4").arg(address.user, address.host).arg(address.port).arg(address.database);
}

bool PasswordStore::keychainDisabled()
{
    return qEnvironmentVariable("TRATO_KEYCHAIN").compare(QLatin1String("off"), Qt::CaseInsensitive) == 0;
}

QString PasswordStore::keychainProblem()
{
    if (keychainDisabled())
        return noKeychainSentence();
    QMutexLocker lock(&session().mutex);
    return session().keychainProblem;
}

QString PasswordStore::sessionPassword(const ServerAddress &address)
{
    QMutexLocker lock(&session().mutex);
    return session().passwords.value(key(address));
}

void PasswordStore::setSessionPassword(const ServerAddress &address, const QString &password)
{
    QMutexLocker lock(&session().mutex);
    session().passwords.insert(key(address), password);
}

void PasswordStore::forgetSessionPassword(const ServerAddress &address)
{
    QMutexLocker lock(&session().mutex);
    session().passwords.remove(key(address));
}

void PasswordStore::read(const ServerAddress &address, QObject *context, ReadDone done)
{
    QPointer<QObject> guard(context);
    if (keychainDisabled()) {
        // Asynchronous like the real keychain, so callers cannot come to rely on the opposite.
        QTimer::singleShot(0, this, [guard, done] {
            if (guard)
                done(QString(), noKeychainSentence());
        });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of a keychain
    job->setKey(key(address));
    connect(job, &QKeychain::Job::finished, this, [guard, done, address](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        QString password, problem;
        if (finished->error() == QKeychain::NoError) {
            password = readJob->textData();
            noteProblem(QString());
            if (!password.isEmpty())
                setSessionPassword(address, password);
        } else if (isUnavailable(finished->error())) {
            problem = noKeychainSentence();
            noteProblem(problem);
        }
        if (guard)
            done(password, problem);
    });
    job->start();
}

void PasswordStore::write(const ServerAddress &address, const QString &password, QObject *context,
                          std::function<void(const QString &)> done)
{
    setSessionPassword(address, password);
    QPointer<QObject> guard(context);
    if (keychainDisabled()) {
        QTimer::singleShot(0, this, [guard, done] {
            if (guard && done)
                done(noKeychainSentence());
        });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key(address));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
        QString problem;
        if (finished->error() != QKeychain::NoError) {
            problem = isUnavailable(finished->error())
                          ? noKeychainSentence()
                          : tr("The keychain did not store the password: %1").arg(finished->errorString());
            noteProblem(problem);
        }
        if (guard && done)
            done(problem);
    });
    job->start();
}

void PasswordStore::remove(const ServerAddress &address, QObject *context, std::function<void(const QString &)> done)
{
    forgetSessionPassword(address);
    QPointer<QObject> guard(context);
    if (keychainDisabled()) {
        QTimer::singleShot(0, this, [guard, done] {
            if (guard && done)
                done(QString());
        });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key(address));
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
        const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        if (guard && done)
            done(gone || isUnavailable(finished->error()) ? QString() : finished->errorString());
    });
    job->start();
}

void PasswordStore::obtain(const ServerAddress &address, QWidget *parent, bool mayAsk, QObject *context,
                           std::function<void(std::optional<QString>)> done)
{
    if (!address.password.isEmpty()) {
        done(address.password);
        return;
    }
    const QString known = sessionPassword(address);
    if (!known.isEmpty()) {
        done(known);
        return;
    }
    QPointer<QWidget> parentGuard(parent);
    read(address, context, [address, parentGuard, mayAsk, done](const QString &password, const QString &problem) {
        if (!password.isEmpty()) {
            done(password);
            return;
        }
        if (!mayAsk) {
            done(std::nullopt);
            return;
        }
        const QString why = problem.isEmpty() ? tr("The password of %1 is not stored on this computer.").arg(address.display())
                                              : problem;
        const std::optional<QString> typed = ask(parentGuard, address, why);
        if (typed)
            setSessionPassword(address, *typed);
        done(typed);
    });
}

std::optional<QString> PasswordStore::ask(QWidget *parent, const ServerAddress &address, const QString &why)
{
    PasswordDialog dialog(address, why, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

PasswordDialog::PasswordDialog(const ServerAddress &address, const QString &why, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit)
{
    setObjectName(QStringLiteral("syncPasswordDialog"));
    setWindowTitle(tr("Team server password"));
    setAccessibleName(windowTitle());
    auto *intro = new QLabel(tr("Password of <b>%1</b> on the team server %2:")
                                 .arg(address.user.toHtmlEscaped(), QStringLiteral("%1:%2/%3").arg(address.host).arg(address.port).arg(address.database).toHtmlEscaped()));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    auto *note = new QLabel(why);
    note->setObjectName(QStringLiteral("passwordWhy"));
    note->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_password);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

} // namespace trato
