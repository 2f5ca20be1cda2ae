// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace trato {

// Settings → Telephony: the caller listener of this machine (enable, port, bind address with a
// warning when it is not loopback, shared token) and a Test button that shows the caller window
// for a number without logging anything. Saved when the Settings dialog is accepted; the running
// listener (CallerPopups) is restarted then.
class TelephonyPage : public QWidget
{
    Q_OBJECT
public:
    explicit TelephonyPage(QDialog *dialog);

    QCheckBox *enabledBox() const { return m_enabled; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *bindEdit() const { return m_bind; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *testNumberEdit() const { return m_testNumber; }
    QLabel *warningLabel() const { return m_warning; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *testButton() const { return m_test; }

    void apply();
    void test();

private:
    void updateWarning();

    QCheckBox *m_enabled;
    QSpinBox *m_port;
    QLineEdit *m_bind;
    QLineEdit *m_token;
    QLineEdit *m_testNumber;
    QLabel *m_warning;
    QLabel *m_status;
    QPushButton *m_test;
};

} // namespace trato
