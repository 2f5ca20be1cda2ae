// SPDX-License-Identifier: GPL-3.0-or-later
#include "purchasehistory.h"

#include "documentlines.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QHash>

#include <algorithm>

namespace trato {

namespace {

int bp(const QVariant &v) { return v.isNull() ? 0 : DocumentCalc::basisPoints(v.toDouble()); }

struct Doc
{
    DocumentHeader header;
    QDate date;
    QString subject;
    QVariant balanceDue;
    QList<DocumentLine> lines;
};

// entity: invoice | credit_note | quote; party: account | contact. Every name here is fixed text,
// every value bound.
Result<QList<Doc>> loadDocs(QSqlDatabase conn, const QString &entity, const QString &dateField, const QString &party,
                            const QString &partyId, const QStringList &statuses, const QList<QPair<int, int>> &surcharges)
{
    QString marks;
    for (int i = 0; i < statuses.size(); ++i)
        marks += i ? QStringLiteral(", ?") : QStringLiteral("?");
    QVariantList params{partyId};
    for (const QString &s : statuses)
        params << s;
    const bool invoice = entity == QLatin1String("invoice");
    auto q = Sql::exec(conn,
                       QStringLiteral("SELECT d.id, d.number, d.status, d.account, d.shipping, d.shipping_tax_rate, d.adjustment, "
                                      "coalesce(a.equivalence_surcharge, 0), d.%2, d.subject, %5 "
                                      "FROM %1 d LEFT JOIN account a ON a.id = d.account "
                                      "WHERE d.%3 = ? AND d.deleted = 0 AND d.status IN (%4)")
                           .arg(entity, dateField, party, marks, invoice ? QStringLiteral("d.balance_due") : QStringLiteral("NULL")),
                       params);
    if (!q)
        return q.error();
    QList<Doc> docs;
    QHash<QString, int> index;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Doc d;
        d.header.entity = entity;
        d.header.id = r.value(0).toString();
        d.header.number = r.value(1).toString();
        d.header.status = r.value(2).toString();
        d.header.account = r.value(3).toString();
        d.header.shipping = r.value(4).toLongLong();
        d.header.shippingTaxBp = bp(r.value(5));
        d.header.adjustment = r.value(6).toLongLong();
        if (r.value(7).toInt() != 0)
            for (const auto &[rate, surcharge] : surcharges)
                if (rate == d.header.shippingTaxBp) {
                    d.header.shippingSurchargeBp = surcharge;
                    break;
                }
        d.date = QDate::fromString(r.value(8).toString(), Qt::ISODate);
        d.subject = r.value(9).toString();
        d.balanceDue = r.value(10);
        index.insert(d.header.id, int(docs.size()));
        docs << d;
    }
    if (docs.isEmpty())
        return docs;
    auto lines = Sql::exec(conn,
                           QStringLiteral("SELECT l.%1, l.id, l.kind, l.product, l.service, coalesce(p.sku, s.code), coalesce(p.name, s.name), "
                                          "l.quantity, l.unit_price, l.discount_percent, l.discount_amount, l.tax_rate, l.surcharge_rate, l.position "
                                          "FROM %1 d JOIN sales_line l ON l.%1 = d.id AND l.deleted = 0 "
                                          "LEFT JOIN product p ON p.id = l.product LEFT JOIN service s ON s.id = l.service "
                                          "WHERE d.%2 = ? AND d.deleted = 0 AND d.status IN (%3) ORDER BY l.position, l.rid")
                               .arg(entity, party, marks),
                           params);
    if (!lines)
        return lines.error();
    while (lines.value().next()) {
        const QSqlQuery &r = lines.value();
        const auto it = index.constFind(r.value(0).toString());
        if (it == index.constEnd())
            continue;
        DocumentLine l;
        l.id = r.value(1).toString();
        l.kind = r.value(2).toString();
        l.product = r.value(3).toString();
        l.service = r.value(4).toString();
        l.itemCode = r.value(5).toString();
        l.itemName = r.value(6).toString();
        l.quantity = r.value(7).toLongLong();
        l.unitPrice = r.value(8).toLongLong();
        l.discountBp = bp(r.value(9));
        l.discountAmount = r.value(10).toLongLong();
        l.taxBp = bp(r.value(11));
        l.surchargeBp = bp(r.value(12));
        l.position = r.value(13).toInt();
        docs[it.value()].lines << l;
    }
    return docs;
}

OpenDocument openDocument(const Doc &d, qint64 total)
{
    OpenDocument o;
    o.entity = d.header.entity;
    o.id = d.header.id;
    o.number = d.header.number;
    o.subject = d.subject;
    o.status = d.header.status;
    o.date = d.date;
    o.total = total;
    return o;
}

} // namespace

