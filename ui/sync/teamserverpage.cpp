// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamserverpage.h"

#include "passwordstore.h"
#include "synccontroller.h"

#include "util/dialogs.h"

#include "metadata/value.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"
#include "util/background.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trato {

namespace {

// What Test connection found: who the server says we are.
struct Identity
{
    QString error;
    QString user, role, team;
};

QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

TeamServerPage::TeamServerPage(Database &db, SyncController *controller, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_controller(controller)
    , m_passwords(controller ? controller->passwords() : new PasswordStore(this))
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_database(new QLineEdit)
    , m_user(new QLineEdit)
    , m_sslMode(new QComboBox)
    , m_password(new QLineEdit)
    , m_remember(new QCheckBox(tr("&Remember the password on this computer")))
    , m_interval(new QSpinBox)
    , m_hostError(errorLabel(QStringLiteral("hostError")))
    , m_databaseError(errorLabel(QStringLiteral("databaseError")))
    , m_userError(errorLabel(QStringLiteral("userError")))
    , m_state(new QLabel)
    , m_result(new QLabel)
    , m_test(new QPushButton(tr("&Test connection")))
    , m_join(new QPushButton(tr("&Join / Save")))
    , m_forget(new QPushButton(tr("&Forget this server")))
{
    setObjectName(QStringLiteral("teamServerPage"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setAccessibleName(tr("Server host"));
    m_host->setPlaceholderText(tr("crm.example.com"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setAccessibleName(tr("Server port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setAccessibleName(tr("Server database"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setAccessibleName(tr("User on the server"));
    m_sslMode->setObjectName(QStringLiteral("serverSslMode"));
    m_sslMode->setAccessibleName(tr("Encryption"));
    for (const QString &mode : ServerAddress::sslModes())
        m_sslMode->addItem(sslModeLabel(mode), mode);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setAccessibleName(tr("Sync every"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" minutes"));
    m_interval->setSpecialValueText(tr("Only on demand, at start and at exit"));
    m_interval->setMinimumWidth(m_interval->fontMetrics().horizontalAdvance(m_interval->specialValueText()) + 60);
    m_state->setObjectName(QStringLiteral("teamServerState"));
    m_state->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("teamServerResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_join->setObjectName(QStringLiteral("joinServer"));
    m_forget->setObjectName(QStringLiteral("forgetServer"));

    const QString keychainProblem = PasswordStore::keychainProblem();
    if (!keychainProblem.isEmpty()) {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_remember->setToolTip(keychainProblem);
    }

    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"));
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *hostBox = new QWidget;
    hostBox->setLayout(hostRow);
    hostRow->setContentsMargins(0, 0, 0, 0);

    auto *intro = new QLabel(tr("With a team server, everyone in the team shares one customer base, and this computer "
                                "keeps working when it is offline. Ask whoever runs the server for these details."));
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Host:"), m_host), withError(hostBox, m_hostError));
    form->addRow(label(tr("&Database:"), m_database), withError(m_database, m_databaseError));
    form->addRow(label(tr("&User:"), m_user), withError(m_user, m_userError));
    form->addRow(label(tr("&Encryption:"), m_sslMode), m_sslMode);
    auto *passwordBox = new QWidget;
    auto *passwordLayout = new QVBoxLayout(passwordBox);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->setSpacing(2);
    passwordLayout->addWidget(m_password);
    passwordLayout->addWidget(m_remember);
    form->addRow(label(tr("&Password:"), m_password), passwordBox);
    auto *intervalRow = new QHBoxLayout;
    intervalRow->addWidget(m_interval);
    intervalRow->addStretch();
    form->addRow(label(tr("&Sync every:"), m_interval), intervalRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_join);
    buttons->addStretch();
    buttons->addWidget(m_forget);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_state);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_test, &QPushButton::clicked, this, &TeamServerPage::testConnection);
    connect(m_join, &QPushButton::clicked, this, &TeamServerPage::joinOrSave);
    connect(m_forget, &QPushButton::clicked, this, &TeamServerPage::forgetServer);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            // Messages go away as soon as the field is right; new ones only on a button.
            if (!m_hostError->isHidden() || !m_databaseError->isHidden() || !m_userError->isHidden())
                validate();
        });
    if (m_controller)
        connect(m_controller, &SyncController::finished, this, [this](const SyncReport &report, const QString &error) {
            if (!m_join->property("waitingForSync").toBool())
                return;
            m_join->setProperty("waitingForSync", false);
            if (!error.isEmpty()) {
                showResult(tr("Saved, but the first sync failed: %1").arg(error), false);
                return;
            }
            showResult(tr("Synced with the team server: %1 changes sent, %2 records received.")
                           .arg(Value::formatInteger(report.pushed), Value::formatInteger(report.pulled)),
                       true);
        });
    load();
}

QLabel *TeamServerPage::errorLabel(const QString &name)
{
    auto *l = new QLabel;
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b42318;"));
    l->hide();
    return l;
}

QString TeamServerPage::sslModeLabel(const QString &mode)
{
    if (mode == QLatin1String("disable"))
        return tr("Never encrypt (disable)");
    if (mode == QLatin1String("allow"))
        return tr("Encrypt only if the server insists (allow)");
    if (mode == QLatin1String("prefer"))
        return tr("Encrypt when the server can (prefer)");
    if (mode == QLatin1String("require"))
        return tr("Always encrypt, trust any certificate (require)");
    if (mode == QLatin1String("verify-ca"))
        return tr("Always encrypt, check the certificate (verify-ca)");
    if (mode == QLatin1String("verify-full"))
        return tr("Always encrypt, check the certificate and the name (verify-full)");
    return mode;
}

void TeamServerPage::load()
{
    const SyncSettings settings = SyncSettings::load(m_db);
    const ServerAddress &a = settings.server;
    m_host->setText(settings.enabled ? a.host : QString());
    m_port->setValue(a.port);
    m_database->setText(a.database);
    m_user->setText(settings.enabled ? a.user : m_db.user());
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(a.sslMode)));
    m_interval->setValue(settings.intervalMinutes);
    m_forget->setEnabled(settings.enabled);
    m_password->clear();
    m_password->setPlaceholderText(settings.enabled ? tr("Leave empty to keep the password Trato has") : QString());
    m_state->setText(settings.enabled ? tr("This computer syncs with <b>%1</b>.").arg(a.display().toHtmlEscaped())
                                      : tr("This computer does not sync with a team server."));
}

ServerAddress TeamServerPage::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.sslMode = m_sslMode->currentData().toString();
    a.password = m_password->text();
    return a;
}

bool TeamServerPage::validate()
{
    const ServerAddress a = address();
    auto show = [](QLabel *label, const QString &text) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    };
    QString host;
    if (a.host.isEmpty())
        host = tr("Write the server's name or address.");
    else if (a.host.contains(QLatin1String("://")) || a.host.contains(QLatin1Char('@')))
        host = tr("Write only the server's name or address (like crm.example.com), without user or postgresql://.");
    else if (!a.host.startsWith(QLatin1Char('/')) && a.host.contains(QLatin1Char(' ')))
        host = tr("A server name has no spaces.");
    show(m_hostError, host);
    show(m_databaseError, a.database.isEmpty() ? tr("Write the name of the database on the server (often \"trato\").") : QString());
    show(m_userError, a.user.isEmpty() ? tr("Write your user name on the team server.") : QString());
    return host.isEmpty() && !a.database.isEmpty() && !a.user.isEmpty();
}

void TeamServerPage::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_join->setEnabled(!busy);
    m_forget->setEnabled(!busy && SyncSettings::load(m_db).enabled);
}

