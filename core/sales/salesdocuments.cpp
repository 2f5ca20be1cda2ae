// SPDX-License-Identifier: GPL-3.0-or-later
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

namespace {

const QString kLine = QStringLiteral("sales_line");
const QString kPayment = QStringLiteral("payment");

QString sqlIdent(const QString &entity)
{
    // Only the four document entities reach SQL text through here (never user text).
    Q_ASSERT(SalesDocs::isDocument(entity));
    return entity;
}

struct Header
{
    QString entity;
    QString id;
    QString number;
    QString status;
    QString account;
    QString currency;
    QString date;
    QString warehouse;
    bool deleted = false;
};

Result<Header> loadHeader(QSqlDatabase conn, const QString &entity, const QString &id)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT coalesce(number, ''), status, account, currency, %2, %3, deleted FROM %1 WHERE id = ?")
                                 .arg(sqlIdent(entity), SalesDocuments::dateField(entity),
                                      entity == QLatin1String("quote") ? QStringLiteral("NULL") : QStringLiteral("warehouse")),
                       {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(SalesDocuments::tr("There is no %1 with the id %2.").arg(entity, id));
    Header h;
    h.entity = entity;
    h.id = id;
    h.number = q.value().value(0).toString();
    h.status = q.value().value(1).toString();
    h.account = q.value().value(2).toString();
    h.currency = q.value().value(3).toString();
    h.date = q.value().value(4).toString();
    h.warehouse = q.value().value(5).toString();
    h.deleted = q.value().value(6).toBool();
    return h;
}

QString docName(const Header &h)
{
    return h.number.isEmpty() ? SalesDocuments::tr("the draft %1").arg(h.entity) : h.number;
}

// The document a line belongs to, as it will be after the write.
Status lineDocument(const RecordRules::Write &w, QString *entity, QString *id)
{
    for (const QString &e : SalesDocs::documentEntities()) {
        const QString v = w.after(e).toString();
        if (v.isEmpty())
            continue;
        if (!entity->isEmpty())
            return Error::badInput(SalesDocuments::tr("A line belongs to exactly one quote, sales order, invoice or credit note."));
        *entity = e;
        *id = v;
    }
    if (entity->isEmpty())
        return Error::badInput(SalesDocuments::tr("A line needs its document: a quote, a sales order, an invoice or a credit note."));
    return {};
}

Result<QPair<QString, QString>> storedLineDocument(QSqlDatabase conn, const QString &lineId)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT quote, sales_order, invoice, credit_note FROM sales_line WHERE id = ?"), {lineId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(SalesDocuments::tr("There is no sales line with the id %1.").arg(lineId));
    const QStringList docs = SalesDocs::documentEntities();
    for (int i = 0; i < docs.size(); ++i)
        if (!q.value().value(i).toString().isEmpty())
            return qMakePair(docs.at(i), q.value().value(i).toString());
    return Error::badInput(SalesDocuments::tr("The sales line %1 has no document.").arg(lineId));
}

CalcLine calcLine(qint64 qty, qint64 price, double discountPercent, qint64 discountAmount, double tax, double surcharge)
{
    CalcLine c;
    c.quantity = qty;
    c.unitPrice = price;
    c.discountBp = DocumentCalc::basisPoints(discountPercent);
    c.discountAmount = discountAmount;
    c.taxBp = DocumentCalc::basisPoints(tax);
    c.surchargeBp = DocumentCalc::basisPoints(surcharge);
    return c;
}

Result<bool> accountHasSurcharge(QSqlDatabase conn, const QString &account)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT coalesce(equivalence_surcharge, 0), coalesce(payment_terms, '') FROM account WHERE id = ?"), {account});
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toBool();
}

// The product lines of a document for the stock ledger.
Result<QList<StockLine>> stockLines(QSqlDatabase conn, const QString &entity, const QString &id, const QString &headerWarehouse)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT product, coalesce(warehouse, ''), quantity FROM sales_line "
                                            "WHERE %1 = ? AND deleted = 0 AND kind = 'product' AND product IS NOT NULL ORDER BY position")
                                 .arg(SalesDocs::lineField(entity)),
                       {id});
    if (!q)
        return q.error();
    QList<StockLine> out;
    while (q.value().next()) {
        StockLine l;
        l.product = q.value().value(0).toString();
        l.warehouse = q.value().value(1).toString().isEmpty() ? headerWarehouse : q.value().value(1).toString();
        l.quantity = q.value().value(2).toLongLong();
        if (l.quantity > 0)
            out << l;
    }
    return out;
}

