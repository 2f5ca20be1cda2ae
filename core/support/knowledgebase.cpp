// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgebase.h"

#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/listquery.h"
#include "../store/recordrules.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace trato {

namespace {

const QString kArticle = QStringLiteral("kb_article");
const QString kLink = QStringLiteral("ticket_article");
const QString kTicket = QStringLiteral("ticket");
const QString kMessage = QStringLiteral("ticket_message");

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::KnowledgeBase", text);
}

// bm25 weights per FTS column, in the order of the entity's searchable fields.
QString rankExpression(const Entity &e)
{
    QStringList weights;
    for (const QString &c : e.searchColumns()) {
        if (c == QLatin1String("title"))
            weights << QStringLiteral("10.0");
        else if (c == QLatin1String("category") || c == QLatin1String("tags"))
            weights << QStringLiteral("4.0");
        else
            weights << QStringLiteral("1.0");
    }
    return QStringLiteral("bm25(%1, %2)").arg(Sql::ident(e.ftsTable()), weights.join(QStringLiteral(", ")));
}

// Any of the words (three letters or more) as prefixes: suggestions rank by how many match.
QString anyWordMatch(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        if (word.size() < 3)
            continue;
        const QString term = QLatin1Char('"') + word + QStringLiteral("\"*");
        if (!terms.contains(term, Qt::CaseInsensitive))
            terms << term;
    }
    return terms.join(QStringLiteral(" OR "));
}

QString helpedCountSql(const QString &article)
{
    return QStringLiteral("(SELECT count(DISTINCT l.ticket) FROM ticket_article l WHERE l.article = %1 AND l.helped = 1 AND l.deleted = 0)")
        .arg(article);
}

} // namespace

KnowledgeBase::KnowledgeBase(Database &db)
    : m_db(db)
{
}

Result<QList<KbHit>> KnowledgeBase::runSearch(const QString &match, bool drafts, int limit, const QString &excludeTicket) const
{
    QList<KbHit> hits;
    if (match.isEmpty())
        return hits;
    const Entity *e = m_db.registry()->entity(kArticle);
    if (!e)
        return Error::failure(tr("This database has no knowledge base."));
    QString sql = QStringLiteral("SELECT a.id, a.title, coalesce(a.category, ''), a.status, coalesce(a.helped_count, 0) "
                                 "FROM %1 JOIN kb_article a ON a.rid = %1.rowid WHERE %1 MATCH ? AND a.deleted = 0")
                      .arg(Sql::ident(e->ftsTable()));
    QVariantList params{match};
    if (!drafts)
        sql += QStringLiteral(" AND a.status = 'published'");
    if (!excludeTicket.isEmpty()) {
        sql += QStringLiteral(" AND a.id NOT IN (SELECT article FROM ticket_article WHERE ticket = ? AND deleted = 0)");
        params << excludeTicket;
    }
    sql += QStringLiteral(" ORDER BY %1, a.title LIMIT ?").arg(rankExpression(*e));
    params << qMax(1, limit);
    auto r = Sql::exec(m_db.connection(), sql, params);
    if (!r)
        return r.error();
    QSqlQuery &q = r.value();
    while (q.next())
        hits.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()});
    return hits;
}

Result<QList<KbHit>> KnowledgeBase::search(const QString &text, bool drafts, int limit) const
{
    return runSearch(ListSql::ftsMatch(text), drafts, limit, {});
}

Result<QList<KbHit>> KnowledgeBase::suggestions(const QString &ticketId, int limit) const
{
    auto t = ticket(ticketId);
    if (!t)
        return t.error();
    QString text = t.value().value(QStringLiteral("subject")).toString();
    const QString product = t.value().value(QStringLiteral("product__title")).toString();
    if (!product.isEmpty())
        text += QLatin1Char(' ') + product;
    return runSearch(anyWordMatch(text), false, limit, t.value().value(QStringLiteral("id")).toString());
}

