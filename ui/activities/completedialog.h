// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities/activityservice.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QDialogButtonBox;

namespace trato {

class Database;

// Completing an activity, the sales loop's way (seed 003): the outcome and notes, then what comes
// next — a next step prefilled from the outcome's follow-up rule (kind, subject, date and time all
// editable), closing the lead with a reason, or no next step (disabled, with the reason, when the
// team requires one). The rules are ActivityService's; this dialog only collects the choice.
class CompleteDialog : public QDialog
{
    Q_OBJECT
public:
    CompleteDialog(Database &db, const QString &activityId, QWidget *parent = nullptr);

    // What the dialog would ask the service for (tests and the accept path).
    ActivityService::CompleteRequest request() const;
    // The next step created, if any, after accept().
    QString nextId() const { return m_nextId; }

    void accept() override;

private:
    void replan();
    void updateEnabled();

    Database &m_db;
    QString m_activityId;
    ActivityService::Plan m_plan;
    QLabel *m_title = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QRadioButton *m_nextStep = nullptr;
    QRadioButton *m_close = nullptr;
    QRadioButton *m_noNext = nullptr;
    QComboBox *m_nextKind = nullptr;
    QLineEdit *m_nextSubject = nullptr;
    QDateTimeEdit *m_nextAt = nullptr;
    QComboBox *m_closeReason = nullptr;
    QLabel *m_noNextReason = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_nextId;
};

} // namespace trato