QStringList PurchaseHistoryService::countedInvoiceStatuses()
{
    return {QStringLiteral("issued"), QStringLiteral("partially_paid"), QStringLiteral("paid"), QStringLiteral("overdue")};
}

Result<QPair<QString, QString>> PurchaseHistoryService::resolve(const QString &text) const
{
    const QString t = text.trimmed();
    QSqlDatabase conn = m_db.connection();
    for (const QString &entity : {QStringLiteral("account"), QStringLiteral("contact")}) {
        auto q = Sql::exec(conn, QStringLiteral("SELECT id FROM %1 WHERE id = ? AND deleted = 0").arg(entity), {t});
        if (!q)
            return q.error();
        if (q.value().next())
            return QPair<QString, QString>{entity, t};
    }
    auto byName = Sql::exec(conn, QStringLiteral("SELECT id FROM account WHERE name = ? AND deleted = 0 LIMIT 2"), {t});
    if (!byName)
        return byName.error();
    QStringList ids;
    while (byName.value().next())
        ids << byName.value().value(0).toString();
    if (ids.size() > 1)
        return Error::badInput(tr("Several accounts are named \"%1\": give the id.").arg(t));
    if (ids.size() == 1)
        return QPair<QString, QString>{QStringLiteral("account"), ids.first()};
    // "First Last": every split at a space, through the first_name index.
    for (int i = t.indexOf(QLatin1Char(' ')); i > 0; i = t.indexOf(QLatin1Char(' '), i + 1)) {
        auto contacts = Sql::exec(conn, QStringLiteral("SELECT id FROM contact WHERE deleted = 0 AND first_name = ? AND last_name = ? LIMIT 2"),
                                  {t.left(i).trimmed(), t.mid(i + 1).trimmed()});
        if (!contacts)
            return contacts.error();
        while (contacts.value().next())
            if (!ids.contains(contacts.value().value(0).toString()))
                ids << contacts.value().value(0).toString();
    }
    if (ids.size() > 1)
        return Error::badInput(tr("Several contacts are named \"%1\": give the id.").arg(t));
    if (ids.size() == 1)
        return QPair<QString, QString>{QStringLiteral("contact"), ids.first()};
    return Error::notFound(tr("There is no account or contact \"%1\" (give an id or the exact name).").arg(t));
}

