// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

namespace trato {

class Database;

// The price of one item for one customer on one day (docs/INVENTORY.md, "Catalog and prices").
struct PriceQuote
{
    enum class Source { ListPrice, BookEntry, BookDiscount };
    QString item;             // product or service id
    QString itemEntity;       // "product" | "service"
    qint64 listPrice = 0;     // cents
    qint64 unitPrice = 0;     // cents, after the book
    Source source = Source::ListPrice;
    QString bookId;           // empty for the list price
    QString bookName;
    qint64 discountBasisPoints = 0; // hundredths of a percent (1250 = 12.5 %)
    // "List price", "Price book Mayoristas 2026", "Price book Mayoristas 2026: 10 % off the list price".
    QString describe() const;
    QString sourceName() const; // list_price | book_entry | book_discount
};

// Resolves prices (issue 5):
// - the books considered are active and valid on the date (valid_from/valid_to inclusive, empty =
//   open); an account's own book beats a segment book (the account is among the records of the
//   saved segment the book names), which beats the list price;
// - among books of the same level the most recent valid_from wins (no valid_from counts as the
//   oldest; then the newest book);
// - a book applies to an item when it has an entry for it with min_quantity <= quantity or a
//   discount of its own; otherwise the next book is tried;
// - within a book the entry with the highest min_quantity <= quantity; its price, else the list
//   price less the entry's discount, else less the book's discount;
// - discounts are taken to hundredths of a percent and the price rounded half up to the cent:
//   (list * (10000 - bp) + 5000) / 10000 in integers.
// Every lookup uses indexes (price_book.account, price_book_entry.price_book/product/service).
class PriceResolver
{
    Q_DECLARE_TR_FUNCTIONS(trato::PriceResolver)
public:
    explicit PriceResolver(Database &db) : m_db(db) {}

    // item: a product or service id; account: may be empty; quantity: thousandths.
    Result<PriceQuote> price(const QString &item, const QString &account, const QDate &date, qint64 quantity = 1000);

    // Finds a product (SKU, id or exact name) or else a service (code, id or exact name).
    Result<QPair<QString, QString>> findItem(const QString &text) const; // (entity, id)

    static qint64 applyDiscount(qint64 cents, qint64 basisPoints);
    static qint64 toBasisPoints(double percent);

private:
    Result<bool> inSegment(const QString &segmentName, const QString &account);

    Database &m_db;
    QHash<QString, bool> m_membership; // segment name + account -> member, per resolver
};

} // namespace trato