// Replaces an open order's reservation with its product lines; other states hold none.
Status syncReservation(Database &db, const QString &order)
{
    auto h = loadHeader(db.connection(), QStringLiteral("sales_order"), order);
    if (!h)
        return h.error();
    StockLedger ledger(db);
    const QString document = SalesDocs::stockDocument(QStringLiteral("sales_order"), order);
    if (h.value().status != QLatin1String("open") || h.value().deleted)
        return ledger.release(document);
    auto lines = stockLines(db.connection(), QStringLiteral("sales_order"), order, h.value().warehouse);
    if (!lines)
        return lines.error();
    auto r = ledger.reserve(document, lines.value());
    if (!r)
        return r.error();
    return {};
}

Status setStatus(Database &db, const QString &entity, const QString &id, const QVariantMap &values)
{
    return RecordStore(db).update(entity, id, values, RecordStore::Access::System);
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

// --- Rules -------------------------------------------------------------------------------------

Status deriveLine(RecordRules::Write &w)
{
    QSqlDatabase conn = w.db.connection();
    QString docEntity, docId;
    if (Status s = lineDocument(w, &docEntity, &docId); !s)
        return s;
    if (w.current)
        for (const QString &e : SalesDocs::documentEntities())
            if (w.changes(e))
                return Error::badInput(SalesDocuments::tr("A line cannot move to another document."));
    auto doc = loadHeader(conn, docEntity, docId);
    if (!doc)
        return doc.error();
    if (!SalesDocs::editable(docEntity, doc.value().status))
        return Error::badInput(SalesDocuments::tr("%1 is %2: its lines cannot change.")
                                   .arg(docName(doc.value()), SalesDocuments::statusLabel(docEntity, doc.value().status)));

    const QString kind = w.after(QStringLiteral("kind")).toString().isEmpty() ? QStringLiteral("product") : w.after(QStringLiteral("kind")).toString();
    const QString product = w.after(QStringLiteral("product")).toString();
    const QString service = w.after(QStringLiteral("service")).toString();
    QString configuration = w.after(QStringLiteral("configuration")).toString().trimmed();
    // People (trato-cli, a CSV column) write a configuration as {"Color": "Red", "Gearbox":
    // "Automatic"}: group -> option, by name or code. Validated and stored in the canonical form.
    if (!configuration.isEmpty() && !product.isEmpty() && w.changes(QStringLiteral("configuration"))) {
        const QJsonDocument doc = QJsonDocument::fromJson(configuration.toUtf8());
        if (doc.isObject() && !doc.object().contains(QStringLiteral("options")) && !doc.object().contains(QStringLiteral("product"))) {
            QMap<QString, QString> choices;
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it)
                choices.insert(it.key(), it.value().toString());
            auto cp = Configuration::validate(w.db, product, choices);
            if (!cp)
                return Error::badInput(SalesDocuments::tr("The configuration is refused: %1").arg(cp.error().message));
            configuration = cp.value().json;
            w.values.insert(QStringLiteral("configuration"), configuration);
        }
    }
    if (kind == QLatin1String("product") && (product.isEmpty() || !service.isEmpty()))
        return Error::badInput(SalesDocuments::tr("A product line needs a product (and no service)."));
    if (kind == QLatin1String("service") && (service.isEmpty() || !product.isEmpty()))
        return Error::badInput(SalesDocuments::tr("A service line needs a service (and no product)."));
    if (kind == QLatin1String("text") && (!product.isEmpty() || !service.isEmpty()))
        return Error::badInput(SalesDocuments::tr("A text line names no product or service."));
    if (kind != QLatin1String("product") && !configuration.isEmpty())
        return Error::badInput(SalesDocuments::tr("Only a product line has a configuration."));

    const qint64 quantity = w.after(QStringLiteral("quantity")).isNull() ? 1000 : w.after(QStringLiteral("quantity")).toLongLong();
    QString name, unit, taxClass;
    if (kind != QLatin1String("text")) {
        const bool isProduct = kind == QLatin1String("product");
        auto q = Sql::exec(conn, isProduct ? QStringLiteral("SELECT name, sku, unit, tax_class FROM product WHERE id = ? AND deleted = 0")
                                           : QStringLiteral("SELECT name, code, unit, tax_class FROM service WHERE id = ? AND deleted = 0"),
                           {isProduct ? product : service});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::notFound(isProduct ? SalesDocuments::tr("There is no product with the id %1.").arg(product)
                                             : SalesDocuments::tr("There is no service with the id %1.").arg(service));
        name = q.value().value(0).toString();
        unit = q.value().value(2).toString();
        taxClass = q.value().value(3).toString();
        if (quantity <= 0)
            return Error::badInput(SalesDocuments::tr("The quantity of %1 must be more than zero.").arg(name));
        if (isProduct && (w.creating || w.changes(QStringLiteral("quantity")) || w.changes(QStringLiteral("product")))) {
            if (const QString why = StockLedger::checkQuantity(unit, quantity); !why.isEmpty())
                return Error::badInput(SalesDocuments::tr("Quantity of %1: ").arg(name) + why);
        }
    }

    // A configurable product: the stored choice is validated again; its price and SKU make the line.
    qint64 configuredPrice = -1;
    QString configurationText;
    if (!configuration.isEmpty() && (w.creating || w.changes(QStringLiteral("configuration")) || w.changes(QStringLiteral("product"))
                                     || w.after(QStringLiteral("unit_price")).isNull())) {
        auto cp = Configuration::fromJson(w.db, configuration);
        if (!cp)
            return Error::badInput(SalesDocuments::tr("The configuration of %1 is refused: %2").arg(name, cp.error().message));
        if (cp.value().product != product)
            return Error::badInput(SalesDocuments::tr("The configuration is of another product than %1.").arg(name));
        w.values.insert(QStringLiteral("configuration"), cp.value().json);
        configuredPrice = cp.value().price;
        configurationText = cp.value().sku + QStringLiteral(" — ") + cp.value().text;
    }

    if (w.after(QStringLiteral("description")).toString().trimmed().isEmpty()) {
        if (kind == QLatin1String("text"))
            return Error::badInput(SalesDocuments::tr("A text line needs its text (description)."));
        w.values.insert(QStringLiteral("description"), configurationText.isEmpty() ? name : name + QLatin1Char('\n') + configurationText);
    }

    if (w.after(QStringLiteral("unit_price")).isNull()) {
        if (configuredPrice >= 0) {
            w.values.insert(QStringLiteral("unit_price"), configuredPrice);
        } else if (kind != QLatin1String("text")) {
            const QDate date = QDate::fromString(doc.value().date, Qt::ISODate);
            auto price = PriceResolver(w.db).price(kind == QLatin1String("product") ? product : service, doc.value().account,
                                                   date.isValid() ? date : QDate::currentDate(), quantity);
            if (!price)
                return price.error();
            w.values.insert(QStringLiteral("unit_price"), price.value().unitPrice);
        } else {
            w.values.insert(QStringLiteral("unit_price"), qint64(0));
        }
    }

    const bool taxGiven = w.values.contains(QStringLiteral("tax_rate")) && !w.values.value(QStringLiteral("tax_rate")).isNull();
    if (w.creating && !taxGiven && kind != QLatin1String("text")) {
        if (Status s = TaxRates::ensureDefaults(w.db); !s)
            return s;
        auto rate = TaxRates::forClass(w.db, taxClass);
        if (!rate)
            return rate.error();
        w.values.insert(QStringLiteral("tax_rate"), rate.value().rate);
    }
    const bool surchargeGiven = w.values.contains(QStringLiteral("surcharge_rate")) && !w.values.value(QStringLiteral("surcharge_rate")).isNull();
    if (!surchargeGiven && (w.creating || w.changes(QStringLiteral("tax_rate")))) {
        auto applies = accountHasSurcharge(conn, doc.value().account);
        if (!applies)
            return applies.error();
        double surcharge = 0;
        if (applies.value()) {
            if (Status s = TaxRates::ensureDefaults(w.db); !s)
                return s;
            auto sr = TaxRates::surchargeFor(w.db, w.after(QStringLiteral("tax_rate")).toDouble());
            if (!sr)
                return sr.error();
            surcharge = sr.value();
        }
        w.values.insert(QStringLiteral("surcharge_rate"), surcharge);
    }

    const CalcLine c = calcLine(quantity, w.after(QStringLiteral("unit_price")).toLongLong(), w.after(QStringLiteral("discount_percent")).toDouble(),
                                w.after(QStringLiteral("discount_amount")).toLongLong(), w.after(QStringLiteral("tax_rate")).toDouble(),
                                w.after(QStringLiteral("surcharge_rate")).toDouble());
    if (const QString why = DocumentCalc::checkLine(c); !why.isEmpty())
        return Error::badInput(name.isEmpty() ? why : name + QStringLiteral(": ") + why);

    if (w.creating && w.after(QStringLiteral("position")).isNull()) {
        auto pos = Sql::exec(conn, QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM sales_line WHERE %1 = ?").arg(SalesDocs::lineField(docEntity)),
                             {docId});
        if (!pos)
            return pos.error();
        pos.value().next();
        w.values.insert(QStringLiteral("position"), pos.value().value(0).toLongLong());
    }
    w.values.insert(QStringLiteral("net"), DocumentCalc::line(c).net);
    return {};
}

