// SPDX-License-Identifier: GPL-3.0-or-later
// The write rules of the sales documents (RecordRules: lines, headers, payments, bulk loads) and
// the recalculation of their derived totals. The operations are in salesdocuments.cpp.
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
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace trato {

using namespace salesdetail;

namespace {

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

    // Team sync: lines, payments and headers written on another computer arrive as plain rows;
    // the totals, paid amounts and balances derived from them are computed here again. A line or
    // payment whose document is not here (not shared with this user) is left alone.
    RecordRules::addAfterRemote(kLine, [](Database &db, const QStringList &ids) -> Status {
        QSet<QPair<QString, QString>> docs;
        for (const QString &id : ids)
            if (auto doc = storedLineDocument(db.connection(), id))
                docs.insert(doc.value());
        for (const auto &doc : docs) {
            if (Status s = SalesDocuments::recalculate(db, doc.first, doc.second); !s && s.error().kind != Error::NotFound)
                return s;
            // Reservations are this computer's own table: derived again from the order's lines.
            if (doc.first == QLatin1String("sales_order"))
                if (Status s = syncReservation(db, doc.second); !s && s.error().kind != Error::NotFound)
                    return s;
        }
        return {};
    });
    RecordRules::addAfterRemote(kPayment, [](Database &db, const QStringList &ids) -> Status {
        QSet<QString> invoices;
        for (const QString &id : ids)
            if (auto invoice = paymentInvoice(db, id))
                invoices.insert(invoice.value());
        for (const QString &invoice : invoices)
            if (Status s = SalesDocuments::recalculate(db, QStringLiteral("invoice"), invoice); !s && s.error().kind != Error::NotFound)
                return s;
        return {};
    });
    for (const QString &entity : SalesDocs::documentEntities())
        RecordRules::addAfterRemote(entity, [entity](Database &db, const QStringList &ids) -> Status {
            for (const QString &id : ids)
                if (Status s = SalesDocuments::recalculate(db, entity, id); !s && s.error().kind != Error::NotFound)
                    return s;
            return {};
        });
}

// --- Operations ----------------------------------------------------------------------------------

} // namespace trato
