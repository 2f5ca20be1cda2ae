// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace trato {

class Database;

struct TicketMessage
{
    QString id;
    QString kind;          // reply | note | customer
    QString body;
    QString writtenAt;     // ISO UTC
    QString author;        // created_by
    QStringList attachments;
};

struct TicketInfo
{
    QString id;
    QString number;
    QString subject;
    QString status;
    QString priority;
    QString accountName;
    QString contactName;
    QString owner;
    QString team;
    QString openedAt;
    QString firstResponseAt;
    QString resolvedAt;
    QString closedAt;
    QString resolution;
    int reopenCount = 0;
    QVariant satisfaction;  // null or 1..5
    QList<TicketMessage> messages; // in time order
};

// Tickets and their conversation (issue 7). The rules live on the write path (registerRules(): every
// way of writing a ticket or a ticket_message obeys them: numbering TCK-{YYYY}-{NNNNN}, status
// transitions, closed tickets frozen, first_response_at on the first reply, replies to a resolved
// ticket reopen it). The operations below are each one transaction; `now` is injectable.
class TicketService
{
    Q_DECLARE_TR_FUNCTIONS(trato::TicketService)
public:
    explicit TicketService(Database &db) : m_db(db) {}

    static QString seriesKey() { return QStringLiteral("ticket"); }
    static QString seriesPattern() { return QStringLiteral("TCK-{YYYY}-{NNNNN}"); }
    static QString statusLabel(const QString &status);
    static bool isActive(const QString &status); // new, open, waiting_*, reopened

    // An id or a number (TCK-2026-00001) -> the ticket's id.
    Result<QString> resolve(const QString &idOrNumber) const;
    // values: ticket fields in storage form (subject required); opened_at = now. Returns the id.
    Result<QString> create(const QVariantMap &values, const QDateTime &now = QDateTime());

    Result<QString> reply(const QString &ticket, const QString &body, const QStringList &attachments = {}, const QDateTime &now = QDateTime());
    Result<QString> note(const QString &ticket, const QString &body, const QStringList &attachments = {}, const QDateTime &now = QDateTime());
    Result<QString> customerMessage(const QString &ticket, const QString &body, const QStringList &attachments = {},
                                    const QDateTime &now = QDateTime());
    // user: who it is assigned to (not empty); team: empty = unchanged.
    Status assign(const QString &ticket, const QString &user, const QString &team = QString());
    // Gives the ticket back to its team's Unassigned queue (the team is kept).
    Status unassign(const QString &ticket);
    Status resolveTicket(const QString &ticket, const QString &resolution, const QDateTime &now = QDateTime());
    Status close(const QString &ticket, std::optional<int> satisfaction = std::nullopt, const QDateTime &now = QDateTime());
    Status reopen(const QString &ticket, const QString &why = QString(), const QDateTime &now = QDateTime());

    Result<TicketInfo> load(const QString &ticket) const;

    static void registerRules(); // ticket and ticket_message rules (called once by RecordRules)

private:
    Result<QString> addMessage(const QString &kind, const QString &ticket, const QString &body, const QStringList &attachments,
                               const QDateTime &now);
    Database &m_db;
};

} // namespace trato
