// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"
#include "support/ticketservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace trato {

class Database;

// Asks the resolution note (OK only with some text).
class TicketResolveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TicketResolveDialog(const QString &ticketName, QWidget *parent = nullptr);
    QString note() const;
    void setNote(const QString &text);

private:
    QPlainTextEdit *m_note;
    QPushButton *m_ok;
};

// Assigns a ticket: a user (or nobody) and a team (optional).
class TicketAssignDialog : public QDialog
{
    Q_OBJECT
public:
    // me: the current user, for "Assign to me". An empty user means nobody: the ticket goes back
    // to the Unassigned queue.
    TicketAssignDialog(const QString &user, const QString &team, const QString &me, QWidget *parent = nullptr);
    QString user() const;
    QString team() const;
    void setValues(const QString &user, const QString &team);

private:
    QLineEdit *m_user;
    QLineEdit *m_team;
};

// The "Conversation" tab of a ticket: its messages in time order (internal notes on yellow, marked
// "Internal"; attachments as links), a composer with Reply (logged, not sent) and Internal note,
// file references to attach, and the status actions (Assign…, Resolve…, Close, Reopen) that fit.
// Business rules live in TicketService; refusals are shown as messages. Refreshes when ticket
// messages change anywhere (e.g. an article inserted as a reply).
class TicketConversationTab : public RecordViewPart
{
    Q_OBJECT
public:
    explicit TicketConversationTab(Database &db, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    void reload();

    // The composer's operations (buttons call them; public for tests).
    bool sendReply();
    bool addNote();
    void addAttachment(const QString &reference);
    QStringList attachments() const;
    const TicketInfo &info() const { return m_info; }

private:
    bool send(bool reply);
    void chooseFiles();
    void assign();
    void resolve();
    void close();
    void reopen();
    void refused(const QString &title, const Error &error);
    void updateActions();
    QString html() const;

    Database &m_db;
    QString m_id;
    TicketInfo m_info;
    QLabel *m_header;
    QTextBrowser *m_messages;
    QPlainTextEdit *m_composer;
    QListWidget *m_attachments;
    QPushButton *m_attach;
    QPushButton *m_removeAttachment;
    QPushButton *m_reply;
    QPushButton *m_note;
    QPushButton *m_assign;
    QPushButton *m_resolve;
    QPushButton *m_close;
    QPushButton *m_reopen;
};

// "New ticket…" on an account or contact: asks the subject, opens a ticket for that customer (a
// contact's account too) and asks the record view to open it.
class NewTicketButton : public RecordViewPart
{
    Q_OBJECT
public:
    NewTicketButton(Database &db, const QString &entity, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    // Opens the ticket (no dialog); returns its id, or empty after showing the refusal.
    QString createTicket(const QString &subject);

private:
    Database &m_db;
    QString m_entity;
    QString m_id;
};

void registerTicketViews(); // support: tickets (called from registerSupportViews)

} // namespace trato
