// SPDX-License-Identifier: GPL-3.0-or-later
// The operations of the sales documents: convert, ship, cancel, issue, pay, credit notes, the
// overdue refresh. Each is one transaction; the write rules they rely on are in salesrules.cpp.
#include "salesdocuments_p.h"
#include "salesdocuments.h"

#include "companyprofile.h"

#include "salesdocs.h"
#include "taxrates.h"
#include "../inventory/configuration.h"
#include "../inventory/pricing.h"
#include "../inventory/stockledger.h"
#include "../metadata/entity.h"
#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/numberseries.h"
#include "../store/recordrules.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace trato {

using namespace salesdetail;

Result<QString> SalesDocuments::resolve(const QString &entity, const QString &idOrNumber) const
{
    if (!SalesDocs::isDocument(entity))
        return Error::badInput(tr("%1 is not a sales document (quote, sales_order, invoice, credit_note).").arg(entity));
    const QString text = idOrNumber.trimmed();
    auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT id FROM %1 WHERE (id = ? OR number = ?) AND deleted = 0 ORDER BY id = ? DESC LIMIT 1")
                                              .arg(sqlIdent(entity)),
                       {text, text, text});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no %1 with the id or number \"%2\".").arg(entity, text));
    return q.value().value(0).toString();
}

Result<SalesDocumentInfo> SalesDocuments::load(const QString &entity, const QString &id) const
{
    auto h = loadHeader(m_db.connection(), entity, id);
    if (!h)
        return h.error();
    SalesDocumentInfo info;
    info.entity = entity;
    info.id = id;
    info.number = h.value().number;
    info.status = h.value().status;
    info.account = h.value().account;
    info.accountName = RecordStore(m_db).displayName(QStringLiteral("account"), info.account);
    info.currency = h.value().currency;
    info.date = QDate::fromString(h.value().date, Qt::ISODate);
    info.warehouse = h.value().warehouse;
    auto lines = Sql::exec(m_db.connection(),
                           QStringLiteral("SELECT l.id, l.position, l.kind, coalesce(l.product, l.service, ''), coalesce(p.sku, s.code, ''), l.description, "
                                          "coalesce(l.configuration, ''), coalesce(l.quantity, 1000), coalesce(l.unit_price, 0), coalesce(l.discount_percent, 0), "
                                          "coalesce(l.discount_amount, 0), coalesce(l.tax_rate, 0), coalesce(l.surcharge_rate, 0), coalesce(l.warehouse, ''), "
                                          "coalesce(l.net, 0) FROM sales_line l LEFT JOIN product p ON p.id = l.product "
                                          "LEFT JOIN service s ON s.id = l.service WHERE l.%1 = ? AND l.deleted = 0 ORDER BY l.position")
                               .arg(SalesDocs::lineField(entity)),
                           {id});
    if (!lines)
        return lines.error();
    QList<CalcLine> calc;
    while (lines.value().next()) {
        const QSqlQuery &q = lines.value();
        SalesLineInfo l;
        l.id = q.value(0).toString();
        l.position = q.value(1).toInt();
        l.kind = q.value(2).toString();
        l.item = q.value(3).toString();
        l.itemCode = q.value(4).toString();
        l.description = q.value(5).toString();
        l.configuration = q.value(6).toString();
        l.quantity = q.value(7).toLongLong();
        l.unitPrice = q.value(8).toLongLong();
        l.discountPercent = q.value(9).toDouble();
        l.discountAmount = q.value(10).toLongLong();
        l.taxRate = q.value(11).toDouble();
        l.surchargeRate = q.value(12).toDouble();
        l.warehouse = q.value(13).toString();
        l.net = q.value(14).toLongLong();
        info.lines << l;
        calc << calcLine(l.quantity, l.unitPrice, l.discountPercent, l.discountAmount, l.taxRate, l.surchargeRate);
    }
    auto hq = Sql::exec(m_db.connection(), QStringLiteral("SELECT coalesce(shipping, 0), coalesce(shipping_tax_rate, 21), coalesce(adjustment, 0) FROM %1 WHERE id = ?")
                                               .arg(sqlIdent(entity)),
                        {id});
    if (!hq)
        return hq.error();
    hq.value().next();
    double shippingSurcharge = 0;
    auto applies = accountHasSurcharge(m_db.connection(), info.account);
    if (applies && applies.value() && hq.value().value(0).toLongLong() != 0) {
        auto sr = TaxRates::surchargeFor(m_db, hq.value().value(1).toDouble());
        if (sr)
            shippingSurcharge = sr.value();
    }
    info.totals = DocumentCalc::totals(calc, hq.value().value(0).toLongLong(), DocumentCalc::basisPoints(hq.value().value(1).toDouble()),
                                       DocumentCalc::basisPoints(shippingSurcharge), hq.value().value(2).toLongLong());
    // A text line without an amount adds an empty bucket at its (default) rate: not worth a row.
    info.totals.breakdown.erase(std::remove_if(info.totals.breakdown.begin(), info.totals.breakdown.end(),
                                               [](const TaxBucket &b) { return b.base == 0 && b.tax == 0 && b.surcharge == 0; }),
                                info.totals.breakdown.end());
    if (entity == QLatin1String("invoice")) {
        auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT due_date, coalesce(amount_paid, 0), coalesce(balance_due, 0), "
                                                             "(SELECT coalesce(sum(total), 0) FROM credit_note WHERE invoice = ? AND deleted = 0 AND status = 'issued') "
                                                             "FROM invoice WHERE id = ?"),
                           {id, id});
        if (!q)
            return q.error();
        if (q.value().next()) {
            info.dueDate = QDate::fromString(q.value().value(0).toString(), Qt::ISODate);
            info.amountPaid = q.value().value(1).toLongLong();
            info.balanceDue = q.value().value(2).toLongLong();
            info.credited = q.value().value(3).toLongLong();
        }
    }
    return info;
}