Status afterLine(Database &db, const QString &id, const QVariantMap &, bool)
{
    auto doc = storedLineDocument(db.connection(), id);
    if (!doc)
        return doc.error();
    if (Status s = SalesDocuments::recalculate(db, doc.value().first, doc.value().second); !s)
        return s;
    if (doc.value().first == QLatin1String("sales_order"))
        return syncReservation(db, doc.value().second);
    return {};
}

Status trashLine(Database &db, const QString &id, bool)
{
    auto doc = storedLineDocument(db.connection(), id);
    if (!doc)
        return doc.error();
    auto h = loadHeader(db.connection(), doc.value().first, doc.value().second);
    if (!h)
        return h.error();
    if (!SalesDocs::editable(h.value().entity, h.value().status))
        return Error::badInput(SalesDocuments::tr("%1 is %2: its lines cannot change.")
                                   .arg(docName(h.value()), SalesDocuments::statusLabel(h.value().entity, h.value().status)));
    return afterLine(db, id, {}, false);
}

Status deriveHeader(RecordRules::Write &w)
{
    const QString entity = w.entity.name;
    QSqlDatabase conn = w.db.connection();
    if (w.current && w.access == RecordStore::Access::User) {
        const QString status = w.current->value(QStringLiteral("status")).toString();
        if (!SalesDocs::editable(entity, status)) {
            // A quote's status stays the user's to set (sent, accepted, rejected, expired); notes
            // of an order may be kept. Anything else of a closed document is refused.
            QStringList allowed;
            if (entity == QLatin1String("quote"))
                allowed << QStringLiteral("status") << QStringLiteral("notes");
            else if (entity == QLatin1String("sales_order"))
                allowed << QStringLiteral("notes");
            for (auto it = w.values.cbegin(); it != w.values.cend(); ++it) {
                if (allowed.contains(it.key()) || !w.changes(it.key()))
                    continue;
                const QString number = w.current->value(QStringLiteral("number")).toString();
                if (entity == QLatin1String("invoice") || entity == QLatin1String("credit_note"))
                    return Error::badInput(SalesDocuments::tr("%1 is issued and cannot be changed (%2); a credit note corrects an issued invoice.")
                                               .arg(number, it.key()));
                return Error::badInput(SalesDocuments::tr("%1 is %2 and cannot be changed (%3).")
                                           .arg(number, SalesDocuments::statusLabel(entity, status), it.key()));
            }
        }
    }
    // One currency along a chain of documents and with the opportunity.
    const QString currency = w.after(QStringLiteral("currency")).toString();
    for (const char *rel : {"opportunity", "quote", "sales_order", "invoice"}) {
        const QString field = QString::fromLatin1(rel);
        if (!w.entity.field(field) || field == entity)
            continue;
        const QString other = w.after(field).toString();
        if (other.isEmpty())
            continue;
        auto q = Sql::exec(conn, QStringLiteral("SELECT coalesce(currency, 'EUR') FROM %1 WHERE id = ?").arg(field), {other});
        if (!q)
            return q.error();
        if (q.value().next() && q.value().value(0).toString() != currency)
            return Error::badInput(SalesDocuments::tr("The currency %1 differs from %2 of the %3 it comes from: mixing currencies is refused.")
                                       .arg(currency, q.value().value(0).toString(), field));
    }
    // A new quote or order is dated today unless given; a quote is valid 30 days by default. (An
    // invoice's date is the day it is issued; a draft may carry one chosen ahead.)
    if (w.creating && (entity == QLatin1String("quote") || entity == QLatin1String("sales_order"))) {
        const QString field = SalesDocuments::dateField(entity);
        if (w.after(field).toString().isEmpty())
            w.values.insert(field, QDate::currentDate().toString(Qt::ISODate));
        if (entity == QLatin1String("quote") && w.after(QStringLiteral("valid_until")).toString().isEmpty()) {
            const QDate from = QDate::fromString(w.after(field).toString(), Qt::ISODate);
            if (from.isValid())
                w.values.insert(QStringLiteral("valid_until"), from.addDays(30).toString(Qt::ISODate));
        }
    }
    // An invoice's due date from its (or its account's) payment terms.
    if (entity == QLatin1String("invoice") && w.after(QStringLiteral("due_date")).toString().isEmpty()) {
        QString terms = w.after(QStringLiteral("payment_terms")).toString();
        if (terms.trimmed().isEmpty()) {
            auto q = Sql::exec(conn, QStringLiteral("SELECT coalesce(payment_terms, '') FROM account WHERE id = ?"), {w.after(QStringLiteral("account"))});
            if (!q)
                return q.error();
            if (q.value().next())
                terms = q.value().value(0).toString();
        }
        if (terms.trimmed().isEmpty())
            terms = CompanySettings::load(w.db).paymentTerms; // the company's default terms
        const int days = SalesDocuments::termsDays(terms);
        const QDate base = QDate::fromString(w.after(QStringLiteral("invoice_date")).toString(), Qt::ISODate);
        if (days >= 0 && base.isValid())
            w.values.insert(QStringLiteral("due_date"), base.addDays(days).toString(Qt::ISODate));
    }
    return {};
}

