// SPDX-License-Identifier: GPL-3.0-or-later
// A small fixed sales history (lines editor and purchase history tests: core, GUI and CLI), written
// straight through RecordStore: lines first, then the status with Access::System, as the workflow
// service would leave them. Figures hand-computed (21 % IVA, half away from zero per rate):
//
//   Invoice A 2025-03-10, contact Ana, paid (payment 381.14):
//     TOR-10 Tornillo  100 x 2.50 -10 %  = 225.00
//     TAL-01 Taladro     1 x 89.99       =  89.99      base 314.99  IVA 66.15 (66.1479)  total 381.14
//   Invoice B 2026-02-01, contact Luis, issued (payment 50.00):
//     TOR-10            20 x 2.50        =  50.00
//     INST Instalación   2 x 50.00       = 100.00      base 150.00  IVA 31.50            total 181.50, due 131.50
//   Invoice C 2026-05-01 draft (not counted): TAL-01 5 x 89.99
//   Credit note 2026-02-10 on A, contact Ana, issued:
//     TOR-10            10 x 2.50 -10 %  =  22.50      IVA 4.73 (4.725)                  total  27.23
//   Quote Q1 2026-03-01 draft:   TAL-01 2 x 89.99 = 179.98, IVA 37.80 (37.7958), total 217.78
//   Quote Q2 2026-03-05 accepted (not open): TOR-10 1 x 2.50
#pragma once

#include "store/database.h"
#include "store/recordstore.h"

#include <catch2/catch.hpp>

namespace trato::test {

struct SalesFixture
{
    QString account, ana, luis, tornillo, taladro, instalacion;
    QString invoiceA, invoiceB, invoiceC, credit, quote1, quote2;

    template <typename T> static T must(Result<T> r)
    {
        if (!r.ok())
            FAIL(r.error().message.toStdString());
        return r.value();
    }
    static void must(Status s)
    {
        if (!s.ok())
            FAIL(s.error().message.toStdString());
    }

    static QString line(RecordStore &store, const QString &docField, const QString &doc, int position, const QString &itemField,
                        const QString &item, const QString &description, qint64 qty, qint64 price, double discount = 0)
    {
        QVariantMap v{{docField, doc},
                      {QStringLiteral("position"), position},
                      {QStringLiteral("kind"), itemField},
                      {itemField, item},
                      {QStringLiteral("description"), description},
                      {QStringLiteral("quantity"), qlonglong(qty)},
                      {QStringLiteral("unit_price"), qlonglong(price)},
                      {QStringLiteral("tax_rate"), 21.0}};
        if (discount != 0)
            v.insert(QStringLiteral("discount_percent"), discount);
        return must(store.create(QStringLiteral("sales_line"), v));
    }

    QString document(RecordStore &store, const QString &entity, const QString &dateField, const QString &date, const QString &contact,
                     const QString &subject, const QVariantMap &extra = {})
    {
        QVariantMap v{{QStringLiteral("account"), account}, {dateField, date}, {QStringLiteral("subject"), subject}};
        if (!contact.isEmpty())
            v.insert(QStringLiteral("contact"), contact);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            v.insert(it.key(), it.value());
        return must(store.create(entity, v));
    }

    static void setStatus(RecordStore &store, const QString &entity, const QString &id, const QString &status, const QString &number)
    {
        must(store.update(entity, id, {{QStringLiteral("status"), status}, {QStringLiteral("number"), number}}, RecordStore::Access::System));
    }

