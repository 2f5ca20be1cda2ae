// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/recordstore.h"
#include "../util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace trato {

class Database;

// One article found by the knowledge base's search.
struct KbHit
{
    QString id;
    QString title;
    QString category;
    QString status;       // draft | published
    qint64 helpedCount = 0;
};

// An article linked to a ticket (ticket_article).
struct KbLink
{
    QString linkId;
    QString articleId;
    QString title;
    QString category;
    bool helped = false;
};

// The knowledge base: FAQ articles searched through kb_article's full-text index (title, body,
// category, tags; accents ignored, ranked by bm25 with the title weighing most), suggestions for a
// ticket, links between tickets and articles, an article inserted into a ticket as a reply and the
// "helped" mark. helped_count is kept by SQL triggers on ticket_article (registerRules): the number
// of distinct tickets whose link says helped, so it cannot drift whatever path writes the links.
class KnowledgeBase
{
public:
    explicit KnowledgeBase(Database &db);

    // Published articles matching every word of text (drafts too when asked), best first.
    Result<QList<KbHit>> search(const QString &text, bool drafts = false, int limit = 20) const;
    // Published articles for a ticket: any word of its subject and its product's name, best first,
    // without the ones already linked.
    Result<QList<KbHit>> suggestions(const QString &ticketId, int limit = 5) const;
    // An article by id or exact title.
    Result<Record> article(const QString &idOrTitle) const;
    Result<QList<KbLink>> linked(const QString &ticketId) const;

    // Links the article to the ticket (the existing link's id when there is one).
    Result<QString> link(const QString &ticketId, const QString &articleId);
    // Logs a reply on the ticket with the article's text under its title and links the article, in
    // one transaction. Only published articles; a closed ticket refuses (reopen it first).
    // Returns the new ticket_message's id.
    Result<QString> insert(const QString &ticketId, const QString &articleId,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Marks (or with helped false unmarks) the article as having helped on the ticket, linking it
    // first when needed; the article's helped_count follows.
    Status markHelped(const QString &ticketId, const QString &articleId, bool helped = true);

    // The reply's text for an article.
    static QString replyBody(const Record &article);
    static QStringList helpedTriggerSql();
    static void registerRules();

private:
    Result<QList<KbHit>> runSearch(const QString &match, bool drafts, int limit, const QString &excludeTicket) const;
    Result<Record> ticket(const QString &idOrNumber) const;
    Result<QString> findLink(const QString &ticketId, const QString &articleId) const;

    Database &m_db;
};

} // namespace trato