Status afterHeader(Database &db, const QString &entity, const QString &id, const QVariantMap &values, bool creating)
{
    if (creating && (entity == QLatin1String("quote") || entity == QLatin1String("sales_order")) && values.value(QStringLiteral("number")).toString().isEmpty()) {
        const QDate date = QDate::fromString(values.value(SalesDocuments::dateField(entity)).toString(), Qt::ISODate);
        auto number = NumberSeries(db).next(entity, SalesDocuments::seriesPattern(entity), date);
        if (!number)
            return number.error();
        if (Status s = RecordStore(db).update(entity, id, {{QStringLiteral("number"), number.value()}}, RecordStore::Access::System); !s)
            return s;
    }
    static const QStringList totalsFields = {QStringLiteral("shipping"), QStringLiteral("shipping_tax_rate"), QStringLiteral("adjustment"),
                                             QStringLiteral("account")};
    bool recalc = creating;
    for (const QString &f : totalsFields)
        recalc = recalc || values.contains(f);
    if (recalc)
        return SalesDocuments::recalculate(db, entity, id);
    return {};
}

Status trashHeader(Database &db, const QString &entity, const QString &id, bool deleted)
{
    auto h = loadHeader(db.connection(), entity, id);
    if (!h)
        return h.error();
    if ((entity == QLatin1String("invoice") || entity == QLatin1String("credit_note")) && h.value().status != QLatin1String("draft"))
        return Error::badInput(SalesDocuments::tr("%1 is issued and cannot be deleted; a credit note corrects an issued invoice.").arg(h.value().number));
    if (entity == QLatin1String("sales_order"))
        return syncReservation(db, id);
    Q_UNUSED(deleted);
    return {};
}

