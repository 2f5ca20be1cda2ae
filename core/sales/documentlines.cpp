// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlines.h"

#include "salesdocs.h"
#include "inventory/configuration.h"
#include "inventory/pricing.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/transaction.h"

#include <QDate>

namespace trato {

namespace {

const QString kLine = QStringLiteral("sales_line");

int bp(const QVariant &v) { return v.isNull() ? 0 : DocumentCalc::basisPoints(v.toDouble()); }

// The document's date field, for the price lookup.
QString dateField(const QString &entity)
{
    if (entity == QLatin1String("quote"))
        return QStringLiteral("quote_date");
    if (entity == QLatin1String("sales_order"))
        return QStringLiteral("order_date");
    if (entity == QLatin1String("invoice"))
        return QStringLiteral("invoice_date");
    return QStringLiteral("credit_date");
}

} // namespace

CalcLine DocumentLine::calc() const
{
    CalcLine l;
    l.quantity = quantity;
    l.unitPrice = unitPrice;
    l.discountBp = discountBp;
    l.discountAmount = discountAmount;
    l.taxBp = taxBp;
    l.surchargeBp = surchargeBp;
    return l;
}

QString ItemMatch::label() const
{
    return code.isEmpty() ? name : code + QStringLiteral(" — ") + name;
}

Result<DocumentHeader> DocumentLines::header(const QString &entity, const QString &id) const
{
    if (!SalesDocs::isDocument(entity))
        return Error::badInput(tr("\"%1\" is not a sales document (use quote, sales_order, invoice or credit_note).").arg(entity));
    QSqlDatabase conn = m_db.connection();
    // entity is one of four fixed names (checked above); the id is bound.
    auto q = Sql::exec(conn,
                       QStringLiteral("SELECT d.number, d.status, d.account, d.shipping, d.shipping_tax_rate, d.adjustment, "
                                      "coalesce(a.equivalence_surcharge, 0) FROM %1 d LEFT JOIN account a ON a.id = d.account "
                                      "WHERE d.id = ? AND d.deleted = 0")
                           .arg(entity),
                       {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no %1 with the id %2.").arg(entity, id));
    const QSqlQuery &r = q.value();
    DocumentHeader h;
    h.entity = entity;
    h.id = id;
    h.number = r.value(0).toString();
    h.status = r.value(1).toString();
    h.account = r.value(2).toString();
    h.shipping = r.value(3).toLongLong();
    h.shippingTaxBp = r.value(4).isNull() ? 0 : DocumentCalc::basisPoints(r.value(4).toDouble());
    h.adjustment = r.value(5).toLongLong();
    h.editable = SalesDocs::editable(entity, h.status);
    if (r.value(6).toInt() != 0 && h.shipping != 0) {
        // Recargo de equivalencia on shipping: the surcharge of the active rate with the shipping's rate.
        auto s = Sql::exec(conn, QStringLiteral("SELECT surcharge, rate FROM tax_rate WHERE deleted = 0 AND active = 1"));
        if (!s)
            return s.error();
        while (s.value().next()) {
            if (bp(s.value().value(1)) == h.shippingTaxBp) {
                h.shippingSurchargeBp = bp(s.value().value(0));
                break;
            }
        }
    }
    return h;
}

Result<QList<DocumentLine>> DocumentLines::lines(const QString &entity, const QString &id) const
{
    if (!SalesDocs::isDocument(entity))
        return Error::badInput(tr("\"%1\" is not a sales document (use quote, sales_order, invoice or credit_note).").arg(entity));
    auto q = Sql::exec(m_db.connection(),
                       QStringLiteral("SELECT l.id, l.position, l.kind, l.product, l.service, coalesce(p.sku, s.code), coalesce(p.name, s.name), "
                                      "l.description, l.configuration, l.quantity, l.unit_price, l.discount_percent, l.discount_amount, "
                                      "l.tax_rate, l.surcharge_rate, "
                                      "(p.configurable = 1 OR EXISTS (SELECT 1 FROM product_option_group g WHERE g.product = l.product AND g.deleted = 0)) "
                                      "FROM sales_line l LEFT JOIN product p ON p.id = l.product LEFT JOIN service s ON s.id = l.service "
                                      "WHERE l.%1 = ? AND l.deleted = 0 ORDER BY l.position, l.rid")
                           .arg(SalesDocs::lineField(entity)),
                       {id});
    if (!q)
        return q.error();
    QList<DocumentLine> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        DocumentLine l;
        l.id = r.value(0).toString();
        l.position = r.value(1).toInt();
        l.kind = r.value(2).toString();
        l.product = r.value(3).toString();
        l.service = r.value(4).toString();
        l.itemCode = r.value(5).toString();
        l.itemName = r.value(6).toString();
        l.description = r.value(7).toString();
        l.configuration = r.value(8).toString();
        l.quantity = r.value(9).isNull() ? 0 : r.value(9).toLongLong();
        l.unitPrice = r.value(10).toLongLong();
        l.discountBp = bp(r.value(11));
        l.discountAmount = r.value(12).toLongLong();
        l.taxBp = bp(r.value(13));
        l.surchargeBp = bp(r.value(14));
        l.configurable = r.value(15).toInt() != 0;
        out << l;
    }
    return out;
}

Result<DocumentHeader> DocumentLines::editableHeader(const QString &entity, const QString &id) const
{
    auto h = header(entity, id);
    if (!h)
        return h.error();
    if (!h.value().editable) {
        const QString name = h.value().number.isEmpty() ? id : h.value().number;
        return Error::badInput(tr("The lines of %1 cannot change: it is %2 (only a draft or open document is edited; "
                                  "an issued invoice is corrected with a credit note).")
                                   .arg(name, h.value().status));
    }
    return h;
}

Result<QString> DocumentLines::lineOf(const QString &entity, const QString &id, const QString &line) const
{
    auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT %1 FROM sales_line WHERE id = ? AND deleted = 0").arg(SalesDocs::lineField(entity)),
                       {line});
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).toString() != id)
        return Error::notFound(tr("The %1 %2 has no line %3.").arg(entity, id, line));
    return line;
}