void TeamServerPage::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QStringLiteral("color: #027a48;") : QStringLiteral("color: #b42318;"));
}

void TeamServerPage::testConnection()
{
    if (!validate())
        return;
    setBusy(true);
    showResult(tr("Connecting to %1…").arg(address().display()), true);
    m_passwords->obtain(address(), this, true, this, [this](std::optional<QString> password) {
        if (!password) {
            setBusy(false);
            const QString text = tr("No password: the connection was not tried.");
            showResult(text, false);
            Q_EMIT connectionTested(false, text);
            return;
        }
        ServerAddress a = address();
        a.password = *password;
        // libpq waits for the network: never on the GUI thread.
        runInBackground(
            m_db, this,
            [a](Database &) {
                Identity id;
                auto conn = PgConnection::connect(a, 10);
                if (!conn) {
                    id.error = conn.error().message;
                    return id;
                }
                auto who = conn.value()->exec(QStringLiteral("SELECT current_user"));
                id.user = who ? who->scalar() : a.user;
                // Role and team from the server's user list (readable by every Trato user); a
                // server without Trato's schema yet just says who connected.
                auto rows = conn.value()->exec(QStringLiteral("SELECT role, team FROM trato.app_user WHERE name = current_user"));
                if (rows && rows->count() == 1) {
                    id.role = rows->value(0, 0);
                    id.team = rows->value(0, 1);
                }
                return id;
            },
            [this, a](Identity id) {
                setBusy(false);
                QString text;
                if (!id.error.isEmpty()) {
                    text = id.error;
                    if (text.contains(PgConnection::tr("The team server refused the password of user %1 (%2)").arg(a.user, a.display())))
                        PasswordStore::forgetSessionPassword(a);
                } else if (!id.role.isEmpty() && !id.team.isEmpty()) {
                    text = tr("Connected as %1 (%2, team %3)").arg(id.user, id.role, id.team);
                } else if (!id.role.isEmpty()) {
                    text = tr("Connected as %1 (%2)").arg(id.user, id.role);
                } else {
                    text = tr("Connected as %1").arg(id.user);
                }
                showResult(text, id.error.isEmpty());
                Q_EMIT connectionTested(id.error.isEmpty(), text);
            });
    });
}

