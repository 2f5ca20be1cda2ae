// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace trato {

class Database;

// "Customers who bought X also bought Y" (seed 001), item-to-item co-occurrence over the product
// lines of counted invoices (issued, partially paid, paid, overdue): a basket is the set of products
// an account has ever been invoiced for (credit notes do not take products out of it).
//
// For a product X and another product Y:
//   support    = accounts that bought both X and Y;
//   confidence = support / accounts that bought X;
//   lift       = confidence / (accounts that bought Y / accounts that bought anything).
// For an account: the co-buyers are the other accounts that share at least one product with it;
// for each product Y it has not bought, support = co-buyers who bought Y, confidence = support /
// co-buyers, lift as above. Items need support ≥ minSupport; sorted by support, then lift, then
// name, then id; at most `top`.
struct AlsoBoughtItem
{
    QString productId;
    QString sku;
    QString name;
    int support = 0;
    double confidence = 0;
    double lift = 0;
};

class AlsoBought
{
    Q_DECLARE_TR_FUNCTIONS(trato::AlsoBought)
public:
    struct Options
    {
        int top = 10;
        int minSupport = 2;
    };
    static Result<QList<AlsoBoughtItem>> forProduct(Database &db, const QString &productId, const Options &options);
    static Result<QList<AlsoBoughtItem>> forAccount(Database &db, const QString &accountId, const Options &options);
    // A product by id, SKU or exact name (NotFound / BadInput when ambiguous).
    static Result<QString> resolveProduct(Database &db, const QString &text);
};

} // namespace trato
