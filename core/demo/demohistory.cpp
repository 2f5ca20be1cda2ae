// SPDX-License-Identifier: GPL-3.0-or-later
#include "demohistory.h"

#include "../inventory/pricing.h"
#include "../inventory/stockledger.h"
#include "../sales/pipelines.h"
#include "../sales/salesdocuments.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace trato {

namespace {

// splitmix64: the same numbers on every machine.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 0xD1B54A32D192ED03ULL) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

QString stamp(const QDate &d, int minuteOfDay)
{
    return QDateTime(d, QTime(8 + (minuteOfDay / 60) % 10, minuteOfDay % 60), Qt::UTC).toString(Qt::ISODate);
}

Status pin(Database &db, const QString &table, const QString &id, const QVariantMap &values)
{
    QStringList sets;
    QVariantList params;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        params << it.value();
    }
    params << id;
    if (auto r = Sql::exec(db.connection(), QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))), params); !r)
        return r.error();
    return {};
}

enum class Profile { Monthly, Quarterly, Big, Lapsed, New, Occasional };

Profile profileOf(int i)
{
    const int r = i % 20;
    if (r < 4)
        return Profile::Monthly;
    if (r < 6)
        return Profile::Quarterly;
    if (r == 6)
        return Profile::Big;
    if (r < 11)
        return Profile::Lapsed;
    if (r < 14)
        return Profile::New;
    return Profile::Occasional;
}

struct Sale
{
    QDate date;
    int customer = 0;
    int order = 0; // tie-break: creation order
};

struct Product
{
    QString id;
    qint64 price = 0;
    qint64 cost = 0;
};

} // namespace