void TeamServerPage::joinOrSave()
{
    if (!validate())
        return;
    const ServerAddress a = address();
    const SyncSettings current = SyncSettings::load(m_db);
    ServerAddress currentClean = current.server;
    ServerAddress newClean = a;
    newClean.password.clear();
    const bool sameServer = current.enabled && currentClean.toUrl() == newClean.toUrl();
    const bool joined = sameServer && SyncState(m_db).value(QStringLiteral("joined")) == QLatin1String("1");
    if (joined) {
        save(a, false);
        return;
    }
    // Joining uploads this database: say how much before anything leaves the computer.
    setBusy(true);
    showResult(tr("Counting the records of this database…"), true);
    runInBackground(
        m_db, this,
        [](Database &db) {
            qint64 total = 0;
            RecordStore store(db);
            for (const Entity *e : db.registry()->entities()) {
                ListQuery q;
                q.entity = e->name;
                if (auto n = store.count(q))
                    total += n.value();
            }
            return total;
        },
        [this, a](qint64 records) {
            setBusy(false);
            showResult(QString(), true);
            const QString text =
                records > 0 ? tr("Your %1 records will be sent to the team server %2, and you will receive the team's records.")
                                  .arg(Value::formatInteger(records), a.display())
                            : tr("This database has no records yet: it will receive the team's records from %1.").arg(a.display());
            if (!Dialogs::confirm(this, tr("Join the team server"), text, tr("&Join")))
                return;
            save(a, true);
        });
}

void TeamServerPage::save(const ServerAddress &a, bool joining)
{
    SyncSettings settings;
    settings.server = a;
    settings.server.password.clear();
    settings.enabled = true;
    settings.intervalMinutes = m_interval->value();
    if (Status s = settings.save(m_db); !s) {
        showResult(s.error().message, false);
        return;
    }
    QString note;
    if (!a.password.isEmpty()) {
        if (m_remember->isChecked()) {
            m_passwords->write(a, a.password, this, [this](const QString &problem) {
                if (!problem.isEmpty()) {
                    m_remember->setChecked(false);
                    m_remember->setEnabled(false);
                    m_remember->setToolTip(problem);
                    m_state->setText(m_state->text() + QStringLiteral("<br>") + problem.toHtmlEscaped());
                }
            });
        } else {
            // Not remembered: out of the keychain, in memory until Trato closes.
            m_passwords->remove(a, this);
            PasswordStore::setSessionPassword(a, a.password);
        }
    }
    load();
    if (!m_remember->isEnabled())
        m_state->setText(m_state->text() + QStringLiteral("<br>") + PasswordStore::keychainProblem().toHtmlEscaped());
    Q_EMIT saved();
    if (!m_controller) {
        showResult(joining ? tr("Saved. The first sync starts from Trato's main window.") : tr("Saved."), true);
        return;
    }
    m_controller->reloadSettings();
    m_join->setProperty("waitingForSync", true);
    showResult(joining ? tr("Saved. Sending your records to the team server…") : tr("Saved. Syncing…"), true);
    m_controller->syncNow(joining ? SyncController::Trigger::Join : SyncController::Trigger::Manual);
}

void TeamServerPage::forgetServer()
{
    const SyncSettings current = SyncSettings::load(m_db);
    if (!current.enabled)
        return;
    if (!Dialogs::confirm(this, tr("Forget this server"),
                          tr("This computer will stop syncing with %1. Your data stays here, and changes not sent yet "
                             "stay waiting in case you join again.")
                              .arg(current.server.display()),
                          tr("&Forget")))
        return;
    if (Status s = SyncSettings::forget(m_db); !s) {
        showResult(s.error().message, false);
        return;
    }
    m_passwords->remove(current.server, this);
    if (m_controller)
        m_controller->reloadSettings();
    load();
    showResult(tr("This computer no longer syncs with %1.").arg(current.server.display()), true);
}

} // namespace trato