Status derivePayment(RecordRules::Write &w)
{
    const QString invoice = w.after(QStringLiteral("invoice")).toString();
    if (w.current && w.changes(QStringLiteral("invoice")))
        return Error::badInput(SalesDocuments::tr("A payment cannot move to another invoice."));
    auto q = Sql::exec(w.db.connection(), QStringLiteral("SELECT status, coalesce(number, ''), coalesce(balance_due, 0), currency FROM invoice WHERE id = ? AND deleted = 0"),
                       {invoice});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(SalesDocuments::tr("There is no invoice with the id %1.").arg(invoice));
    const QString status = q.value().value(0).toString();
    const QString number = q.value().value(1).toString();
    if (status == QLatin1String("draft"))
        return Error::badInput(SalesDocuments::tr("A draft invoice cannot be paid: issue it first."));
    if (status == QLatin1String("cancelled"))
        return Error::badInput(SalesDocuments::tr("%1 is cancelled and cannot be paid.").arg(number));
    const qint64 amount = w.after(QStringLiteral("amount")).toLongLong();
    if (amount <= 0)
        return Error::badInput(SalesDocuments::tr("A payment's amount must be more than zero."));
    qint64 balance = q.value().value(2).toLongLong();
    if (w.current && !w.current->value(QStringLiteral("deleted")).toBool())
        balance += w.current->value(QStringLiteral("amount")).toLongLong();
    if (amount > balance)
        return Error::badInput(SalesDocuments::tr("%1 %2 is more than the balance due of %3 (%1 %4).")
                                   .arg(q.value().value(3).toString(), Value::formatCents(amount), number, Value::formatCents(balance)));
    return {};
}

