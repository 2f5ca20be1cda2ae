// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemarketing/calllistservice.h"
#include "telemarketing/callscript.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace trato {

class CallListOverview;
class Database;
class FieldEditor;

// The operator's work screen in Activities (seed 003): pick a call list, see who to call with the
// script already filled in for them and the questions to ask, press the outcome, and the next
// person comes up. Every rule (queue order, claims, follow-ups, answers) is in CallListService;
// the page only shows and collects. Reading the progress, the queue and the figures runs on a
// worker; taking the next entry and logging a call are single-record writes.
class TelemarketingPage : public QWidget
{
    Q_OBJECT
public:
    explicit TelemarketingPage(Database &db, QWidget *parent = nullptr);
    ~TelemarketingPage() override;

    // Tests: a fixed clock instead of the system's.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void selectList(const QString &listId);
    QString currentListId() const { return m_listId; }
    const std::optional<CallListEntry> &currentEntry() const { return m_entry; }
    // True once the queue, progress and figures of the last change have been read.
    bool isUpToDate() const { return m_pendingRefreshes == 0; }
    QPushButton *outcomeButton(const QString &outcome) const { return m_outcomeButtons.value(outcome); }
    FieldEditor *questionEditor(const QString &field) const;
    QString scriptText() const;
    QString progressText() const;
    QString reportText() const;
    int elapsedSeconds() const;

    // Logs the current call with this outcome (what the buttons do). callbackAt: for call_back.
    bool logOutcome(const QString &outcome, const QDateTime &callbackAt = QDateTime());

public Q_SLOTS:
    void newCallList();
    void refresh();

Q_SIGNALS:
    void openRecord(const QString &entity, const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void reloadLists(const QString &select = QString());
    void takeNext();
    void showEntry();
    void callBackAt();
    void toggleTimer();
    void updateTimer();
    void releaseHeld();

    Database &m_db;
    std::function<QDateTime()> m_clock;
    QString m_listId;
    QString m_scriptBody;
    QString m_scriptQuestions;
    std::optional<CallListEntry> m_entry;
    int m_pendingRefreshes = 0;
    int m_refreshSerial = 0;
    bool m_deferred = false; // a list was chosen while hidden: take its next entry when shown

    QComboBox *m_lists = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_report = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_company = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_bestTime = nullptr;
    QLabel *m_lastOutcome = nullptr;
    QLabel *m_attempts = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QLabel *m_timerLabel = nullptr;
    QPushButton *m_timerButton = nullptr;
    QTextBrowser *m_script = nullptr;
    QLabel *m_scriptWarning = nullptr;
    QWidget *m_questionsBox = nullptr;
    QFormLayout *m_questions = nullptr;
    QLabel *m_questionsError = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QHash<QString, QPushButton *> m_outcomeButtons;
    QList<FieldEditor *> m_editors;
    CallListOverview *m_overview = nullptr;
    QTimer *m_tick = nullptr;
    QElapsedTimer m_elapsed;
    qint64 m_stoppedMs = -1; // the timer's reading when stopped; -1 while it runs
};

} // namespace trato