Result<PurchaseHistory> PurchaseHistoryService::load(const QString &entity, const QString &id) const
{
    if (entity != QLatin1String("account") && entity != QLatin1String("contact"))
        return Error::badInput(tr("Purchase history is kept for accounts and contacts, not \"%1\".").arg(entity));
    QSqlDatabase conn = m_db.connection();
    auto exists = Sql::exec(conn, QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0").arg(entity), {id});
    if (!exists)
        return exists.error();
    if (!exists.value().next())
        return Error::notFound(tr("There is no %1 with the id %2.").arg(entity, id));
    PurchaseHistory h;
    h.entity = entity;
    h.id = id;
    h.name = RecordStore(m_db).displayName(entity, id);

    QList<QPair<int, int>> surcharges; // (rate, surcharge) of the active tax rates, for shipping under recargo
    auto rates = Sql::exec(conn, QStringLiteral("SELECT rate, surcharge FROM tax_rate WHERE deleted = 0 AND active = 1"));
    if (!rates)
        return rates.error();
    while (rates.value().next())
        surcharges << QPair<int, int>{bp(rates.value().value(0)), bp(rates.value().value(1))};

    auto invoices = loadDocs(conn, QStringLiteral("invoice"), QStringLiteral("invoice_date"), entity, id, countedInvoiceStatuses(), surcharges);
    if (!invoices)
        return invoices.error();
    auto credits = loadDocs(conn, QStringLiteral("credit_note"), QStringLiteral("credit_date"), entity, id, {QStringLiteral("issued")}, surcharges);
    if (!credits)
        return credits.error();
    auto quotes = loadDocs(conn, QStringLiteral("quote"), QStringLiteral("quote_date"), entity, id,
                           {QStringLiteral("draft"), QStringLiteral("sent")}, surcharges);
    if (!quotes)
        return quotes.error();

    // Payments of the counted invoices, for a balance the store has not derived yet.
    QHash<QString, qint64> paid;
    auto payments = Sql::exec(conn, QStringLiteral("SELECT p.invoice, sum(p.amount) FROM invoice d JOIN payment p ON p.invoice = d.id AND p.deleted = 0 "
                                                   "WHERE d.%1 = ? AND d.deleted = 0 GROUP BY p.invoice")
                                        .arg(entity),
                              {id});
    if (!payments)
        return payments.error();
    while (payments.value().next())
        paid.insert(payments.value().value(0).toString(), payments.value().value(1).toLongLong());

    QHash<QString, int> itemIndex;
    QMap<int, PurchaseYear> years;
    auto addItems = [&](const Doc &d, int sign) {
        for (const DocumentLine &l : d.lines) {
            if (l.kind == QLatin1String("text") || (l.product.isEmpty() && l.service.isEmpty()))
                continue;
            const QString key = l.product.isEmpty() ? QStringLiteral("service:") + l.service : QStringLiteral("product:") + l.product;
            auto it = itemIndex.constFind(key);
            if (it == itemIndex.constEnd()) {
                PurchasedItem item;
                item.entity = l.product.isEmpty() ? QStringLiteral("service") : QStringLiteral("product");
                item.id = l.product.isEmpty() ? l.service : l.product;
                item.code = l.itemCode;
                item.name = l.itemName;
                it = itemIndex.insert(key, int(h.items.size()));
                h.items << item;
            }
            PurchasedItem &item = h.items[it.value()];
            item.quantity += sign * l.quantity;
            item.amount += sign * DocumentCalc::line(l.calc()).net;
            if (sign > 0 && d.date.isValid() && (!item.lastDate.isValid() || d.date > item.lastDate))
                item.lastDate = d.date;
        }
    };

    for (const Doc &d : invoices.value()) {
        const qint64 total = DocumentLines::totals(d.header, d.lines).total;
        addItems(d, 1);
        PurchaseYear &y = years[d.date.isValid() ? d.date.year() : 0];
        y.year = d.date.isValid() ? d.date.year() : 0;
        ++y.invoices;
        y.invoiced += total;
        h.invoicedTotal += total;
        if (d.date.isValid() && (!h.lastPurchase.isValid() || d.date > h.lastPurchase))
            h.lastPurchase = d.date;
        const qint64 balance = d.balanceDue.isNull() ? total - paid.value(d.header.id) : d.balanceDue.toLongLong();
        if (balance > 0) {
            OpenDocument o = openDocument(d, total);
            o.balanceDue = balance;
            h.unpaidInvoices << o;
        }
    }
    for (const Doc &d : credits.value()) {
        const qint64 total = DocumentLines::totals(d.header, d.lines).total;
        addItems(d, -1);
        PurchaseYear &y = years[d.date.isValid() ? d.date.year() : 0];
        y.year = d.date.isValid() ? d.date.year() : 0;
        y.credited += total;
        h.creditedTotal += total;
    }
    for (const Doc &d : quotes.value())
        h.openQuotes << openDocument(d, DocumentLines::totals(d.header, d.lines).total);

    std::stable_sort(h.items.begin(), h.items.end(), [](const PurchasedItem &a, const PurchasedItem &b) {
        return a.amount != b.amount ? a.amount > b.amount : a.name < b.name;
    });
    for (const PurchaseYear &y : std::as_const(years))
        h.years.prepend(y);
    std::stable_sort(h.openQuotes.begin(), h.openQuotes.end(), [](const OpenDocument &a, const OpenDocument &b) { return a.date > b.date; });
    std::stable_sort(h.unpaidInvoices.begin(), h.unpaidInvoices.end(), [](const OpenDocument &a, const OpenDocument &b) { return a.date < b.date; });
    return h;
}

} // namespace trato