Result<QString> SalesDocuments::convert(const QString &entity, const QString &id, const QString &target)
{
    const bool fromQuote = entity == QLatin1String("quote");
    if (!(fromQuote && (target == QLatin1String("sales_order") || target == QLatin1String("invoice")))
        && !(entity == QLatin1String("sales_order") && target == QLatin1String("invoice")))
        return Error::badInput(tr("A quote converts to a sales order or an invoice, a sales order to an invoice; not %1 to %2.").arg(entity, target));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(m_db);
    auto source = store.get(entity, id);
    if (!source)
        return source.error();
    const Record &src = source.value();
    const QString status = src.value(QStringLiteral("status")).toString();
    const QString number = src.value(QStringLiteral("number")).toString();
    if (src.value(QStringLiteral("deleted")).toBool())
        return Error::badInput(tr("%1 is in the Trash.").arg(number));
    if (fromQuote && (status == QLatin1String("rejected") || status == QLatin1String("expired")))
        return Error::badInput(tr("%1 is %2 and cannot be converted.").arg(number, statusLabel(entity, status)));
    if (!fromQuote && status == QLatin1String("cancelled"))
        return Error::badInput(tr("%1 is cancelled and cannot be invoiced.").arg(number));
    // Converted once: a second order or invoice from the same source would sell it twice.
    {
        auto done = Sql::exec(tx.connection(), QStringLiteral("SELECT coalesce(number, '') FROM %1 WHERE %2 = ? AND deleted = 0 AND status <> 'cancelled' LIMIT 1")
                                                   .arg(sqlIdent(target), entity),
                              {id});
        if (!done)
            return done.error();
        if (done.value().next())
            return Error::badInput(tr("%1 was already converted (%2).")
                                       .arg(number, done.value().value(0).toString().isEmpty() ? tr("a draft %1").arg(target) : done.value().value(0).toString()));
    }
    // A quote that became an order is invoiced from the order, and one invoiced directly gets no
    // order afterwards: either way the same goods would be sold twice.
    if (fromQuote) {
        const QString other = target == QLatin1String("invoice") ? QStringLiteral("sales_order") : QStringLiteral("invoice");
        auto done = Sql::exec(tx.connection(), QStringLiteral("SELECT coalesce(number, '') FROM %1 WHERE quote = ? AND deleted = 0 AND status <> 'cancelled' LIMIT 1")
                                                   .arg(sqlIdent(other)),
                              {id});
        if (!done)
            return done.error();
        if (done.value().next()) {
            const QString made = done.value().value(0).toString().isEmpty() ? tr("a draft %1").arg(other) : done.value().value(0).toString();
            return Error::badInput(target == QLatin1String("invoice")
                                       ? tr("%1 already became the order %2: invoice the order instead.").arg(number, made)
                                       : tr("%1 was already invoiced (%2): it cannot become an order too.").arg(number, made));
        }
    }

    QVariantMap values;
    static const QStringList copied = {QStringLiteral("subject"), QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("opportunity"),
                                       QStringLiteral("currency"), QStringLiteral("price_book"), QStringLiteral("billing_address"),
                                       QStringLiteral("shipping_address"), QStringLiteral("shipping"), QStringLiteral("shipping_tax_rate"),
                                       QStringLiteral("adjustment"), QStringLiteral("payment_terms"), QStringLiteral("terms"), QStringLiteral("notes"),
                                       QStringLiteral("warehouse")};
    const Entity *targetEntity = m_db.registry()->entity(target);
    for (const QString &f : copied)
        if (targetEntity->field(f) && src.contains(f) && !src.value(f).isNull() && !src.value(f).toString().isEmpty())
            values.insert(f, src.value(f));
    values.insert(entity, id);
    if (!fromQuote) {
        const QString quote = src.value(QStringLiteral("quote")).toString();
        if (!quote.isEmpty())
            values.insert(QStringLiteral("quote"), quote);
    }
    values.insert(dateField(target), today());
    auto created = store.create(target, values, RecordStore::Access::System);
    if (!created)
        return created.error();
    auto lines = Sql::exec(tx.connection(), QStringLiteral("SELECT kind, product, service, description, configuration, quantity, unit_price, discount_percent, "
                                                           "discount_amount, tax_rate, surcharge_rate, warehouse, position FROM sales_line "
                                                           "WHERE %1 = ? AND deleted = 0 ORDER BY position").arg(SalesDocs::lineField(entity)),
                           {id});
    if (!lines)
        return lines.error();
    static const QStringList lineFields = {QStringLiteral("kind"), QStringLiteral("product"), QStringLiteral("service"), QStringLiteral("description"),
                                           QStringLiteral("configuration"), QStringLiteral("quantity"), QStringLiteral("unit_price"),
                                           QStringLiteral("discount_percent"), QStringLiteral("discount_amount"), QStringLiteral("tax_rate"),
                                           QStringLiteral("surcharge_rate"), QStringLiteral("warehouse"), QStringLiteral("position")};
    QList<QVariantMap> copies;
    while (lines.value().next()) {
        QVariantMap line{{target, created.value()}};
        for (int i = 0; i < lineFields.size(); ++i)
            if (!lines.value().value(i).isNull())
                line.insert(lineFields.at(i), lines.value().value(i));
        copies << line;
    }
    for (const QVariantMap &line : std::as_const(copies))
        if (auto l = store.create(kLine, line, RecordStore::Access::System); !l)
            return l.error();
    if (fromQuote && status != QLatin1String("accepted"))
        if (Status s = setStatus(m_db, entity, id, {{QStringLiteral("status"), QStringLiteral("accepted")}}); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created.value();
}

Result<QStringList> SalesDocuments::ship(const QString &order)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto h = loadHeader(tx.connection(), QStringLiteral("sales_order"), order);
    if (!h)
        return h.error();
    if (h.value().status != QLatin1String("open"))
        return Error::badInput(tr("%1 is %2: only an open order ships.").arg(docName(h.value()), statusLabel(h.value().entity, h.value().status)));
    auto lines = stockLines(tx.connection(), h.value().entity, order, h.value().warehouse);
    if (!lines)
        return lines.error();
    StockLedger ledger(m_db);
    QStringList warnings;
    const QString document = SalesDocs::stockDocument(h.value().entity, order);
    for (const StockLine &l : lines.value())
        if (auto moved = ledger.ship(l.product, l.warehouse, l.quantity, document, &warnings); !moved)
            return moved.error();
    if (Status s = ledger.release(document); !s)
        return s.error();
    if (Status s = setStatus(m_db, h.value().entity, order, {{QStringLiteral("status"), QStringLiteral("shipped")},
                                                              {QStringLiteral("shipped_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return warnings;
}

Status SalesDocuments::cancel(const QString &order)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto h = loadHeader(tx.connection(), QStringLiteral("sales_order"), order);
    if (!h)
        return h.error();
    if (h.value().status != QLatin1String("open"))
        return Error::badInput(tr("%1 is %2: only an open order can be cancelled.").arg(docName(h.value()), statusLabel(h.value().entity, h.value().status)));
    if (Status s = setStatus(m_db, h.value().entity, order, {{QStringLiteral("status"), QStringLiteral("cancelled")}}); !s)
        return s;
    if (Status s = StockLedger(m_db).release(SalesDocs::stockDocument(h.value().entity, order)); !s)
        return s;
    return tx.commit();
}

Result<QString> SalesDocuments::issue(const QString &invoice, QStringList *warnings)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(m_db);
    auto rec = store.get(QStringLiteral("invoice"), invoice);
    if (!rec)
        return rec.error();
    const Record &r = rec.value();
    if (r.value(QStringLiteral("deleted")).toBool())
        return Error::badInput(tr("That invoice is in the Trash."));
    if (r.value(QStringLiteral("status")).toString() != QLatin1String("draft"))
        return Error::badInput(tr("%1 is already issued.").arg(r.value(QStringLiteral("number")).toString()));
    auto count = Sql::exec(tx.connection(), QStringLiteral("SELECT count(*) FROM sales_line WHERE invoice = ? AND deleted = 0"), {invoice});
    if (!count)
        return count.error();
    count.value().next();
    if (count.value().value(0).toLongLong() == 0)
        return Error::badInput(tr("An invoice without lines cannot be issued."));
    QDate date = QDate::fromString(r.value(QStringLiteral("invoice_date")).toString(), Qt::ISODate);
    if (!date.isValid())
        date = QDate::currentDate();
    auto number = NumberSeries(m_db).next(QStringLiteral("invoice"), seriesPattern(QStringLiteral("invoice")), date);
    if (!number)
        return number.error();
    QVariantMap values{{QStringLiteral("number"), number.value()},
                       {QStringLiteral("status"), QStringLiteral("issued")},
                       {QStringLiteral("invoice_date"), date.toString(Qt::ISODate)},
                       {QStringLiteral("issued_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (Status s = setStatus(m_db, QStringLiteral("invoice"), invoice, values); !s)
        return s.error();

    // Stock: unless the goods already left with the order this invoice comes from.
    const QString order = r.value(QStringLiteral("sales_order")).toString();
    bool shipped = false;
    if (!order.isEmpty()) {
        auto oh = loadHeader(tx.connection(), QStringLiteral("sales_order"), order);
        if (!oh)
            return oh.error();
        shipped = oh.value().status == QLatin1String("shipped");
        if (!shipped && oh.value().status == QLatin1String("open")) {
            if (Status s = StockLedger(m_db).release(SalesDocs::stockDocument(QStringLiteral("sales_order"), order)); !s)
                return s.error();
            if (Status s = setStatus(m_db, QStringLiteral("sales_order"), order, {{QStringLiteral("status"), QStringLiteral("shipped")},
                                                                                   {QStringLiteral("shipped_at"), values.value(QStringLiteral("issued_at"))}});
                !s)
                return s.error();
        }
    }
    if (!shipped) {
        auto lines = stockLines(tx.connection(), QStringLiteral("invoice"), invoice, r.value(QStringLiteral("warehouse")).toString());
        if (!lines)
            return lines.error();
        StockLedger ledger(m_db);
        const QString document = SalesDocs::stockDocument(QStringLiteral("invoice"), invoice);
        for (const StockLine &l : lines.value())
            if (auto moved = ledger.ship(l.product, l.warehouse, l.quantity, document, warnings); !moved)
                return moved.error();
    }
    if (Status s = recalculate(m_db, QStringLiteral("invoice"), invoice); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return number.value();
}

Result<QString> SalesDocuments::pay(const QString &invoice, qint64 amount, const QDate &date, const QString &method, const QString &reference)
{
    QVariantMap values{{QStringLiteral("invoice"), invoice},
                       {QStringLiteral("amount"), amount},
                       {QStringLiteral("paid_on"), (date.isValid() ? date : QDate::currentDate()).toString(Qt::ISODate)}};
    if (!method.isEmpty())
        values.insert(QStringLiteral("method"), method);
    if (!reference.isEmpty())
        values.insert(QStringLiteral("reference"), reference);
    return RecordStore(m_db).create(kPayment, values);
}

Result<QString> SalesDocuments::creditNote(const CreditNoteRequest &request)
{
    if (request.reason.trimmed().isEmpty())
        return Error::badInput(tr("A credit note needs a reason."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(m_db);
    auto inv = store.get(QStringLiteral("invoice"), request.invoice);
    if (!inv)
        return inv.error();
    const Record &r = inv.value();
    const QString status = r.value(QStringLiteral("status")).toString();
    const QString number = r.value(QStringLiteral("number")).toString();
    if (status == QLatin1String("draft"))
        return Error::badInput(tr("A draft invoice is corrected by editing it, not with a credit note."));
    if (status == QLatin1String("cancelled"))
        return Error::badInput(tr("%1 is cancelled: there is nothing left to credit.").arg(number));
    auto info = load(QStringLiteral("invoice"), request.invoice);
    if (!info)
        return info.error();
    for (auto it = request.quantities.cbegin(); it != request.quantities.cend(); ++it) {
        bool found = false;
        for (const SalesLineInfo &l : info.value().lines)
            found = found || l.position == it.key();
        if (!found)
            return Error::badInput(tr("%1 has no line %2.").arg(number).arg(it.key()));
    }
    QVariantMap values;
    static const QStringList copied = {QStringLiteral("subject"), QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("opportunity"),
                                       QStringLiteral("currency"), QStringLiteral("price_book"), QStringLiteral("billing_address"),
                                       QStringLiteral("shipping_address")};
    for (const QString &f : copied)
        if (!r.value(f).isNull() && !r.value(f).toString().isEmpty())
            values.insert(f, r.value(f));
    values.insert(QStringLiteral("invoice"), request.invoice);
    values.insert(QStringLiteral("reason"), request.reason.trimmed());
    values.insert(QStringLiteral("restock"), request.restock ? 1 : 0);
    values.insert(QStringLiteral("credit_date"), (request.date.isValid() ? request.date : QDate::currentDate()).toString(Qt::ISODate));
    const QString warehouse = request.warehouse.isEmpty() ? r.value(QStringLiteral("warehouse")).toString() : request.warehouse;
    if (!warehouse.isEmpty())
        values.insert(QStringLiteral("warehouse"), warehouse);
    auto created = store.create(QStringLiteral("credit_note"), values, RecordStore::Access::System);
    if (!created)
        return created.error();
    int added = 0;
    for (const SalesLineInfo &l : info.value().lines) {
        qint64 qty = l.quantity;
        if (!request.quantities.isEmpty()) {
            if (!request.quantities.contains(l.position))
                continue;
            qty = request.quantities.value(l.position);
            if (qty <= 0 || qty > l.quantity)
                return Error::badInput(tr("Line %1 of %2: the quantity to credit must be more than zero and at most %3.")
                                           .arg(l.position).arg(number, Value::formatMilli(l.quantity)));
        }
        QVariantMap line{{QStringLiteral("credit_note"), created.value()},
                         {QStringLiteral("kind"), l.kind},
                         {QStringLiteral("description"), l.description},
                         {QStringLiteral("quantity"), qty},
                         {QStringLiteral("unit_price"), l.unitPrice},
                         {QStringLiteral("discount_percent"), l.discountPercent},
                         {QStringLiteral("tax_rate"), l.taxRate},
                         {QStringLiteral("surcharge_rate"), l.surchargeRate}};
        // A fixed discount amount goes with the line in proportion to the quantity credited.
        if (l.discountAmount != 0)
            line.insert(QStringLiteral("discount_amount"), qty == l.quantity ? l.discountAmount : DocumentCalc::mulDiv(l.discountAmount, qty, l.quantity));
        if (l.kind == QLatin1String("product"))
            line.insert(QStringLiteral("product"), l.item);
        else if (l.kind == QLatin1String("service"))
            line.insert(QStringLiteral("service"), l.item);
        if (!l.configuration.isEmpty())
            line.insert(QStringLiteral("configuration"), l.configuration);
        if (!l.warehouse.isEmpty())
            line.insert(QStringLiteral("warehouse"), l.warehouse);
        if (auto id = store.create(kLine, line, RecordStore::Access::System); !id)
            return id.error();
        ++added;
    }
    if (added == 0)
        return Error::badInput(tr("A credit note needs at least one line."));
    if (auto issued = issueCreditNote(created.value()); !issued)
        return issued.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created.value();
}

Result<QString> SalesDocuments::issueCreditNote(const QString &creditNote)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(m_db);
    auto rec = store.get(QStringLiteral("credit_note"), creditNote);
    if (!rec)
        return rec.error();
    const Record &r = rec.value();
    if (r.value(QStringLiteral("status")).toString() != QLatin1String("draft"))
        return Error::badInput(tr("%1 is already issued.").arg(r.value(QStringLiteral("number")).toString()));
    const QString invoice = r.value(QStringLiteral("invoice")).toString();
    auto inv = loadHeader(tx.connection(), QStringLiteral("invoice"), invoice);
    if (!inv)
        return inv.error();
    static const QStringList creditable = {QStringLiteral("issued"), QStringLiteral("partially_paid"), QStringLiteral("paid"), QStringLiteral("overdue")};
    if (!creditable.contains(inv.value().status))
        return Error::badInput(tr("%1 is %2: only an issued invoice is credited.").arg(docName(inv.value()), statusLabel(QStringLiteral("invoice"), inv.value().status)));
    if (Status s = recalculate(m_db, QStringLiteral("credit_note"), creditNote); !s)
        return s.error();
    auto sums = Sql::exec(tx.connection(), QStringLiteral("SELECT (SELECT coalesce(total, 0) FROM credit_note WHERE id = ?), "
                                                          "(SELECT coalesce(total, 0) FROM invoice WHERE id = ?), "
                                                          "(SELECT coalesce(sum(total), 0) FROM credit_note WHERE invoice = ? AND status = 'issued' AND deleted = 0)"),
                          {creditNote, invoice, invoice});
    if (!sums)
        return sums.error();
    sums.value().next();
    const qint64 total = sums.value().value(0).toLongLong();
    const qint64 invoiceTotal = sums.value().value(1).toLongLong();
    const qint64 already = sums.value().value(2).toLongLong();
    if (total <= 0)
        return Error::badInput(tr("A credit note's total must be more than zero."));
    if (already + total > invoiceTotal)
        return Error::badInput(tr("%1 would be credited %2, more than its total of %3.")
                                   .arg(inv.value().number, Value::formatCents(already + total), Value::formatCents(invoiceTotal)));
    QDate date = QDate::fromString(r.value(QStringLiteral("credit_date")).toString(), Qt::ISODate);
    if (!date.isValid())
        date = QDate::currentDate();
    auto number = NumberSeries(m_db).next(QStringLiteral("credit_note"), seriesPattern(QStringLiteral("credit_note")), date);
    if (!number)
        return number.error();
    if (Status s = setStatus(m_db, QStringLiteral("credit_note"), creditNote,
                             {{QStringLiteral("number"), number.value()}, {QStringLiteral("status"), QStringLiteral("issued")},
                              {QStringLiteral("credit_date"), date.toString(Qt::ISODate)},
                              {QStringLiteral("issued_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
        !s)
        return s.error();
    if (r.value(QStringLiteral("restock")).toBool()) {
        auto lines = stockLines(tx.connection(), QStringLiteral("credit_note"), creditNote,
                                r.value(QStringLiteral("warehouse")).toString().isEmpty() ? inv.value().warehouse : r.value(QStringLiteral("warehouse")).toString());
        if (!lines)
            return lines.error();
        StockLedger ledger(m_db);
        const QString reason = tr("Credit note %1: %2").arg(number.value(), r.value(QStringLiteral("reason")).toString());
        for (const StockLine &l : lines.value())
            if (auto moved = ledger.returnFromCustomer(l.product, l.warehouse, l.quantity, reason,
                                                       SalesDocs::stockDocument(QStringLiteral("credit_note"), creditNote));
                !moved)
                return moved.error();
    }
    if (Status s = recalculate(m_db, QStringLiteral("invoice"), invoice); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return number.value();
}

Result<int> SalesDocuments::refreshOverdue(const QDate &todayDate)
{
    const QString day = (todayDate.isValid() ? todayDate : QDate::currentDate()).toString(Qt::ISODate);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto q = Sql::exec(tx.connection(), QStringLiteral("SELECT id, status FROM invoice WHERE deleted = 0 AND ("
                                                       "(status IN ('issued', 'partially_paid') AND due_date < ? AND balance_due > 0) "
                                                       "OR (status = 'overdue' AND (due_date >= ? OR balance_due <= 0)))"),
                       {day, day});
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids << q.value().value(0).toString();
    int changed = 0;
    for (const QString &id : std::as_const(ids)) {
        if (Status s = recalculate(m_db, QStringLiteral("invoice"), id); !s)
            return s.error();
        ++changed;
    }
    // Quotes still open (draft or sent) past their validity expire.
    auto expired = Sql::exec(tx.connection(), QStringLiteral("SELECT id FROM quote WHERE deleted = 0 AND status IN ('draft', 'sent') "
                                                             "AND valid_until IS NOT NULL AND valid_until <> '' AND valid_until < ?"),
                             {day});
    if (!expired)
        return expired.error();
    QStringList quotes;
    while (expired.value().next())
        quotes << expired.value().value(0).toString();
    for (const QString &id : std::as_const(quotes)) {
        if (Status s = RecordStore(m_db).update(QStringLiteral("quote"), id, {{QStringLiteral("status"), QStringLiteral("expired")}},
                                                RecordStore::Access::System);
            !s)
            return s.error();
        ++changed;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed;
}

} // namespace trato
