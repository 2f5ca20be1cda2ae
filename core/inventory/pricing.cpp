// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing.h"

#include "../search/segmentstore.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"

#include <QtMath>

namespace trato {

QString PriceQuote::sourceName() const
{
    switch (source) {
    case Source::ListPrice: return QStringLiteral("list_price");
    case Source::BookEntry: return QStringLiteral("book_entry");
    case Source::BookDiscount: return QStringLiteral("book_discount");
    }
    return {};
}

QString PriceQuote::describe() const
{
    const QString pct = QStringLiteral("%1.%2").arg(discountBasisPoints / 100).arg(discountBasisPoints % 100, 2, 10, QLatin1Char('0'));
    QString shown = pct;
    while (shown.endsWith(QLatin1Char('0')))
        shown.chop(1);
    if (shown.endsWith(QLatin1Char('.')))
        shown.chop(1);
    switch (source) {
    case Source::ListPrice: return PriceResolver::tr("List price");
    case Source::BookEntry: return PriceResolver::tr("Price book %1").arg(bookName);
    case Source::BookDiscount: return PriceResolver::tr("Price book %1: %2 % off the list price").arg(bookName, shown);
    }
    return {};
}

qint64 PriceResolver::toBasisPoints(double percent)
{
    const qint64 bp = qRound64(percent * 100.0);
    return qBound(qint64(0), bp, qint64(10000));
}

qint64 PriceResolver::applyDiscount(qint64 cents, qint64 basisPoints)
{
    // Half up to the cent, in integers (prices are never negative: CatalogRules).
    return (cents * (10000 - basisPoints) + 5000) / 10000;
}

Result<QPair<QString, QString>> PriceResolver::findItem(const QString &text) const
{
    const QString t = text.trimmed();
    QSqlDatabase conn = m_db.connection();
    for (const auto &[entity, code] : {QPair<QString, QString>{QStringLiteral("product"), QStringLiteral("sku")},
                                       QPair<QString, QString>{QStringLiteral("service"), QStringLiteral("code")}}) {
        auto q = Sql::exec(conn, QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND (id = ? OR %2 = ?) LIMIT 1").arg(entity, code),
                           {t, t.toUpper()});
        if (!q)
            return q.error();
        if (q.value().next())
            return QPair<QString, QString>{entity, q.value().value(0).toString()};
        auto byName = Sql::exec(conn, QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND name = ? LIMIT 2").arg(entity), {t});
        if (!byName)
            return byName.error();
        QStringList ids;
        while (byName.value().next())
            ids << byName.value().value(0).toString();
        if (ids.size() == 1)
            return QPair<QString, QString>{entity, ids.first()};
        if (ids.size() > 1)
            return Error::badInput(tr("Several %1s are named \"%2\": give the SKU, code or id.").arg(entity, t));
    }
    return Error::notFound(tr("There is no product or service \"%1\" (give a SKU, service code, id or exact name).").arg(t));
}

Result<bool> PriceResolver::inSegment(const QString &segmentName, const QString &account)
{
    const QString key = segmentName + QLatin1Char('\n') + account;
    if (auto it = m_membership.constFind(key); it != m_membership.constEnd())
        return it.value();
    SegmentStore segments(m_db);
    auto segment = segments.byName(segmentName);
    if (!segment) {
        m_membership.insert(key, false); // a book naming a deleted segment applies to nobody
        return false;
    }
    if (segment.value().entity != QLatin1String("account")) {
        m_membership.insert(key, false);
        return false;
    }
    auto query = segments.query(segment.value().id);
    if (!query)
        return query.error();
    ListQuery q = query.value();
    q.columns = {QStringLiteral("name")};
    bool member = false;
    if (Status s = RecordStore(m_db).forEach(q, [&](const Record &r) {
            member = r.value(QStringLiteral("id")).toString() == account;
            return !member;
        });
        !s)
        return s.error();
    m_membership.insert(key, member);
    return member;
}

Result<PriceQuote> PriceResolver::price(const QString &item, const QString &account, const QDate &date, qint64 quantity)
{
    QSqlDatabase conn = m_db.connection();
    PriceQuote quote;
    quote.item = item;
    for (const QString &entity : {QStringLiteral("product"), QStringLiteral("service")}) {
        auto q = Sql::exec(conn, QStringLiteral("SELECT unit_price FROM %1 WHERE id = ? AND deleted = 0").arg(entity), {item});
        if (!q)
            return q.error();
        if (q.value().next()) {
            quote.itemEntity = entity;
            quote.listPrice = q.value().value(0).toLongLong();
            break;
        }
    }
    if (quote.itemEntity.isEmpty())
        return Error::notFound(tr("There is no product or service with the id %1.").arg(item));
    if (quantity <= 0)
        return Error::badInput(tr("Quantity: give a quantity greater than zero."));
    quote.unitPrice = quote.listPrice;
    const QString day = (date.isValid() ? date : QDate::currentDate()).toString(Qt::ISODate);
    // Candidate books, best first: the account's own, then segment books; newest valid_from first.
    auto books = Sql::exec(conn,
                           QStringLiteral("SELECT id, name, account, segment, discount FROM price_book "
                                          "WHERE deleted = 0 AND active = 1 AND (valid_from IS NULL OR valid_from <= ?) "
                                          "AND (valid_to IS NULL OR valid_to >= ?) "
                                          "AND (account = ? OR (account IS NULL AND coalesce(segment, '') <> '')) "
                                          "ORDER BY account IS NULL, valid_from IS NULL, valid_from DESC, rid DESC"),
                           {day, day, account.isEmpty() ? QVariant() : QVariant(account)});
    if (!books)
        return books.error();
    struct Book { QString id, name, account, segment; QVariant discount; };
    QList<Book> candidates;
    while (books.value().next())
        candidates.append({books.value().value(0).toString(), books.value().value(1).toString(), books.value().value(2).toString(),
                           books.value().value(3).toString(), books.value().value(4)});
    const QString entryField = quote.itemEntity; // price_book_entry.product | .service
    for (const Book &b : candidates) {
        if (b.account.isEmpty()) {
            if (account.isEmpty())
                continue;
            auto member = inSegment(b.segment.trimmed(), account);
            if (!member)
                return member.error();
            if (!member.value())
                continue;
        }
        auto entry = Sql::exec(conn,
                               QStringLiteral("SELECT price, discount FROM price_book_entry WHERE price_book = ? AND %1 = ? AND deleted = 0 "
                                              "AND coalesce(min_quantity, 0) <= ? ORDER BY coalesce(min_quantity, 0) DESC, rid DESC LIMIT 1")
                                   .arg(entryField),
                               {b.id, item, qlonglong(quantity)});
        if (!entry)
            return entry.error();
        quote.bookId = b.id;
        quote.bookName = b.name;
        if (entry.value().next()) {
            const QVariant entryPrice = entry.value().value(0);
            const QVariant entryDiscount = entry.value().value(1);
            if (!entryPrice.isNull()) {
                quote.source = PriceQuote::Source::BookEntry;
                quote.unitPrice = entryPrice.toLongLong();
                quote.discountBasisPoints = quote.listPrice > 0 && quote.unitPrice < quote.listPrice
                    ? ((quote.listPrice - quote.unitPrice) * 10000 + quote.listPrice / 2) / quote.listPrice
                    : 0;
                return quote;
            }
            const QVariant d = entryDiscount.isNull() ? b.discount : entryDiscount;
            quote.source = PriceQuote::Source::BookDiscount;
            quote.discountBasisPoints = d.isNull() ? 0 : toBasisPoints(d.toDouble());
            quote.unitPrice = applyDiscount(quote.listPrice, quote.discountBasisPoints);
            return quote;
        }
        if (!b.discount.isNull() && toBasisPoints(b.discount.toDouble()) > 0) {
            quote.source = PriceQuote::Source::BookDiscount;
            quote.discountBasisPoints = toBasisPoints(b.discount.toDouble());
            quote.unitPrice = applyDiscount(quote.listPrice, quote.discountBasisPoints);
            return quote;
        }
        quote.bookId.clear();
        quote.bookName.clear();
    }
    return quote;
}

} // namespace trato