    explicit SalesFixture(Database &db)
    {
        RecordStore store(db);
        const QString S_ = QStringLiteral("service");
        const QString P = QStringLiteral("product");
        account = must(store.create(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Talleres Ruiz")}}));
        ana = must(store.create(QStringLiteral("contact"), {{QStringLiteral("first_name"), QStringLiteral("Ana")},
                                                             {QStringLiteral("last_name"), QStringLiteral("Ruiz")},
                                                             {QStringLiteral("account"), account}}));
        luis = must(store.create(QStringLiteral("contact"), {{QStringLiteral("first_name"), QStringLiteral("Luis")},
                                                              {QStringLiteral("last_name"), QStringLiteral("Gil")},
                                                              {QStringLiteral("account"), account}}));
        tornillo = must(store.create(P, {{QStringLiteral("sku"), QStringLiteral("TOR-10")}, {QStringLiteral("name"), QStringLiteral("Tornillo")},
                                         {QStringLiteral("unit_price"), qlonglong(250)}}));
        taladro = must(store.create(P, {{QStringLiteral("sku"), QStringLiteral("TAL-01")}, {QStringLiteral("name"), QStringLiteral("Taladro")},
                                        {QStringLiteral("unit_price"), qlonglong(8999)}}));
        instalacion = must(store.create(S_, {{QStringLiteral("code"), QStringLiteral("INST")}, {QStringLiteral("name"), QString::fromUtf8("Instalación")},
                                             {QStringLiteral("unit_price"), qlonglong(5000)}}));

        const QString inv = QStringLiteral("invoice");
        const QString invDate = QStringLiteral("invoice_date");
        invoiceA = document(store, inv, invDate, QStringLiteral("2025-03-10"), ana, QStringLiteral("Pedido de marzo"));
        line(store, inv, invoiceA, 1, P, tornillo, QStringLiteral("Tornillo"), 100000, 250, 10);
        line(store, inv, invoiceA, 2, P, taladro, QStringLiteral("Taladro"), 1000, 8999);
        setStatus(store, inv, invoiceA, QStringLiteral("paid"), QStringLiteral("F-2025-0001"));
        must(store.create(QStringLiteral("payment"), {{QStringLiteral("invoice"), invoiceA}, {QStringLiteral("paid_on"), QStringLiteral("2025-03-20")},
                                                      {QStringLiteral("amount"), qlonglong(38114)}}));

        invoiceB = document(store, inv, invDate, QStringLiteral("2026-02-01"), luis, QStringLiteral("Montaje"));
        line(store, inv, invoiceB, 1, P, tornillo, QStringLiteral("Tornillo"), 20000, 250);
        line(store, inv, invoiceB, 2, S_, instalacion, QString::fromUtf8("Instalación"), 2000, 5000);
        setStatus(store, inv, invoiceB, QStringLiteral("issued"), QStringLiteral("F-2026-0001"));
        must(store.create(QStringLiteral("payment"), {{QStringLiteral("invoice"), invoiceB}, {QStringLiteral("paid_on"), QStringLiteral("2026-02-15")},
                                                      {QStringLiteral("amount"), qlonglong(5000)}}));

        invoiceC = document(store, inv, invDate, QStringLiteral("2026-05-01"), QString(), QStringLiteral("Borrador"));
        line(store, inv, invoiceC, 1, P, taladro, QStringLiteral("Taladro"), 5000, 8999);

        credit = document(store, QStringLiteral("credit_note"), QStringLiteral("credit_date"), QStringLiteral("2026-02-10"), ana,
                          QStringLiteral("Devolución"), {{QStringLiteral("invoice"), invoiceA}, {QStringLiteral("reason"), QStringLiteral("Sobrante")}});
        line(store, QStringLiteral("credit_note"), credit, 1, P, tornillo, QStringLiteral("Tornillo"), 10000, 250, 10);
        setStatus(store, QStringLiteral("credit_note"), credit, QStringLiteral("issued"), QStringLiteral("R-2026-0001"));

        quote1 = document(store, QStringLiteral("quote"), QStringLiteral("quote_date"), QStringLiteral("2026-03-01"), luis, QStringLiteral("Ampliación"));
        line(store, QStringLiteral("quote"), quote1, 1, P, taladro, QStringLiteral("Taladro"), 2000, 8999);
        quote2 = document(store, QStringLiteral("quote"), QStringLiteral("quote_date"), QStringLiteral("2026-03-05"), luis, QStringLiteral("Aceptado"));
        line(store, QStringLiteral("quote"), quote2, 1, P, tornillo, QStringLiteral("Tornillo"), 1000, 250);
        must(store.update(QStringLiteral("quote"), quote2, {{QStringLiteral("status"), QStringLiteral("accepted")}}));
    }
};

} // namespace trato::test
