// SPDX-License-Identifier: GPL-3.0-or-later
#include "telephonypage.h"

#include "telephony/callerpopups.h"
#include "util/dialogs.h"

#include "telephony/callerlistener.h"
#include "telephony/callerlookup.h"
#include "util/appsettings.h"

#include <QCheckBox>
#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trato {

TelephonyPage::TelephonyPage(QDialog *dialog)
    : QWidget(dialog)
    , m_enabled(new QCheckBox(tr("&Listen for incoming calls from a PBX or softphone")))
    , m_port(new QSpinBox)
    , m_bind(new QLineEdit)
    , m_token(new QLineEdit)
    , m_testNumber(new QLineEdit)
    , m_warning(new QLabel)
    , m_status(new QLabel)
    , m_test(new QPushButton(tr("&Test")))
{
    setObjectName(QStringLiteral("telephonyPage"));
    const AppSettings::CallerListenerSettings s = AppSettings::callerListener();
    m_enabled->setChecked(s.enabled);
    m_port->setRange(1, 65535);
    m_port->setValue(s.port);
    m_port->setAccessibleName(tr("Port"));
    m_bind->setText(s.bindAddress);
    m_bind->setPlaceholderText(tr("This computer only (127.0.0.1 and ::1)"));
    m_bind->setAccessibleName(tr("Bind address"));
    m_token->setText(s.token);
    m_token->setPlaceholderText(tr("None"));
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_token->setAccessibleName(tr("Shared token"));
    m_testNumber->setText(QStringLiteral("+34 600 11 22 33"));
    m_testNumber->setAccessibleName(tr("Test number"));
    m_warning->setObjectName(QStringLiteral("bindWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a33;"));
    m_status->setObjectName(QStringLiteral("listenerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *intro = new QLabel(tr("When a call comes in, your PBX or softphone tells Trato the number (an HTTP request to "
                                "http://127.0.0.1:PORT/call?number=… or one line of text over TCP) and Trato shows who "
                                "is calling and starts the call log. See docs/TELEPHONY.md for Asterisk, FreePBX and "
                                "softphones."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_enabled);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Bind address:"), m_bind);
    form->addRow(QString(), m_warning);
    form->addRow(tr("Shared &token:"), m_token);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testNumber, 1);
    testRow->addWidget(m_test);
    auto *testLabel = new QLabel(tr("Test &number:"));
    testLabel->setBuddy(m_testNumber);
    form->addRow(testLabel, testRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto showStatus = [this] {
        const CallerPopups *popups = CallerPopups::current();
        m_status->setText(popups ? popups->statusText() : tr("Not listening for calls."));
    };
    showStatus();
    if (CallerPopups *popups = CallerPopups::current())
        connect(popups, &CallerPopups::statusChanged, this, showStatus);
    connect(m_bind, &QLineEdit::textChanged, this, &TelephonyPage::updateWarning);
    connect(m_token, &QLineEdit::textChanged, this, &TelephonyPage::updateWarning);
    connect(m_test, &QPushButton::clicked, this, &TelephonyPage::test);
    connect(dialog, &QDialog::accepted, this, &TelephonyPage::apply);
    updateWarning();
}

void TelephonyPage::updateWarning()
{
    const QString bind = m_bind->text().trimmed();
    if (CallerListener::isLoopback(bind)) {
        m_warning->clear();
        m_warning->hide();
        return;
    }
    QString text = tr("Other computers can reach Trato at %1: anyone on that network can make caller windows pop up "
                      "and read the name behind a number. Allow only your PBX in the firewall.")
                       .arg(bind);
    if (m_token->text().isEmpty())
        text += QLatin1Char(' ') + tr("Set a shared token too.");
    m_warning->setText(text);
    m_warning->show();
}

void TelephonyPage::apply()
{
    AppSettings::CallerListenerSettings s;
    s.enabled = m_enabled->isChecked();
    s.port = m_port->value();
    s.bindAddress = m_bind->text().trimmed();
    s.token = m_token->text();
    AppSettings::setCallerListener(s);
    if (CallerPopups *popups = CallerPopups::current()) {
        popups->applySettings();
        if (!popups->listenerError().isEmpty())
            Dialogs::error(this, tr("Telephony"), popups->listenerError());
    }
}

void TelephonyPage::test()
{
    const auto number = CallerLookup::normalize(m_testNumber->text(), AppSettings::phoneRegion());
    if (!number) {
        Dialogs::error(this, tr("Test call"), number.error().message);
        return;
    }
    CallerPopups *popups = CallerPopups::current();
    if (!popups) {
        Dialogs::error(this, tr("Test call"), tr("Caller windows are shown by the main window; open Settings from there."));
        return;
    }
    popups->showCall(m_testNumber->text(), tr("Test call"), true);
}

} // namespace trato