Result<QString> paymentInvoice(Database &db, const QString &payment)
{
    auto q = Sql::exec(db.connection(), QStringLiteral("SELECT invoice FROM payment WHERE id = ?"), {payment});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(SalesDocuments::tr("There is no payment with the id %1.").arg(payment));
    return q.value().value(0).toString();
}

Status afterPayment(Database &db, const QString &id, const QVariantMap &, bool)
{
    auto invoice = paymentInvoice(db, id);
    if (!invoice)
        return invoice.error();
    return SalesDocuments::recalculate(db, QStringLiteral("invoice"), invoice.value());
}

Status trashPayment(Database &db, const QString &id, bool deleted)
{
    auto invoice = paymentInvoice(db, id);
    if (!invoice)
        return invoice.error();
    auto h = loadHeader(db.connection(), QStringLiteral("invoice"), invoice.value());
    if (!h)
        return h.error();
    if (h.value().status == QLatin1String("cancelled"))
        return Error::badInput(SalesDocuments::tr("%1 is cancelled: its payments stay as they are.").arg(h.value().number));
    if (Status s = SalesDocuments::recalculate(db, QStringLiteral("invoice"), invoice.value()); !s)
        return s;
    if (!deleted) {
        auto q = Sql::exec(db.connection(), QStringLiteral("SELECT balance_due FROM invoice WHERE id = ?"), {invoice.value()});
        if (!q)
            return q.error();
        if (q.value().next() && q.value().value(0).toLongLong() < 0)
            return Error::badInput(SalesDocuments::tr("Restoring this payment would pay %1 more than its total.").arg(h.value().number));
    }
    return {};
}

// After a bulk load of lines or payments: every document they touch is recomputed.
Status afterBulk(Database &db, const QString &table, qint64 first, qint64 last)
{
    const QStringList fields = table == kLine ? SalesDocs::documentEntities() : QStringList{QStringLiteral("invoice")};
    for (const QString &f : fields) {
        auto q = Sql::exec(db.connection(), QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE rid BETWEEN ? AND ? AND %1 IS NOT NULL").arg(f, table),
                           {first, last});
        if (!q)
            return q.error();
        QStringList ids;
        while (q.value().next())
            ids << q.value().value(0).toString();
        for (const QString &id : std::as_const(ids))
            if (Status s = SalesDocuments::recalculate(db, f, id); !s)
                return s;
    }
    return {};
}

} // namespace

// --- Static helpers ------------------------------------------------------------------------------