Result<Record> KnowledgeBase::article(const QString &idOrTitle) const
{
    RecordStore store(m_db);
    auto byId = store.get(kArticle, idOrTitle);
    if (byId)
        return byId;
    auto r = Sql::exec(m_db.connection(), QStringLiteral("SELECT id FROM kb_article WHERE deleted = 0 AND (id = ? OR title = ?) LIMIT 2"),
                       {idOrTitle, idOrTitle});
    if (!r)
        return r.error();
    QStringList ids;
    while (r.value().next())
        ids << r.value().value(0).toString();
    if (ids.isEmpty())
        return Error::notFound(tr("No knowledge base article \"%1\" (give its id or exact title).").arg(idOrTitle));
    if (ids.size() > 1)
        return Error::badInput(tr("Several articles are titled \"%1\": give the id.").arg(idOrTitle));
    return store.get(kArticle, ids.first());
}

Result<Record> KnowledgeBase::ticket(const QString &idOrNumber) const
{
    RecordStore store(m_db);
    auto byId = store.get(kTicket, idOrNumber);
    if (byId)
        return byId;
    auto r = Sql::exec(m_db.connection(), QStringLiteral("SELECT id FROM ticket WHERE deleted = 0 AND number = ? LIMIT 1"), {idOrNumber});
    if (!r)
        return r.error();
    if (!r.value().next())
        return Error::notFound(tr("No ticket \"%1\" (give its id or number).").arg(idOrNumber));
    return store.get(kTicket, r.value().value(0).toString());
}

Result<QList<KbLink>> KnowledgeBase::linked(const QString &ticketId) const
{
    auto t = ticket(ticketId);
    if (!t)
        return t.error();
    auto r = Sql::exec(m_db.connection(),
                       QStringLiteral("SELECT l.id, a.id, a.title, coalesce(a.category, ''), coalesce(l.helped, 0) FROM ticket_article l "
                                      "JOIN kb_article a ON a.id = l.article WHERE l.ticket = ? AND l.deleted = 0 AND a.deleted = 0 "
                                      "ORDER BY l.rid"),
                       {t.value().value(QStringLiteral("id"))});
    if (!r)
        return r.error();
    QList<KbLink> out;
    while (r.value().next()) {
        const QSqlQuery &q = r.value();
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt() != 0});
    }
    return out;
}

Result<QString> KnowledgeBase::findLink(const QString &ticketId, const QString &articleId) const
{
    auto r = Sql::exec(m_db.connection(), QStringLiteral("SELECT id FROM ticket_article WHERE ticket = ? AND article = ? AND deleted = 0 ORDER BY rid LIMIT 1"),
                       {ticketId, articleId});
    if (!r)
        return r.error();
    return r.value().next() ? r.value().value(0).toString() : QString();
}

