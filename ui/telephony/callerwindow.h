// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/callerlookup.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace trato {

class Database;

// The window that pops up when a call comes in (seed 003: "the call is no longer faceless"): who
// calls — the caller's card (name, account, phones, relationship), recent history and open items —
// or "unknown number" with Create lead. Unless it is a test call it starts the call log entry
// (core CallLog) as it opens; Complete call writes the outcome and notes and completes the entry
// through ActivityActions::complete (the sales loop); Dismiss leaves the entry in progress; closing
// the window otherwise asks which of the two. A top-level window that stays on top, so it shows even when the main window
// is minimized.
class CallerWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Live, Test };

    CallerWindow(Database &db, const QString &region, const QString &number, const QString &callerName,
                 Mode mode = Mode::Live, QWidget *parent = nullptr);

    QString number() const { return m_number; }            // normalized
    QString callerName() const { return m_callerName; }
    QString callLogId() const { return m_callLogId; }      // "" for a test call or when it failed
    const CallerLookupResult &lookup() const { return m_lookup; }
    QLabel *nameLabel() const { return m_name; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *createLeadButton() const { return m_createLead; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QComboBox *outcomePicker() const { return m_outcome; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QTreeWidget *historyList() const { return m_recent; }
    QTreeWidget *openItemsList() const { return m_openItems; }

    // Brings the window in front of everything, the main window minimized or not.
    void present();

    // Complete call: the outcome and notes, then ActivityActions::complete. True when completed.
    bool completeCall();
    // Create lead: a lead with the number (and the caller ID name) that the entry is then about.
    bool createLead();

Q_SIGNALS:
    void openRecordRequested(const QString &entity, const QString &id);

protected:
    // Closing a window whose call is still in progress asks: complete it with the outcome and notes
    // shown, leave it in progress, or cancel.
    void closeEvent(QCloseEvent *event) override;

private:
    void buildCard(QVBoxLayout *layout);
    void fillActivities(QTreeWidget *list, const QList<CallerActivity> &items, bool open);
    void openMatch();

    Database &m_db;
    QString m_region;
    QString m_number;
    QString m_callerName;
    Mode m_mode;
    CallerLookupResult m_lookup;
    QString m_lookupError;
    QString m_callLogId;
    QString m_createdLead;
    bool m_settled = false; // completed or dismissed: closing asks nothing
    QLabel *m_name = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_recent = nullptr;
    QTreeWidget *m_openItems = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_createLead = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace trato