QString SalesDocuments::seriesPattern(const QString &entity)
{
    if (entity == QLatin1String("quote"))
        return QStringLiteral("QUO-{YYYY}-{NNNN}");
    if (entity == QLatin1String("sales_order"))
        return QStringLiteral("SO-{YYYY}-{NNNN}");
    if (entity == QLatin1String("invoice"))
        return QStringLiteral("INV-{YYYY}-{NNNNN}");
    return QStringLiteral("CN-{YYYY}-{NNNN}");
}

QString SalesDocuments::dateField(const QString &entity)
{
    if (entity == QLatin1String("quote"))
        return QStringLiteral("quote_date");
    if (entity == QLatin1String("sales_order"))
        return QStringLiteral("order_date");
    if (entity == QLatin1String("invoice"))
        return QStringLiteral("invoice_date");
    return QStringLiteral("credit_date");
}

QString SalesDocuments::statusLabel(const QString &entity, const QString &status)
{
    Q_UNUSED(entity);
    static const QMap<QString, const char *> labels = {
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("trato::Metadata", "Draft")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("trato::Metadata", "Sent")},
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("trato::Metadata", "Accepted")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("trato::Metadata", "Rejected")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("trato::Metadata", "Expired")},
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("trato::Metadata", "Open")},
        {QStringLiteral("shipped"), QT_TRANSLATE_NOOP("trato::Metadata", "Shipped")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("trato::Metadata", "Cancelled")},
        {QStringLiteral("issued"), QT_TRANSLATE_NOOP("trato::Metadata", "Issued")},
        {QStringLiteral("partially_paid"), QT_TRANSLATE_NOOP("trato::Metadata", "Partially paid")},
        {QStringLiteral("paid"), QT_TRANSLATE_NOOP("trato::Metadata", "Paid")},
        {QStringLiteral("overdue"), QT_TRANSLATE_NOOP("trato::Metadata", "Overdue")},
    };
    const char *l = labels.value(status);
    return l ? QCoreApplication::translate("trato::Metadata", l) : status;
}