Result<QString> KnowledgeBase::link(const QString &ticketId, const QString &articleId)
{
    auto t = ticket(ticketId);
    if (!t)
        return t.error();
    auto a = article(articleId);
    if (!a)
        return a.error();
    const QString tid = t.value().value(QStringLiteral("id")).toString();
    const QString aid = a.value().value(QStringLiteral("id")).toString();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto existing = findLink(tid, aid);
    if (!existing)
        return existing.error();
    QString id = existing.value();
    if (id.isEmpty()) {
        auto created = RecordStore(m_db).create(kLink, {{QStringLiteral("ticket"), tid}, {QStringLiteral("article"), aid}});
        if (!created)
            return created.error();
        id = created.value();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

QString KnowledgeBase::replyBody(const Record &article)
{
    return QStringLiteral("%1\n\n%2").arg(article.value(QStringLiteral("title")).toString(),
                                          article.value(QStringLiteral("body")).toString().trimmed());
}

Result<QString> KnowledgeBase::insert(const QString &ticketId, const QString &articleId, const QDateTime &now)
{
    auto t = ticket(ticketId);
    if (!t)
        return t.error();
    auto a = article(articleId);
    if (!a)
        return a.error();
    const Record &tk = t.value();
    const Record &art = a.value();
    if (tk.value(QStringLiteral("status")).toString() == QLatin1String("closed"))
        return Error::badInput(tr("Ticket %1 is closed: reopen it before replying.")
                                   .arg(tk.value(QStringLiteral("number")).toString().isEmpty() ? tk.value(QStringLiteral("id")).toString()
                                                                                                 : tk.value(QStringLiteral("number")).toString()));
    if (art.value(QStringLiteral("status")).toString() != QLatin1String("published"))
        return Error::badInput(tr("The article \"%1\" is a draft: publish it before inserting it into a reply.")
                                   .arg(art.value(QStringLiteral("title")).toString()));
    const QString tid = tk.value(QStringLiteral("id")).toString();
    const QString aid = art.value(QStringLiteral("id")).toString();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(m_db);
    auto message = store.create(kMessage,
                                {{QStringLiteral("ticket"), tid},
                                 {QStringLiteral("kind"), QStringLiteral("reply")},
                                 {QStringLiteral("body"), replyBody(art)},
                                 {QStringLiteral("written_at"), now.toUTC().toString(Qt::ISODate)}},
                                RecordStore::Access::System);
    if (!message)
        return message.error();
    auto l = link(tid, aid);
    if (!l)
        return l.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return message.value();
}

Status KnowledgeBase::markHelped(const QString &ticketId, const QString &articleId, bool helped)
{
    auto t = ticket(ticketId);
    if (!t)
        return t.error();
    auto a = article(articleId);
    if (!a)
        return a.error();
    const QString tid = t.value().value(QStringLiteral("id")).toString();
    const QString aid = a.value().value(QStringLiteral("id")).toString();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto existing = findLink(tid, aid);
    if (!existing)
        return existing.error();
    QString id = existing.value();
    if (id.isEmpty()) {
        if (!helped)
            return Error::badInput(tr("The article \"%1\" is not linked to this ticket.").arg(a.value().value(QStringLiteral("title")).toString()));
        auto l = link(tid, aid);
        if (!l)
            return l.error();
        id = l.value();
    }
    if (Status s = RecordStore(m_db).update(kLink, id, {{QStringLiteral("helped"), helped ? 1 : 0}}); !s)
        return s;
    tx.touched(kArticle);
    return tx.commit();
}

QStringList KnowledgeBase::helpedTriggerSql()
{
    const auto body = [](const QString &row) {
        return QStringLiteral("  UPDATE kb_article SET helped_count = %1 WHERE id = %2.article AND helped_count IS NOT %1;\n")
            .arg(helpedCountSql(QStringLiteral("kb_article.id")), row);
    };
    return {QStringLiteral("CREATE TRIGGER ticket_article__helped_insert AFTER INSERT ON ticket_article BEGIN\n%1END").arg(body(QStringLiteral("NEW"))),
            QStringLiteral("CREATE TRIGGER ticket_article__helped_update AFTER UPDATE OF helped, deleted, article, ticket ON ticket_article BEGIN\n%1%2END")
                .arg(body(QStringLiteral("NEW")), body(QStringLiteral("OLD"))),
            QStringLiteral("CREATE TRIGGER ticket_article__helped_delete AFTER DELETE ON ticket_article BEGIN\n%1END").arg(body(QStringLiteral("OLD")))};
}

void KnowledgeBase::registerRules()
{
    RecordRules::addTriggers(kLink, &KnowledgeBase::helpedTriggerSql);
    RecordRules::addAfterBulk(kLink, [](Database &db, qint64, qint64) -> Status {
        auto r = Sql::exec(db.connection(), QStringLiteral("UPDATE kb_article SET helped_count = %1 WHERE helped_count IS NOT %1")
                                                .arg(helpedCountSql(QStringLiteral("kb_article.id"))));
        if (!r)
            return r.error();
        return Status::success();
    });
}

} // namespace trato