Result<QString> DocumentLines::resolveLine(const QString &entity, const QString &id, const QString &text) const
{
    const QString t = text.trimmed();
    bool number = false;
    const int position = t.toInt(&number);
    if (!number)
        return lineOf(entity, id, t);
    auto all = lines(entity, id);
    if (!all)
        return all.error();
    for (const DocumentLine &l : all.value())
        if (l.position == position)
            return l.id;
    return Error::notFound(tr("The %1 %2 has no line %3.").arg(entity, id, t));
}

Result<QString> DocumentLines::addItem(const QString &entity, const QString &id, const QString &itemEntity, const QString &itemId,
                                       qint64 quantity, const QString &configurationJson)
{
    if (itemEntity != QLatin1String("product") && itemEntity != QLatin1String("service"))
        return Error::badInput(tr("A line's item is a product or a service, not \"%1\".").arg(itemEntity));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto h = editableHeader(entity, id);
    if (!h)
        return h.error();
    QSqlDatabase conn = tx.connection();
    auto item = Sql::exec(conn, QStringLiteral("SELECT name FROM %1 WHERE id = ? AND deleted = 0").arg(itemEntity), {itemId});
    if (!item)
        return item.error();
    if (!item.value().next())
        return Error::notFound(tr("There is no %1 with the id %2.").arg(itemEntity, itemId));
    QString description = item.value().value(0).toString();
    auto last = Sql::exec(conn, QStringLiteral("SELECT coalesce(max(position), 0) FROM sales_line WHERE %1 = ? AND deleted = 0")
                                    .arg(SalesDocs::lineField(entity)),
                          {id});
    if (!last)
        return last.error();
    last.value().next();
    const int position = last.value().value(0).toInt() + 1;

    QVariantMap values{{SalesDocs::lineField(entity), id},
                       {QStringLiteral("kind"), itemEntity},
                       {itemEntity, itemId},
                       {QStringLiteral("position"), position},
                       {QStringLiteral("quantity"), qlonglong(quantity)}};
    if (!configurationJson.isEmpty()) {
        if (itemEntity != QLatin1String("product"))
            return Error::badInput(tr("Only a product can carry a configuration."));
        auto c = Configuration::fromJson(m_db, configurationJson);
        if (!c)
            return c.error();
        if (c.value().product != itemId)
            return Error::badInput(tr("The configuration is for another product."));
        values.insert(QStringLiteral("configuration"), c.value().json);
        values.insert(QStringLiteral("unit_price"), qlonglong(c.value().price));
        description += QStringLiteral("\n") + c.value().text;
    } else {
        // The price for this customer today (a price book may apply); the sales_line rules may
        // refine it, this is what the editor starts from.
        auto dateQ = Sql::exec(conn, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(dateField(entity), entity), {id});
        QDate date = QDate::currentDate();
        if (dateQ && dateQ.value().next() && !dateQ.value().value(0).isNull())
            date = QDate::fromString(dateQ.value().value(0).toString(), Qt::ISODate);
        PriceResolver resolver(m_db);
        auto price = resolver.price(itemId, h.value().account, date.isValid() ? date : QDate::currentDate(), quantity);
        if (!price)
            return price.error();
        values.insert(QStringLiteral("unit_price"), qlonglong(price.value().unitPrice));
    }
    values.insert(QStringLiteral("description"), description);
    auto created = RecordStore(m_db).create(kLine, values);
    if (!created)
        return created.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created.value();
}

