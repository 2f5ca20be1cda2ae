// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosales.h"

#include "../sales/companyprofile.h"

#include "../sales/salesdocuments.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QSqlQuery>

namespace trato {

namespace {

Result<QStringList> ids(Database &db, const QString &sql)
{
    auto q = Sql::exec(db.connection(), sql);
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

} // namespace

Result<DemoSalesSummary> generateDemoSales(Database &db, const QDate &todayIn)
{
    const QDate today = todayIn.isValid() ? todayIn : QDate::currentDate();
    DemoSalesSummary summary;
    // The demo company that prints on the documents (only when none is set yet).
    if (CompanySettings::load(db).name.isEmpty()) {
        CompanyProfile company;
        company.name = QStringLiteral("Suministros Atalaya S.L.");
        company.taxId = QStringLiteral("B12345674");
        company.address = QStringLiteral("Calle de Alcalá 120, 3.º\n28009 Madrid");
        company.phone = QStringLiteral("+34 910 000 120");
        company.email = QStringLiteral("facturas@atalaya.example");
        company.website = QStringLiteral("https://atalaya.example");
        company.iban = QStringLiteral("ES9121000418450200051332");
        company.paymentTerms = QStringLiteral("30 días, transferencia bancaria");
        if (Status s = CompanySettings::save(db, company); !s)
            return s.error();
        const QByteArray logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"96\" viewBox=\"0 0 96 96\">"
                                "<rect width=\"96\" height=\"96\" rx=\"18\" fill=\"#1f4e79\"/>"
                                "<path d=\"M16 72 L40 30 L54 52 L62 40 L80 72 Z\" fill=\"#ffffff\"/></svg>";
        if (Status s = CompanySettings::setLogo(db, logo); !s)
            return s.error();
    }
    auto accounts = ids(db, QStringLiteral("SELECT id FROM account WHERE deleted = 0 ORDER BY rid LIMIT 24"));
    if (!accounts)
        return accounts.error();
    auto products = ids(db, QStringLiteral("SELECT id FROM product WHERE deleted = 0 AND coalesce(configurable, 0) = 0 ORDER BY rid LIMIT 12"));
    if (!products)
        return products.error();
    auto services = ids(db, QStringLiteral("SELECT id FROM service WHERE deleted = 0 ORDER BY rid LIMIT 4"));
    if (!services)
        return services.error();
    if (accounts.value().isEmpty() || products.value().isEmpty())
        return summary;

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(db);
    SalesDocuments docs(db);
    const QStringList &acc = accounts.value();
    const QStringList &prod = products.value();
    const QStringList &serv = services.value();
    static const char *subjects[] = {"Reforma de local", "Reposición mensual", "Pedido de temporada", "Obra en nave",
                                     "Mantenimiento anual", "Apertura de tienda"};

    // A document with two or three lines: products (quantities 1-5), now and then a service, a discount.
    auto fill = [&](const QString &entity, const QString &doc, int n) -> Status {
        const int lines = 2 + n % 2;
        for (int i = 0; i < lines; ++i) {
            QVariantMap line{{entity, doc}};
            if (i == 2 && !serv.isEmpty()) {
                line.insert(QStringLiteral("kind"), QStringLiteral("service"));
                line.insert(QStringLiteral("service"), serv.at(n % serv.size()));
            } else {
                line.insert(QStringLiteral("product"), prod.at((n * 3 + i) % prod.size()));
                line.insert(QStringLiteral("quantity"), qint64(1000 * (1 + (n + i) % 5)));
                if ((n + i) % 4 == 0)
                    line.insert(QStringLiteral("discount_percent"), 5.0);
            }
            if (auto id = store.create(QStringLiteral("sales_line"), line); !id)
                return id.error();
        }
        return {};
    };
    auto header = [&](int n, const QString &dateField, int daysAgo) {
        return QVariantMap{{QStringLiteral("account"), acc.at(n % acc.size())},
                           {QStringLiteral("subject"), QString::fromUtf8(subjects[n % 6])},
                           {dateField, today.addDays(-daysAgo).toString(Qt::ISODate)}};
    };

    // Quotes: 14, the first 8 go on to orders or invoices, 2 rejected, the rest draft or sent.
    QStringList quotes;
    for (int n = 0; n < 14; ++n) {
        QVariantMap h = header(n, QStringLiteral("quote_date"), 60 - n * 3);
        h.insert(QStringLiteral("valid_until"), today.addDays(-60 + n * 3 + 30).toString(Qt::ISODate));
        auto q = store.create(QStringLiteral("quote"), h);
        if (!q)
            return q.error();
        if (Status s = fill(QStringLiteral("quote"), q.value(), n); !s)
            return s.error();
        quotes << q.value();
        ++summary.quotes;
    }
    for (int n = 8; n < 14; ++n) {
        const QString status = n < 10 ? QStringLiteral("rejected") : (n % 2 ? QStringLiteral("sent") : QStringLiteral("draft"));
        if (Status s = store.update(QStringLiteral("quote"), quotes.at(n), {{QStringLiteral("status"), status}}); !s)
            return s.error();
    }

    // Orders from quotes 0-5: 0-2 shipped and invoiced, 3-4 open, 5 cancelled.
    QStringList invoices;
    for (int n = 0; n < 6; ++n) {
        auto order = docs.convert(QStringLiteral("quote"), quotes.at(n), QStringLiteral("sales_order"));
        if (!order)
            return order.error();
        ++summary.orders;
        if (n < 3) {
            if (auto shipped = docs.ship(order.value()); !shipped)
                return shipped.error();
            auto inv = docs.convert(QStringLiteral("sales_order"), order.value(), QStringLiteral("invoice"));
            if (!inv)
                return inv.error();
            invoices << inv.value();
        } else if (n == 5) {
            if (Status s = docs.cancel(order.value()); !s)
                return s.error();
        }
    }
    // Invoices straight from quotes 6-7, and direct ones.
    for (int n = 6; n < 8; ++n) {
        auto inv = docs.convert(QStringLiteral("quote"), quotes.at(n), QStringLiteral("invoice"));
        if (!inv)
            return inv.error();
        invoices << inv.value();
    }
    for (int n = 14; n < 24; ++n) {
        // The first one is long past its due date (the demo's overdue invoice); the rest are recent.
        QVariantMap h = header(n, QStringLiteral("invoice_date"), n == 14 ? 50 : 28 - (n - 14) * 3);
        h.insert(QStringLiteral("payment_terms"), QStringLiteral("30 días"));
        auto inv = store.create(QStringLiteral("invoice"), h);
        if (!inv)
            return inv.error();
        if (Status s = fill(QStringLiteral("invoice"), inv.value(), n); !s)
            return s.error();
        invoices << inv.value();
    }
    summary.invoices = int(invoices.size());
    // Issue all but the last two (drafts); pay some in full, some in part; the oldest unpaid is overdue.
    for (int i = 0; i < invoices.size() - 2; ++i) {
        if (auto number = docs.issue(invoices.at(i)); !number)
            return number.error();
        auto info = docs.load(QStringLiteral("invoice"), invoices.at(i));
        if (!info)
            return info.error();
        const qint64 balance = info.value().balanceDue;
        const QDate paidOn = info.value().date.isValid() ? info.value().date.addDays(10) : today;
        if (i % 3 == 0 && balance > 0) {
            if (auto p = docs.pay(invoices.at(i), balance, paidOn, QStringLiteral("transfer"), QStringLiteral("TRF-%1").arg(1000 + i)); !p)
                return p.error();
            ++summary.payments;
        } else if (i % 3 == 1 && balance > 100) {
            if (auto p = docs.pay(invoices.at(i), balance / 2, paidOn, QStringLiteral("card")); !p)
                return p.error();
            ++summary.payments;
        }
    }
    // One credit note: the first paid invoice's first line, one unit back to stock.
    CreditNoteRequest credit;
    credit.invoice = invoices.at(0);
    credit.reason = QStringLiteral("Unidad defectuosa devuelta por el cliente");
    credit.restock = true;
    credit.quantities = {{1, 1000}};
    if (auto cn = docs.creditNote(credit); !cn)
        return cn.error();
    ++summary.creditNotes;
    if (auto overdue = docs.refreshOverdue(today); !overdue)
        return overdue.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace trato
