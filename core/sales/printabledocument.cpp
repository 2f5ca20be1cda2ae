// SPDX-License-Identifier: GPL-3.0-or-later
#include "printabledocument.h"

#include "salesdocs.h"

#include "../inventory/configuration.h"
#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/recordstore.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trato {

namespace {

QString str(const Record &r, const char *field) { return r.value(QString::fromLatin1(field)).toString(); }

// The date fields each document prints, in order.
QStringList dateFields(const QString &entity)
{
    if (entity == QLatin1String("quote"))
        return {QStringLiteral("quote_date"), QStringLiteral("valid_until")};
    if (entity == QLatin1String("sales_order"))
        return {QStringLiteral("order_date"), QStringLiteral("delivery_date")};
    if (entity == QLatin1String("invoice"))
        return {QStringLiteral("invoice_date"), QStringLiteral("due_date")};
    return {QStringLiteral("credit_date")};
}

QString postalAddress(const Record &account)
{
    QStringList lines;
    if (const QString street = str(account, "street").trimmed(); !street.isEmpty())
        lines << street;
    const QString cityLine = QStringList{str(account, "postal_code"), str(account, "city")}.join(QLatin1Char(' ')).trimmed();
    QStringList region;
    if (!cityLine.isEmpty())
        region << cityLine;
    if (const QString p = str(account, "province").trimmed(); !p.isEmpty() && p != str(account, "city").trimmed())
        region << p;
    if (!region.isEmpty())
        lines << region.join(QStringLiteral(", "));
    if (const QString c = str(account, "country").trimmed(); !c.isEmpty())
        lines << c;
    return lines.join(QLatin1Char('\n'));
}

// A stored configuration whose options changed since: still printed, from the JSON itself.
QString configurationFallback(const QString &json)
{
    QStringList parts;
    const QJsonArray options = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("options")).toArray();
    for (const QJsonValue &v : options) {
        const QJsonObject o = v.toObject();
        parts << o.value(QStringLiteral("group")).toString() + QStringLiteral(": ") + o.value(QStringLiteral("option")).toString();
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

Result<PrintableDocument> PrintableDocument::load(Database &db, const QString &entity, const QString &idOrNumber,
                                                  const QLocale &locale)
{
    if (!SalesDocs::isDocument(entity))
        return Error::badInput(tr("\"%1\" is not a sales document (use one of: %2)")
                                   .arg(entity, SalesDocs::documentEntities().join(QStringLiteral(", "))));
    const Entity *e = db.registry()->entity(entity);
    if (!e)
        return Error::notFound(tr("Unknown entity %1").arg(entity));
    RecordStore store(db);
    const QString key = idOrNumber.trimmed();
    Record header;
    {
        ListQuery byNumber;
        byNumber.entity = entity;
        byNumber.where.append({QStringLiteral("number"), key});
        byNumber.limit = 2;
        auto found = store.list(byNumber);
        if (!found)
            return found.error();
        if (found.value().size() == 1) {
            header = found.value().first();
        } else {
            auto byId = store.get(entity, key);
            if (!byId)
                return Error::notFound(tr("No %1 with id or number \"%2\"").arg(e->displayLabel().toLower(), key));
            header = byId.value();
        }
    }

    PrintableDocument d;
    d.locale = locale;
    d.entity = entity;
    d.id = str(header, "id");
    d.title = e->displayLabel();
    const QString status = str(header, "status");
    d.status = Value::display(*e->field(QStringLiteral("status")), header.value(QStringLiteral("status")), locale);
    // A draft invoice or credit note has no number yet (numbers are given, gapless, when it is
    // issued; any kept is not shown) and prints marked DRAFT. A draft quote is what gets sent.
    d.draft = status == QLatin1String("draft")
              && (entity == QLatin1String("invoice") || entity == QLatin1String("credit_note"));
    d.number = d.draft ? QString() : str(header, "number");
    for (const QString &f : dateFields(entity)) {
        const Field *field = e->field(f);
        if (field && !header.value(f).isNull())
            d.dates.append({QCoreApplication::translate("trato::Metadata", field->label.toUtf8().constData()),
                            Value::display(*field, header.value(f), locale)});
    }
    if (entity == QLatin1String("credit_note") && !str(header, "invoice").isEmpty())
        d.dates.append({tr("Corrects invoice"), str(header, "invoice__title")});
    d.subject = str(header, "subject");
    d.currency = str(header, "currency").isEmpty() ? QStringLiteral("EUR") : str(header, "currency");
    d.contactName = str(header, "contact__title");
    d.shipping = header.value(QStringLiteral("shipping")).toLongLong();
    d.adjustment = header.value(QStringLiteral("adjustment")).toLongLong();
    d.terms = str(header, "terms");
    d.notes = str(header, "notes");
    d.company = CompanySettings::load(db);
    d.layout = CompanySettings::loadLayout(db);

    bool surchargeCustomer = false;
    QString accountTerms;
    if (const QString account = str(header, "account"); !account.isEmpty()) {
        if (auto a = store.get(QStringLiteral("account"), account); a.ok()) {
            d.customerName = str(a.value(), "name");
            d.customerTaxId = str(a.value(), "tax_id");
            d.billingAddress = postalAddress(a.value());
            surchargeCustomer = a.value().value(QStringLiteral("equivalence_surcharge")).toLongLong() != 0;
            accountTerms = str(a.value(), "payment_terms");
        } else {
            d.customerName = str(header, "account__title");
        }
    }
    if (!str(header, "billing_address").trimmed().isEmpty())
        d.billingAddress = str(header, "billing_address").trimmed();
    d.shippingAddress = str(header, "shipping_address").trimmed();
    d.paymentTerms = !str(header, "payment_terms").trimmed().isEmpty() ? str(header, "payment_terms").trimmed()
                     : !accountTerms.trimmed().isEmpty()               ? accountTerms.trimmed()
                                                                      : d.company.paymentTerms;

    ListQuery lq;
    lq.entity = QStringLiteral("sales_line");
    lq.where.append({SalesDocs::lineField(entity), d.id});
    lq.sortField = QStringLiteral("position");
    QHash<QString, QString> skus;
    Status s = store.forEach(lq, [&](const Record &r) {
        PrintableLine l;
        l.position = r.value(QStringLiteral("position")).toInt();
        l.kind = str(r, "kind").isEmpty() ? QStringLiteral("product") : str(r, "kind");
        l.description = str(r, "description").trimmed();
        const QString product = str(r, "product");
        if (l.description.isEmpty())
            l.description = !product.isEmpty() ? str(r, "product__title") : str(r, "service__title");
        if (!product.isEmpty()) {
            if (!skus.contains(product)) {
                auto p = store.get(QStringLiteral("product"), product);
                skus.insert(product, p.ok() ? str(p.value(), "sku") : QString());
            }
            l.sku = skus.value(product);
        }
        if (const QString json = str(r, "configuration").trimmed(); !json.isEmpty()) {
            auto configured = Configuration::fromJson(db, json);
            if (configured) {
                l.configuration = configured.value().text;
                if (!configured.value().sku.isEmpty())
                    l.sku = configured.value().sku;
                // The line rules write "Name\nSKU — Color: Red; ..." into the description so lists
                // show it; printed, the configuration has its own line under the item.
                QStringList kept;
                for (const QString &part : l.description.split(QLatin1Char('\n')))
                    if (!part.contains(l.configuration))
                        kept << part;
                if (!kept.isEmpty())
                    l.description = kept.join(QLatin1Char('\n')).trimmed();
            } else {
                l.configuration = configurationFallback(json);
            }
        }
        l.quantity = r.value(QStringLiteral("quantity")).isNull() ? 1000 : r.value(QStringLiteral("quantity")).toLongLong();
        l.unitPrice = r.value(QStringLiteral("unit_price")).toLongLong();
        l.discountBp = DocumentCalc::basisPoints(r.value(QStringLiteral("discount_percent")).toDouble());
        l.discountAmount = r.value(QStringLiteral("discount_amount")).toLongLong();
        l.taxBp = DocumentCalc::basisPoints(r.value(QStringLiteral("tax_rate")).toDouble());
        l.surchargeBp = DocumentCalc::basisPoints(r.value(QStringLiteral("surcharge_rate")).toDouble());
        d.lines.append(l);
        return true;
    });
    if (!s)
        return s.error();

    const int shippingTaxBp = header.value(QStringLiteral("shipping_tax_rate")).isNull()
                                  ? 2100
                                  : DocumentCalc::basisPoints(header.value(QStringLiteral("shipping_tax_rate")).toDouble());
    int shippingSurchargeBp = 0;
    if (surchargeCustomer && d.shipping != 0) {
        // The recargo that goes with the shipping's rate: the tax rate table's.
        ListQuery rates;
        rates.entity = QStringLiteral("tax_rate");
        (void)store.forEach(rates, [&](const Record &r) {
            if (DocumentCalc::basisPoints(r.value(QStringLiteral("rate")).toDouble()) == shippingTaxBp) {
                shippingSurchargeBp = DocumentCalc::basisPoints(r.value(QStringLiteral("surcharge")).toDouble());
                return false;
            }
            return true;
        });
    }
    d.computeTotals(shippingTaxBp, shippingSurchargeBp);
    return d;
}

void PrintableDocument::computeTotals(int shippingTaxBp, int shippingSurchargeBp)
{
    QList<CalcLine> calc;
    for (const PrintableLine &l : std::as_const(lines)) {
        if (!l.priced())
            continue;
        CalcLine c;
        c.quantity = l.quantity;
        c.unitPrice = l.unitPrice;
        c.discountBp = l.discountBp;
        c.discountAmount = l.discountAmount;
        c.taxBp = l.taxBp;
        c.surchargeBp = l.surchargeBp;
        calc.append(c);
    }
    totals = DocumentCalc::totals(calc, shipping, shippingTaxBp, shippingSurchargeBp, adjustment);
    int next = 0;
    for (PrintableLine &l : lines)
        l.amounts = l.priced() ? totals.lines.value(next++) : LineAmounts{};
}

PrintableDocument PrintableDocument::sample(const CompanyProfile &company, const DocumentLayout &layout, const QLocale &locale)
{
    PrintableDocument d;
    d.locale = locale;
    d.entity = QStringLiteral("invoice");
    d.title = QCoreApplication::translate("trato::Metadata", "Invoice");
    d.number = QStringLiteral("F-2026-0042");
    d.status = QCoreApplication::translate("trato::Metadata", "Issued");
    const QDate today = QDate::currentDate();
    d.dates = {{QCoreApplication::translate("trato::Metadata", "Invoice date"), locale.toString(today, QLocale::ShortFormat)},
               {QCoreApplication::translate("trato::Metadata", "Due date"), locale.toString(today.addDays(30), QLocale::ShortFormat)}};
    d.subject = tr("Sample invoice");
    d.customerName = QStringLiteral("Talleres Ejemplo S.L.");
    d.customerTaxId = QStringLiteral("B12345674");
    d.billingAddress = QStringLiteral("Calle Mayor 1\n28013 Madrid\nEspaña");
    d.contactName = QStringLiteral("Lucía Pérez");
    d.company = company;
    d.layout = layout;
    d.paymentTerms = company.paymentTerms.isEmpty() ? tr("30 days, bank transfer") : company.paymentTerms;
    auto add = [&](const QString &sku, const QString &description, const QString &config, qint64 qty, qint64 price, int discountBp,
                   int taxBp) {
        PrintableLine l;
        l.position = int(d.lines.size()) + 1;
        l.kind = QStringLiteral("product");
        l.sku = sku;
        l.description = description;
        l.configuration = config;
        l.quantity = qty;
        l.unitPrice = price;
        l.discountBp = discountBp;
        l.taxBp = taxBp;
        d.lines.append(l);
    };
    add(QStringLiteral("CAR-GT-RA"), QStringLiteral("Berlina GT"), QStringLiteral("Color: Red; Gearbox: Automatic"), 1000, 2695050, 500, 2100);
    add(QStringLiteral("SRV-MANT"), tr("Yearly maintenance"), QString(), 2000, 18000, 0, 2100);
    add(QStringLiteral("BOOK-01"), tr("Owner's manual, printed"), QString(), 1000, 2500, 0, 400);
    d.computeTotals(2100, 0);
    return d;
}

QString PrintableDocument::money(qint64 cents) const
{
    Field f = Field::make("amount", FieldType::Money, "Amount");
    const QString amount = Value::display(f, QVariant(qlonglong(cents)), locale);
    const QString symbol = currency == QLatin1String("EUR") ? QStringLiteral("€") : currency;
    return amount + QChar(0x00A0) + symbol;
}

QString PrintableDocument::quantity(qint64 milli) const
{
    Field f = Field::make("quantity", FieldType::Quantity, "Quantity");
    return Value::display(f, QVariant(qlonglong(milli)), locale);
}

QString PrintableDocument::percent(int bp) const
{
    QString s = Value::formatInteger(bp / 100, locale);
    if (const int frac = std::abs(bp % 100)) {
        QString digits = QStringLiteral("%1").arg(frac, 2, 10, QLatin1Char('0'));
        if (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        s += locale.decimalPoint() + digits;
    }
    return s + QStringLiteral(" %");
}

} // namespace trato