Result<QString> DocumentLines::addItemByText(const QString &entity, const QString &id, const QString &text, qint64 quantity)
{
    auto found = PriceResolver(m_db).findItem(text);
    if (!found)
        return found.error();
    return addItem(entity, id, found.value().first, found.value().second, quantity);
}

Result<QString> DocumentLines::addText(const QString &entity, const QString &id, const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error::badInput(tr("A text line needs its text."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto h = editableHeader(entity, id); !h)
        return h.error();
    auto last = Sql::exec(tx.connection(), QStringLiteral("SELECT coalesce(max(position), 0) FROM sales_line WHERE %1 = ? AND deleted = 0")
                                               .arg(SalesDocs::lineField(entity)),
                          {id});
    if (!last)
        return last.error();
    last.value().next();
    auto created = RecordStore(m_db).create(kLine, {{SalesDocs::lineField(entity), id},
                                                    {QStringLiteral("kind"), QStringLiteral("text")},
                                                    {QStringLiteral("position"), last.value().value(0).toInt() + 1},
                                                    {QStringLiteral("description"), text.trimmed()},
                                                    {QStringLiteral("quantity"), qlonglong(0)},
                                                    {QStringLiteral("unit_price"), qlonglong(0)}});
    if (!created)
        return created.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created.value();
}

Status DocumentLines::configure(const QString &entity, const QString &id, const QString &line, const QString &json)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto h = editableHeader(entity, id); !h)
        return h.error();
    if (auto l = lineOf(entity, id, line); !l)
        return l.error();
    auto product = Sql::exec(tx.connection(), QStringLiteral("SELECT l.product, p.name FROM sales_line l JOIN product p ON p.id = l.product WHERE l.id = ?"),
                             {line});
    if (!product)
        return product.error();
    if (!product.value().next())
        return Error::badInput(tr("Only a product line can be configured."));
    auto c = Configuration::fromJson(m_db, json);
    if (!c)
        return c.error();
    if (c.value().product != product.value().value(0).toString())
        return Error::badInput(tr("The configuration is for another product."));
    const QVariantMap values{{QStringLiteral("configuration"), c.value().json},
                             {QStringLiteral("unit_price"), qlonglong(c.value().price)},
                             {QStringLiteral("description"), QString(product.value().value(1).toString() + QLatin1Char('\n') + c.value().text)}};
    if (Status s = RecordStore(m_db).update(kLine, line, values); !s)
        return s;
    return tx.commit();
}

