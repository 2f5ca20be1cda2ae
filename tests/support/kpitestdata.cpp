// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpitestdata.h"

#include "testsupport.h"

#include "marketing/leadconversion.h"
#include "sales/pipelines.h"
#include "sales/salesdocuments.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QDateTime>

#include <catch2/catch.hpp>

namespace trato::test {

namespace {

QString S(const char *s)
{
    return QString::fromUtf8(s);
}

QString utc(int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC).toString(Qt::ISODate);
}

QString create(Database &db, const QString &entity, const QVariantMap &values)
{
    auto id = RecordStore(db).create(entity, values, RecordStore::Access::System);
    INFO(entity.toStdString() << ": " << (id.ok() ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    return id.value();
}

void pin(Database &db, const QString &table, const QString &id, const QString &column, const QVariant &value)
{
    REQUIRE(Sql::exec(db.connection(), S("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column), {value, id}).ok());
}

// An issued invoice dated `date` with one line per (service, quantity in units).
QString invoice(Database &db, const QString &account, const QString &owner, const QString &date,
                const QList<QPair<QString, int>> &lines)
{
    const QString inv = create(db, S("invoice"), {{S("account"), account}, {S("invoice_date"), date}, {S("owner"), owner}});
    for (const auto &l : lines)
        create(db, S("sales_line"), {{S("invoice"), inv}, {S("kind"), S("service")}, {S("service"), l.first},
                                     {S("quantity"), qint64(l.second) * 1000}});
    auto n = SalesDocuments(db).issue(inv);
    INFO((n.ok() ? QString() : n.error().message).toStdString());
    REQUIRE(n.ok());
    return inv;
}

void opportunity(Database &db, const char *name, const QString &owner, qint64 amount, const char *currency, const QString &created,
                 const char *stage, const QString &closed)
{
    const QString id = create(db, S("opportunity"), {{S("name"), S(name)}, {S("owner"), owner}, {S("amount"), amount},
                                                     {S("currency"), S(currency)}});
    if (stage) {
        REQUIRE(Pipelines::move(db, id, S(stage), QString::fromUtf8(stage) == QLatin1String("Closed lost") ? S("price") : QString()).ok());
        pin(db, S("opportunity"), id, S("closed_at"), closed);
    }
    pin(db, S("opportunity"), id, S("created_at"), created);
}

void lead(Database &db, const char *name, const QString &owner, const QString &created, bool convert)
{
    const QString id = create(db, S("lead"), {{S("last_name"), S(name)}, {S("owner"), owner}});
    if (convert) {
        LeadConversionOptions o;
        o.createAccount = false;
        auto r = LeadConversion(db).convert(id, o);
        INFO((r.ok() ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
    }
    pin(db, S("lead"), id, S("created_at"), created);
}

void ticket(Database &db, const char *subject, const QString &owner, const QString &status, QVariantMap clock)
{
    QVariantMap v = clock;
    v[S("subject")] = S(subject);
    v[S("status")] = status;
    v[S("owner")] = owner;
    if (status == QLatin1String("resolved"))
        v[S("resolution")] = S("Done");
    const QString id = create(db, S("ticket"), v);
    REQUIRE(pinTicketClock(db, id, clock));
}

} // namespace

void writeKpiDataSet(Database &db)
{
    const QString ana = S("ana"), luis = S("luis");
    const QString a = create(db, S("account"), {{S("name"), S("Ferretería Sol")}});
    const QString b = create(db, S("account"), {{S("name"), S("Bazar Luna")}});
    const QString c = create(db, S("account"), {{S("name"), S("Taller Norte")}});
    const QString d = create(db, S("account"), {{S("name"), S("Vivero Sur")}});
    const QString s1 = create(db, S("service"), {{S("code"), S("S1")}, {S("name"), S("Instalación")}, {S("unit_price"), qint64(10000)},
                                                 {S("tax_class"), S("standard")}});
    const QString s2 = create(db, S("service"), {{S("code"), S("S2")}, {S("name"), S("Mantenimiento")}, {S("unit_price"), qint64(5000)},
                                                 {S("tax_class"), S("standard")}});

    // Invoices (net amounts; 21 % VAT on top is not revenue).
    invoice(db, a, ana, S("2026-01-15"), {{s1, 1}});           // 100.00, A's history
    invoice(db, a, ana, S("2026-02-10"), {{s1, 1}});           // 100.00
    invoice(db, b, luis, S("2026-02-20"), {{s1, 2}});          // 200.00
    invoice(db, a, ana, S("2026-03-05"), {{s1, 1}, {s2, 1}});  // 150.00: S2 is new to A
    const QString credited = invoice(db, a, ana, S("2026-03-20"), {{s1, 1}}); // 100.00
    invoice(db, c, luis, S("2026-03-12"), {{s2, 2}});          // 100.00, C is a new customer
    invoice(db, c, luis, S("2026-03-28"), {{s2, 1}});          // 50.00
    create(db, S("invoice"), {{S("account"), d}, {S("invoice_date"), S("2026-03-15")}}); // a draft: not a sale
    CreditNoteRequest cn;
    cn.invoice = credited;
    cn.reason = S("Returned");
    cn.date = QDate(2026, 3, 25);
    auto note = SalesDocuments(db).creditNote(cn); // all of it: the invoice becomes cancelled
    INFO((note.ok() ? QString() : note.error().message).toStdString());
    REQUIRE(note.ok());

    // Opportunities: March closes O1 won (38 days), O2 won (19.5 days), O3 lost, O6 won in USD (5 days).
    opportunity(db, "O1", ana, 100000, "EUR", utc(2, 1), "Closed won", utc(3, 11));
    opportunity(db, "O2", luis, 50000, "EUR", utc(3, 1, 12), "Closed won", utc(3, 21));
    opportunity(db, "O3", ana, 70000, "EUR", utc(3, 2), "Closed lost", utc(3, 15));
    opportunity(db, "O4", ana, 30000, "EUR", utc(2, 10), "Closed won", utc(2, 20));
    opportunity(db, "O5", luis, 90000, "EUR", utc(3, 3), nullptr, QString());
    opportunity(db, "O6", luis, 20000, "USD", utc(3, 20), "Closed won", utc(3, 25));

    // Leads: March 3 created (one converted), February 1 (converted).
    lead(db, "L1", ana, utc(3, 3, 9), true);
    lead(db, "L2", ana, utc(3, 10, 9), false);
    lead(db, "L3", luis, utc(3, 28, 9), false);
    lead(db, "L4", luis, utc(2, 5, 9), true);

    // Quotes dated in March: accepted, rejected, converted to an order (accepted), sent, expired.
    auto quote = [&](const char *date, const char *status) {
        return create(db, S("quote"), {{S("account"), b}, {S("quote_date"), S(date)}, {S("status"), S(status)}, {S("owner"), ana}});
    };
    quote("2026-03-02", "accepted");
    quote("2026-03-09", "rejected");
    const QString q3 = quote("2026-03-16", "sent");
    auto order = SalesDocuments(db).convert(S("quote"), q3, S("sales_order"));
    INFO((order.ok() ? QString() : order.error().message).toStdString());
    REQUIRE(order.ok());
    quote("2026-03-20", "sent");
    quote("2026-03-25", "expired");

    // Tickets: T1 ana 1 h to respond, 24 h to resolve; T2 luis 3 h, 12 h; T3 unanswered.
    ticket(db, "T1", ana, S("resolved"), {{S("opened_at"), utc(3, 2, 9)}, {S("first_response_at"), utc(3, 2, 10)}, {S("resolved_at"), utc(3, 3, 9)}});
    ticket(db, "T2", luis, S("resolved"), {{S("opened_at"), utc(3, 5, 8)}, {S("first_response_at"), utc(3, 5, 11)}, {S("resolved_at"), utc(3, 5, 20)}});
    ticket(db, "T3", ana, S("open"), {{S("opened_at"), utc(3, 10, 12)}});
}

} // namespace trato::test
