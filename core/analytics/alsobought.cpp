// SPDX-License-Identifier: GPL-3.0-or-later
#include "alsobought.h"

#include "sales/purchasehistory.h"
#include "store/database.h"
#include "store/sqlite.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace trato {

namespace {

// The counted invoices' product lines as (account, product): fixed SQL, the statuses bound.
QString basketSql(const QString &where, QVariantList *params)
{
    QStringList marks;
    for (const QString &s : PurchaseHistoryService::countedInvoiceStatuses()) {
        marks << QStringLiteral("?");
        *params << s;
    }
    return QStringLiteral("SELECT DISTINCT i.account, l.product FROM sales_line l JOIN invoice i ON i.id = l.invoice "
                          "WHERE l.deleted = 0 AND l.product IS NOT NULL AND i.deleted = 0 AND i.status IN (%1)%2")
        .arg(marks.join(QStringLiteral(", ")), where);
}

struct Baskets
{
    QHash<QString, QSet<QString>> byAccount;  // account -> products
    QHash<QString, QSet<QString>> byProduct;  // product -> accounts
};

Result<Baskets> loadBaskets(Database &db)
{
    QVariantList params;
    auto q = Sql::exec(db.connection(), basketSql(QString(), &params), params);
    if (!q)
        return q.error();
    Baskets b;
    while (q.value().next()) {
        const QString account = q.value().value(0).toString(), product = q.value().value(1).toString();
        b.byAccount[account].insert(product);
        b.byProduct[product].insert(account);
    }
    return b;
}

Status fillNames(Database &db, QList<AlsoBoughtItem> &items)
{
    for (AlsoBoughtItem &it : items) {
        auto q = Sql::exec(db.connection(), QStringLiteral("SELECT sku, name FROM product WHERE id = ?"), {it.productId});
        if (!q)
            return q.error();
        if (q.value().next()) {
            it.sku = q.value().value(0).toString();
            it.name = q.value().value(1).toString();
        }
    }
    return {};
}

// Items from co-occurrence counts; `base` = the accounts the counts are over.
Result<QList<AlsoBoughtItem>> rank(Database &db, const Baskets &b, const QHash<QString, int> &counts, int base,
                                   const AlsoBought::Options &options)
{
    const double buyers = double(b.byAccount.size());
    QList<AlsoBoughtItem> items;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.value() < std::max(1, options.minSupport))
            continue;
        AlsoBoughtItem item;
        item.productId = it.key();
        item.support = it.value();
        item.confidence = base > 0 ? double(it.value()) / base : 0.0;
        const double share = double(b.byProduct.value(it.key()).size()) / buyers;
        item.lift = share > 0 ? item.confidence / share : 0.0;
        items << item;
    }
    if (Status s = fillNames(db, items); !s)
        return s.error();
    std::sort(items.begin(), items.end(), [](const AlsoBoughtItem &x, const AlsoBoughtItem &y) {
        if (x.support != y.support)
            return x.support > y.support;
        if (x.lift != y.lift)
            return x.lift > y.lift;
        const int cmp = QString::compare(x.name, y.name, Qt::CaseInsensitive);
        return cmp != 0 ? cmp < 0 : x.productId < y.productId;
    });
    if (items.size() > options.top)
        items.resize(std::max(0, options.top));
    return items;
}

} // namespace

Result<QList<AlsoBoughtItem>> AlsoBought::forProduct(Database &db, const QString &productId, const Options &options)
{
    auto b = loadBaskets(db);
    if (!b)
        return b.error();
    const QSet<QString> accounts = b.value().byProduct.value(productId);
    QHash<QString, int> counts;
    for (const QString &a : accounts)
        for (const QString &p : b.value().byAccount.value(a))
            if (p != productId)
                ++counts[p];
    return rank(db, b.value(), counts, int(accounts.size()), options);
}

Result<QList<AlsoBoughtItem>> AlsoBought::forAccount(Database &db, const QString &accountId, const Options &options)
{
    auto b = loadBaskets(db);
    if (!b)
        return b.error();
    const QSet<QString> mine = b.value().byAccount.value(accountId);
    QSet<QString> coBuyers;
    for (const QString &p : mine)
        for (const QString &a : b.value().byProduct.value(p))
            if (a != accountId)
                coBuyers.insert(a);
    QHash<QString, int> counts;
    for (const QString &a : std::as_const(coBuyers))
        for (const QString &p : b.value().byAccount.value(a))
            if (!mine.contains(p))
                ++counts[p];
    return rank(db, b.value(), counts, int(coBuyers.size()), options);
}

Result<QString> AlsoBought::resolveProduct(Database &db, const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &column : {QStringLiteral("id"), QStringLiteral("sku"), QStringLiteral("name")}) {
        auto q = Sql::exec(db.connection(), QStringLiteral("SELECT id FROM product WHERE %1 = ? AND deleted = 0 LIMIT 2").arg(column), {t});
        if (!q)
            return q.error();
        QStringList ids;
        while (q.value().next())
            ids << q.value().value(0).toString();
        if (ids.size() > 1)
            return Error::badInput(tr("Several products match \"%1\": give the id or SKU.").arg(t));
        if (ids.size() == 1)
            return ids.first();
    }
    return Error::notFound(tr("No product \"%1\" (give its id, SKU or exact name).").arg(t));
}

} // namespace trato