Status DocumentLines::move(const QString &entity, const QString &id, const QString &line, int delta)
{
    if (delta == 0)
        return Status();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto h = editableHeader(entity, id); !h)
        return h.error();
    auto all = lines(entity, id);
    if (!all)
        return all.error();
    const QList<DocumentLine> &ls = all.value();
    int index = -1;
    for (int i = 0; i < ls.size(); ++i)
        if (ls.at(i).id == line)
            index = i;
    if (index < 0)
        return Error::notFound(tr("The %1 %2 has no line %3.").arg(entity, id, line));
    const int other = delta < 0 ? index - 1 : index + 1;
    if (other < 0)
        return Error::badInput(tr("Line %1 is already the first.").arg(ls.at(index).position));
    if (other >= ls.size())
        return Error::badInput(tr("Line %1 is already the last.").arg(ls.at(index).position));
    // Renumber 1..n in the new order (positions may have gaps after deletions or ties).
    QList<DocumentLine> order = ls;
    order.swapItemsAt(index, other);
    RecordStore store(m_db);
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i).position == i + 1)
            continue;
        if (Status s = store.update(kLine, order.at(i).id, {{QStringLiteral("position"), i + 1}}); !s)
            return s;
    }
    return tx.commit();
}

Status DocumentLines::remove(const QString &entity, const QString &id, const QString &line)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto h = editableHeader(entity, id); !h)
        return h.error();
    if (auto l = lineOf(entity, id, line); !l)
        return l.error();
    RecordStore store(m_db);
    if (Status s = store.remove(kLine, line); !s)
        return s;
    // The lines after it move up: numbered 1, 2, 3... again.
    auto rest = lines(entity, id);
    if (!rest)
        return rest.error();
    for (int i = 0; i < rest.value().size(); ++i) {
        if (rest.value().at(i).position == i + 1)
            continue;
        if (Status s = store.update(kLine, rest.value().at(i).id, {{QStringLiteral("position"), i + 1}}); !s)
            return s;
    }
    return tx.commit();
}

Result<QList<ItemMatch>> DocumentLines::findItems(const QString &text, int limit) const
{
    QList<ItemMatch> out;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return out;
    QString escaped = t;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString prefix = escaped + QLatin1Char('%');
    const QString contains = QLatin1Char('%') + escaped + QLatin1Char('%');
    QSqlDatabase conn = m_db.connection();
    for (const auto &[entity, code] : {QPair<QString, QString>{QStringLiteral("product"), QStringLiteral("sku")},
                                       QPair<QString, QString>{QStringLiteral("service"), QStringLiteral("code")}}) {
        if (out.size() >= limit)
            break;
        auto q = Sql::exec(conn,
                           QStringLiteral("SELECT id, %2, name FROM %1 WHERE deleted = 0 AND (%2 LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\') "
                                          "ORDER BY (%2 LIKE ? ESCAPE '\\') DESC, name LIMIT %3")
                               .arg(entity, code)
                               .arg(limit - out.size()),
                           {prefix, contains, prefix});
        if (!q)
            return q.error();
        while (q.value().next())
            out << ItemMatch{entity, q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()};
    }
    return out;
}

DocumentTotals DocumentLines::totals(const DocumentHeader &header, const QList<DocumentLine> &lines)
{
    QList<CalcLine> calc;
    for (const DocumentLine &l : lines)
        if (l.kind != QLatin1String("text"))
            calc << l.calc();
    return DocumentCalc::totals(calc, header.shipping, header.shippingTaxBp, header.shippingSurchargeBp, header.adjustment);
}

Result<DocumentTotals> DocumentLines::totals(Database &db, const QString &entity, const QString &id)
{
    DocumentLines dl(db);
    auto h = dl.header(entity, id);
    if (!h)
        return h.error();
    auto ls = dl.lines(entity, id);
    if (!ls)
        return ls.error();
    return totals(h.value(), ls.value());
}

} // namespace trato