Result<DemoHistorySummary> generateDemoHistory(Database &db, const QDate &todayIn, quint64 seed, qint64 contacts)
{
    const QDate today = todayIn.isValid() ? todayIn : QDate::currentDate();
    DemoHistorySummary summary;
    const int target = int(std::clamp<qint64>(contacts * 15 / 100, 60, 300));
    const QDate first = today.addDays(-730);
    const QDate last = today.addDays(-56); // demosales' documents are the last 50 days
    const int span = int(first.daysTo(last));
    Rng rng(seed ^ 0x4849535459ULL); // "HISTY"

    // The catalog by category: plain products (not the configurable car) with their prices.
    QMap<QString, QList<Product>> byCategory;
    {
        auto q = Sql::exec(db.connection(), QStringLiteral("SELECT id, coalesce(category, ''), coalesce(unit_price, 0), coalesce(cost, 0) FROM product "
                                                           "WHERE deleted = 0 AND coalesce(configurable, 0) = 0 ORDER BY rid"));
        if (!q)
            return q.error();
        while (q.value().next())
            byCategory[q.value().value(1).toString()] << Product{q.value().value(0).toString(), q.value().value(2).toLongLong(),
                                                                  q.value().value(3).toLongLong()};
    }
    QStringList services;
    {
        auto q = Sql::exec(db.connection(), QStringLiteral("SELECT id FROM service WHERE deleted = 0 ORDER BY rid"));
        if (!q)
            return q.error();
        while (q.value().next())
            services << q.value().value(0).toString();
    }
    QStringList accounts;
    QStringList owners;
    {
        auto q = Sql::exec(db.connection(), QStringLiteral("SELECT id, coalesce(owner, '') FROM account WHERE deleted = 0 ORDER BY rid LIMIT ?"),
                           {qlonglong(std::max(15, target / 4))});
        if (!q)
            return q.error();
        while (q.value().next()) {
            accounts << q.value().value(0).toString();
            const QString o = q.value().value(1).toString();
            if (!o.isEmpty() && !owners.contains(o))
                owners << o;
        }
    }
    if (accounts.isEmpty() || byCategory.isEmpty())
        return summary;
    if (owners.isEmpty())
        owners << QString();
    const QStringList categories = byCategory.keys();

    // Each customer's purchase dates by profile.
    std::vector<Sale> sales;
    int order = 0;
    QList<int> favourite; // category index per customer
    for (int c = 0; c < accounts.size(); ++c) {
        favourite << rng.below(int(categories.size()));
        QList<QDate> dates;
        auto every = [&](QDate from, const QDate &to, int lo, int hi) {
            for (QDate d = from; d <= to; d = d.addDays(rng.between(lo, hi)))
                dates << d;
        };
        switch (profileOf(c)) {
        case Profile::Monthly:
            every(first.addDays(rng.below(40)), last.addDays(-rng.below(20)), 24, 38);
            break;
        case Profile::Quarterly:
            every(first.addDays(rng.below(90)), last.addDays(-rng.below(30)), 80, 100);
            break;
        case Profile::Big:
            every(first.addDays(rng.below(30)), last.addDays(-rng.below(10)), 18, 40);
            break;
        case Profile::Lapsed: // stopped buying about a year ago
            every(first.addDays(rng.below(60)), today.addDays(-365 - rng.below(90)), 30, 70);
            break;
        case Profile::New: // first purchase in the last months of the history
            every(last.addDays(-rng.between(20, 110)), last, 20, 45);
            break;
        case Profile::Occasional: {
            const int n = rng.between(1, 3);
            for (int i = 0; i < n; ++i)
                dates << first.addDays(rng.below(span + 1));
            break;
        }
        }
        for (const QDate &d : dates)
            sales.push_back({d, c, order++});
    }
    // Thin out to the target (never a customer's first or last purchase), or top up with occasional ones.
    if (int(sales.size()) > target) {
        QHash<int, QPair<int, int>> ends; // customer -> (first order, last order)
        for (const Sale &s : sales) {
            auto it = ends.find(s.customer);
            if (it == ends.end())
                ends.insert(s.customer, {s.order, s.order});
            else
                it->second = s.order;
        }
        const int keepPerMille = int(qint64(target) * 1000 / qint64(sales.size()));
        std::vector<Sale> kept;
        for (const Sale &s : sales) {
            const auto e = ends.value(s.customer);
            if (s.order == e.first || s.order == e.second || rng.below(1000) < keepPerMille)
                kept.push_back(s);
        }
        sales.swap(kept);
    }
    while (int(sales.size()) < target)
        sales.push_back({first.addDays(rng.below(span + 1)), rng.below(int(accounts.size())), order++});
    std::sort(sales.begin(), sales.end(), [](const Sale &a, const Sale &b) {
        return a.date != b.date ? a.date < b.date : a.order < b.order;
    });

    // Baskets: 1-5 lines from one category (the customer's favourite most of the time), now and
    // then a service; quantities 1-5 units (big customers buy 5-10 times more).
    struct Line
    {
        QString product, service;
        qint64 quantity = 0;
    };
    std::vector<std::vector<Line>> baskets;
    QHash<QString, qint64> needed;
    QHash<QString, qint64> costOf;
    for (const Sale &s : sales) {
        const QString &cat = categories.at(rng.chance(75) ? favourite.at(s.customer) : rng.below(int(categories.size())));
        const QList<Product> &pool = byCategory.value(cat);
        const int lines = std::min<int>(rng.between(1, 5), int(pool.size()));
        const int start = rng.below(int(pool.size()));
        const int factor = profileOf(s.customer) == Profile::Big ? rng.between(5, 10) : 1;
        std::vector<Line> basket;
        for (int i = 0; i < lines; ++i) {
            // Neighbouring products of the category: the same pairs come back together.
            const Product &p = pool.at((start + i) % pool.size());
            const qint64 q = qint64(rng.between(1, 5) * factor) * 1000;
            basket.push_back({p.id, QString(), q});
            needed[p.id] += q;
            costOf[p.id] = p.cost > 0 ? p.cost : p.price * 6 / 10;
        }
        if (!services.isEmpty() && rng.chance(15))
            basket.push_back({QString(), services.at(rng.below(int(services.size()))), 1000});
        baskets.push_back(std::move(basket));
    }

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(db);
    SalesDocuments docs(db);

    // The goods sold in the history were bought first: one receipt per product, dated before it.
    {
        StockLedger ledger(db);
        auto warehouse = ledger.defaultWarehouse();
        if (!warehouse)
            return warehouse.error();
        QList<StockMove> moves;
        for (const QList<Product> &pool : std::as_const(byCategory))
            for (const Product &p : pool) {
                if (!needed.contains(p.id))
                    continue;
                StockMove m;
                m.product = p.id;
                m.warehouse = warehouse.value();
                m.kind = QStringLiteral("receipt");
                m.quantity = needed.value(p.id);
                m.unitCost = costOf.value(p.id);
                m.at = QDateTime(first.addDays(-7), QTime(9, 0), Qt::UTC);
                moves << m;
            }
        if (auto ids = ledger.post(moves); !ids)
            return ids.error();
    }

    // Invoices, issued in date order so the numbers follow the dates. The prices are the catalog's
    // through one PriceResolver (price books included), which keeps its segment memberships: the
    // line rule would build a new resolver, and scan the segment's accounts, for every line.
    PriceResolver prices(db);
    static const char *const subjects[] = {"Pedido mensual", "Reposición", "Pedido de temporada", "Obra", "Pedido urgente", "Campaña"};
    QStringList issued;
    QList<QDate> issuedDates;
    for (size_t k = 0; k < sales.size(); ++k) {
        const Sale &s = sales[k];
        const QString dateText = s.date.toString(Qt::ISODate);
        auto inv = store.create(QStringLiteral("invoice"),
                                {{QStringLiteral("account"), accounts.at(s.customer)},
                                 {QStringLiteral("subject"), QString::fromUtf8(subjects[rng.below(6)])},
                                 {QStringLiteral("invoice_date"), dateText},
                                 {QStringLiteral("payment_terms"), QStringLiteral("30 días")},
                                 {QStringLiteral("owner"), owners.at(s.customer % owners.size())}},
                                RecordStore::Access::System);
        if (!inv)
            return inv.error();
        for (const Line &l : baskets[k]) {
            auto price = prices.price(l.service.isEmpty() ? l.product : l.service, accounts.at(s.customer), s.date, l.quantity);
            if (!price)
                return price.error();
            QVariantMap line{{QStringLiteral("invoice"), inv.value()}, {QStringLiteral("quantity"), l.quantity},
                             {QStringLiteral("unit_price"), price.value().unitPrice}};
            if (l.service.isEmpty()) {
                line.insert(QStringLiteral("product"), l.product);
            } else {
                line.insert(QStringLiteral("kind"), QStringLiteral("service"));
                line.insert(QStringLiteral("service"), l.service);
            }
            if (auto id = store.create(QStringLiteral("sales_line"), line); !id)
                return id.error();
        }
        if (auto number = docs.issue(inv.value()); !number)
            return number.error();
        const QString at = stamp(s.date, int(k % 600));
        if (Status p = pin(db, QStringLiteral("invoice"), inv.value(),
                           {{QStringLiteral("created_at"), at}, {QStringLiteral("updated_at"), at}, {QStringLiteral("issued_at"), at}});
            !p)
            return p.error();
        issued << inv.value();
        issuedDates << s.date;
        ++summary.invoices;
        // Without statistics SQLite reads sales_line through its (deleted, owner) index for
        // "WHERE invoice = ? AND deleted = 0", every line each time: once there are lines,
        // ANALYZE tells it the per-document indexes are the selective ones.
        if (summary.invoices == 40) {
            if (auto a = Sql::exec(db.connection(), QStringLiteral("ANALYZE sales_line")); !a)
                return a.error();
        }
    }

    // A handful of credit notes (a returned line), dated two weeks after their invoice.
    const int credits = std::max(3, summary.invoices / 60);
    for (int i = 0; i < credits && i < summary.invoices; ++i) {
        const int k = int((qint64(i) * 7919 + 11) % summary.invoices);
        CreditNoteRequest cn;
        cn.invoice = issued.at(k);
        cn.reason = QStringLiteral("Mercancía dañada en el transporte");
        cn.quantities = {{1, 1000}};
        cn.date = std::min(issuedDates.at(k).addDays(14), last);
        auto note = docs.creditNote(cn);
        if (!note)
            return note.error();
        const QString at = stamp(cn.date, i * 7);
        if (Status p = pin(db, QStringLiteral("credit_note"), note.value(),
                           {{QStringLiteral("created_at"), at}, {QStringLiteral("updated_at"), at}, {QStringLiteral("issued_at"), at}});
            !p)
            return p.error();
        ++summary.creditNotes;
    }

    // Payments: most in full 10-40 days after the invoice; some in part; a few never (overdue).
    for (int k = 0; k < issued.size(); ++k) {
        const int roll = rng.below(100);
        if (roll < 4)
            continue;
        auto info = docs.load(QStringLiteral("invoice"), issued.at(k));
        if (!info)
            return info.error();
        const qint64 balance = info.value().balanceDue;
        if (balance <= 0)
            continue;
        const qint64 amount = roll < 8 ? balance / 2 : balance;
        if (amount <= 0)
            continue;
        const QDate paid = std::min(issuedDates.at(k).addDays(rng.between(10, 40)), last);
        if (auto p = docs.pay(issued.at(k), amount, paid, QStringLiteral("transfer"), QStringLiteral("TRF-H%1").arg(k + 1)); !p)
            return p.error();
        ++summary.payments;
    }

    // Opportunities closed over the period: about 45 % won, sales cycles of 5-90 days.
    static const char *const lostReasons[] = {"price", "competitor", "no_budget", "no_decision", "timing", "product_fit"};
    static const char *const deals[] = {"Renovación de suministro", "Ampliación de pedido", "Nuevo proveedor", "Proyecto de obra",
                                        "Contrato anual", "Equipamiento de tienda"};
    const int opportunities = std::max(24, target / 3);
    for (int i = 0; i < opportunities; ++i) {
        const QDate created = first.addDays(rng.below(span));
        const QDate closed = std::min(created.addDays(rng.between(5, 90)), today.addDays(-1));
        const bool won = rng.chance(45);
        const int customer = rng.below(int(accounts.size()));
        auto id = store.create(QStringLiteral("opportunity"),
                               {{QStringLiteral("name"), QString::fromUtf8(deals[rng.below(6)])},
                                {QStringLiteral("account"), accounts.at(customer)},
                                {QStringLiteral("amount"), qlonglong(rng.between(8, 300)) * 10000LL},
                                {QStringLiteral("currency"), QStringLiteral("EUR")},
                                {QStringLiteral("owner"), owners.at(rng.below(int(owners.size())))}},
                               RecordStore::Access::System);
        if (!id)
            return id.error();
        if (Status m = Pipelines::move(db, id.value(), won ? QStringLiteral("Closed won") : QStringLiteral("Closed lost"),
                                       won ? QString() : QString::fromLatin1(lostReasons[rng.below(6)]));
            !m)
            return m.error();
        if (Status p = pin(db, QStringLiteral("opportunity"), id.value(),
                           {{QStringLiteral("created_at"), stamp(created, i)},
                            {QStringLiteral("closed_at"), stamp(closed, i + 200)},
                            {QStringLiteral("updated_at"), stamp(closed, i + 200)}});
            !p)
            return p.error();
        ++summary.opportunities;
    }

    // Decided quotes: accepted, rejected or expired, one line each.
    const QList<Product> &anyPool = byCategory.first();
    const int quotes = std::max(20, target / 3);
    for (int i = 0; i < quotes; ++i) {
        const QDate date = first.addDays(rng.below(span));
        const int roll = rng.below(100);
        const QString status = roll < 50 ? QStringLiteral("accepted") : roll < 80 ? QStringLiteral("rejected") : QStringLiteral("expired");
        const QString &quoteAccount = accounts.at(rng.below(int(accounts.size())));
        auto q = store.create(QStringLiteral("quote"),
                              {{QStringLiteral("account"), quoteAccount},
                               {QStringLiteral("subject"), QString::fromUtf8(subjects[rng.below(6)])},
                               {QStringLiteral("quote_date"), date.toString(Qt::ISODate)},
                               {QStringLiteral("valid_until"), date.addDays(30).toString(Qt::ISODate)},
                               {QStringLiteral("owner"), owners.at(rng.below(int(owners.size())))}},
                              RecordStore::Access::System);
        if (!q)
            return q.error();
        const Product &p = anyPool.at(rng.below(int(anyPool.size())));
        const qint64 quantity = qlonglong(rng.between(1, 8)) * 1000;
        auto price = prices.price(p.id, quoteAccount, date, quantity);
        if (!price)
            return price.error();
        if (auto l = store.create(QStringLiteral("sales_line"), {{QStringLiteral("quote"), q.value()}, {QStringLiteral("product"), p.id},
                                                                 {QStringLiteral("quantity"), quantity},
                                                                 {QStringLiteral("unit_price"), price.value().unitPrice}});
            !l)
            return l.error();
        if (Status s = store.update(QStringLiteral("quote"), q.value(), {{QStringLiteral("status"), status}}); !s)
            return s.error();
        const QString at = stamp(date, i);
        if (Status s = pin(db, QStringLiteral("quote"), q.value(), {{QStringLiteral("created_at"), at}, {QStringLiteral("updated_at"), at}}); !s)
            return s.error();
        ++summary.quotes;
    }

    // Leads over the months: the old ones decided (converted or disqualified) more often than the recent.
    static const char *const sources[] = {"web", "web", "referral", "event", "cold_call", "other"};
    static const char *const reasons[] = {"no_interest", "no_budget", "competitor", "unreachable"};
    static const char *const firstNames[] = {"Lucía", "Javier", "Marta", "Pablo", "Elena", "Sergio", "Nuria", "Diego"};
    static const char *const lastNames[] = {"Navarro", "Ortega", "Romero", "Castillo", "Iglesias", "Vidal", "Campos", "Prieto"};
    const int leads = std::max(30, target / 2);
    for (int i = 0; i < leads; ++i) {
        const QDate created = first.addDays(rng.below(int(first.daysTo(today))));
        const bool old = created.daysTo(today) > 60;
        const char *source = sources[rng.below(6)];
        const int roll = rng.below(100);
        // Referrals and events convert more often: a signal for the lead score.
        const int convertPct = qstrcmp(source, "referral") == 0 || qstrcmp(source, "event") == 0 ? 45 : 15;
        QString status;
        if (old)
            status = roll < convertPct ? QStringLiteral("converted") : roll < convertPct + 40 ? QStringLiteral("disqualified") : QStringLiteral("contacted");
        else
            status = roll < 50 ? QStringLiteral("new") : roll < 80 ? QStringLiteral("contacted") : QStringLiteral("qualified");
        QVariantMap v{{QStringLiteral("first_name"), QString::fromUtf8(firstNames[rng.below(8)])},
                      {QStringLiteral("last_name"), QString::fromUtf8(lastNames[rng.below(8)])},
                      {QStringLiteral("company"), QStringLiteral("Comercial %1 S.L.").arg(QString::fromUtf8(lastNames[rng.below(8)]))},
                      {QStringLiteral("source"), QString::fromLatin1(source)},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("owner"), owners.at(rng.below(int(owners.size())))}};
        if (status == QLatin1String("disqualified"))
            v.insert(QStringLiteral("disqualified_reason"), QString::fromLatin1(reasons[rng.below(4)]));
        auto id = store.create(QStringLiteral("lead"), v, RecordStore::Access::System);
        if (!id)
            return id.error();
        QVariantMap pins{{QStringLiteral("created_at"), stamp(created, i)}, {QStringLiteral("updated_at"), stamp(created, i)}};
        if (status == QLatin1String("converted"))
            pins.insert(QStringLiteral("converted_at"), stamp(created.addDays(rng.between(7, 45)), i));
        if (Status s = pin(db, QStringLiteral("lead"), id.value(), pins); !s)
            return s.error();
        ++summary.leads;
    }

    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace trato