int SalesDocuments::termsDays(const QString &terms)
{
    static const QRegularExpression number(QStringLiteral("(\\d{1,4})"));
    const auto m = number.match(terms);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

Status SalesDocuments::recalculate(Database &db, const QString &entity, const QString &id)
{
    if (!SalesDocs::isDocument(entity))
        return Error::badInput(tr("%1 is not a sales document.").arg(entity));
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase conn = tx.connection();
    auto header = Sql::exec(conn, QStringLiteral("SELECT coalesce(shipping, 0), coalesce(shipping_tax_rate, 21), coalesce(adjustment, 0), account, status, "
                                                 "subtotal, discount_total, tax_total, total FROM %1 WHERE id = ?").arg(sqlIdent(entity)),
                          {id});
    if (!header)
        return header.error();
    if (!header.value().next())
        return Error::notFound(tr("There is no %1 with the id %2.").arg(entity, id));
    const qint64 shipping = header.value().value(0).toLongLong();
    const double shippingTax = header.value().value(1).toDouble();
    const qint64 adjustment = header.value().value(2).toLongLong();
    const QString account = header.value().value(3).toString();
    const QString status = header.value().value(4).toString();
    auto surcharge = accountHasSurcharge(conn, account);
    if (!surcharge)
        return surcharge.error();
    double shippingSurcharge = 0;
    if (surcharge.value() && shipping != 0) {
        auto sr = TaxRates::surchargeFor(db, shippingTax);
        if (!sr)
            return sr.error();
        shippingSurcharge = sr.value();
    }
    auto lines = Sql::exec(conn, QStringLiteral("SELECT id, quantity, unit_price, discount_percent, discount_amount, tax_rate, surcharge_rate, net "
                                                "FROM sales_line WHERE %1 = ? AND deleted = 0 ORDER BY position").arg(SalesDocs::lineField(entity)),
                           {id});
    if (!lines)
        return lines.error();
    QList<CalcLine> calc;
    QStringList ids;
    QList<qint64> stored;
    while (lines.value().next()) {
        const QSqlQuery &q = lines.value();
        ids << q.value(0).toString();
        calc << calcLine(q.value(1).isNull() ? 1000 : q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toDouble(),
                         q.value(4).toLongLong(), q.value(5).toDouble(), q.value(6).toDouble());
        stored << (q.value(7).isNull() ? std::numeric_limits<qint64>::min() : q.value(7).toLongLong());
    }
    const DocumentTotals t = DocumentCalc::totals(calc, shipping, DocumentCalc::basisPoints(shippingTax),
                                                  DocumentCalc::basisPoints(shippingSurcharge), adjustment);
    bool linesChanged = false;
    for (int i = 0; i < ids.size(); ++i) {
        if (stored.at(i) == t.lines.at(i).net)
            continue;
        auto u = Sql::exec(conn, QStringLiteral("UPDATE sales_line SET net = ? WHERE id = ?"), {t.lines.at(i).net, ids.at(i)});
        if (!u)
            return u.error();
        linesChanged = true;
    }
    if (linesChanged)
        tx.touched(kLine);
    auto u = Sql::exec(conn, QStringLiteral("UPDATE %1 SET subtotal = ?, discount_total = ?, tax_total = ?, total = ? WHERE id = ?").arg(sqlIdent(entity)),
                       {t.subtotal, t.discountTotal, t.taxTotal, t.total, id});
    if (!u)
        return u.error();
    tx.touched(entity);

    if (entity == QLatin1String("invoice")) {
        auto sums = Sql::exec(conn, QStringLiteral("SELECT (SELECT coalesce(sum(amount), 0) FROM payment WHERE invoice = ? AND deleted = 0), "
                                                   "(SELECT coalesce(sum(total), 0) FROM credit_note WHERE invoice = ? AND deleted = 0 AND status = 'issued'), "
                                                   "(SELECT due_date FROM invoice WHERE id = ?)"),
                              {id, id, id});
        if (!sums)
            return sums.error();
        sums.value().next();
        const qint64 paid = sums.value().value(0).toLongLong();
        const qint64 credited = sums.value().value(1).toLongLong();
        const QString due = sums.value().value(2).toString();
        const qint64 balance = t.total - paid - credited;
        auto b = Sql::exec(conn, QStringLiteral("UPDATE invoice SET amount_paid = ?, balance_due = ? WHERE id = ?"), {paid, balance, id});
        if (!b)
            return b.error();
        static const QStringList live = {QStringLiteral("issued"), QStringLiteral("partially_paid"), QStringLiteral("paid"), QStringLiteral("overdue")};
        if (live.contains(status)) {
            QString next;
            if (credited > 0 && credited >= t.total)
                next = QStringLiteral("cancelled");
            else if (balance <= 0)
                next = QStringLiteral("paid");
            else if (!due.isEmpty() && due < today())
                next = QStringLiteral("overdue");
            else if (paid > 0)
                next = QStringLiteral("partially_paid");
            else
                next = QStringLiteral("issued");
            if (next != status)
                if (Status s = setStatus(db, entity, id, {{QStringLiteral("status"), next}}); !s)
                    return s;
        }
    }
    return tx.commit();
}

void SalesDocuments::registerRules()
{
    RecordRules::addDerive(kLine, deriveLine);
    RecordRules::addAfterWrite(kLine, afterLine);
    RecordRules::addAfterTrash(kLine, trashLine);
    RecordRules::addAfterBulk(kLine, [](Database &db, qint64 first, qint64 last) { return afterBulk(db, kLine, first, last); });
    for (const QString &entity : SalesDocs::documentEntities()) {
        RecordRules::addDerive(entity, deriveHeader);
        RecordRules::addAfterWrite(entity, [entity](Database &db, const QString &id, const QVariantMap &values, bool creating) {
            return afterHeader(db, entity, id, values, creating);
        });
        RecordRules::addAfterTrash(entity, [entity](Database &db, const QString &id, bool deleted) { return trashHeader(db, entity, id, deleted); });
    }
    RecordRules::addDerive(kPayment, derivePayment);
    RecordRules::addAfterWrite(kPayment, afterPayment);
    RecordRules::addAfterTrash(kPayment, trashPayment);
    RecordRules::addAfterBulk(kPayment, [](Database &db, qint64 first, qint64 last) { return afterBulk(db, kPayment, first, last); });
}

// --- Operations ----------------------------------------------------------------------------------

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
