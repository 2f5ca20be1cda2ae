// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"
#include "demoactivities.h"
#include "demostock.h"
#include "democatalog.h"
#include "demosupport.h"
#include "demokb.h" // support: knowledge base and contracts
// analytics: dashboards
#include "demodashboards.h"
// analytics: reports
#include "demoreports.h"
// analytics: scoring
#include "../analytics/scoring.h"
#include "demopipeline.h"
#include "demosales.h"
#include "demohistory.h"
#include "../store/recordstore.h"
#include "../telemarketing/calllistservice.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/bulkwriter.h"
#include "../store/database.h"
#include "../store/schemabuilder.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"
#include "../util/taxid.h"
#include "../util/uuid7.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>

#include <sqlite3.h>

#include <functional>
#include <vector>

namespace trato {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::DemoData", text);
}

// splitmix64: tiny, fast and the same everywhere, which std::uniform_int_distribution is not.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ull + 0x1234567ull) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<size_t N>
    const char *pick(const char *const (&list)[N]) { return list[below(int(N))]; }

private:
    quint64 m_state;
};

const char *const kSpanishFirst[] = {
    "María", "José", "Antonio", "Carmen", "Manuel", "Ana", "Francisco", "Laura", "David", "Isabel",
    "Juan", "Lucía", "Javier", "Marta", "Daniel", "Cristina", "Carlos", "Elena", "Miguel", "Pilar",
    "Alejandro", "Raquel", "Rafael", "Sara", "Pablo", "Paula", "Sergio", "Nuria", "Fernando", "Rocío",
    "Jorge", "Beatriz", "Luis", "Silvia", "Alberto", "Teresa", "Álvaro", "Inés", "Íñigo", "Begoña",
    "Jesús", "Montserrat", "Ramón", "Concepción", "Andrés", "Mercedes", "Joaquín", "Ángela", "Ignacio", "Noelia"};
const char *const kSpanishLast[] = {
    "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
    "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez",
    "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina",
    "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Núñez",
    "Iglesias", "Medina", "Garrido", "Cortés", "Castillo", "Santos", "Lozano", "Guerrero", "Cano", "Prieto",
    "Méndez", "Cruz", "Calvo", "Gallego", "Vidal", "León", "Herrera", "Márquez", "Peña", "Ibáñez",
    "Aguirre", "Etxeberria", "Puig", "Ferrer", "Soler", "Vila", "Castells", "Otero", "Rial", "Quiroga"};
const char *const kIntlFirst[] = {
    "John", "Emma", "Oliver", "Sophie", "Lucas", "Chloé", "Hans", "Anna", "Marco", "Giulia",
    "João", "Beatriz", "Pierre", "Camille", "Liam", "Olivia", "Mateo", "Valentina", "Noah", "Zoë",
    "Sean", "Aoife", "Lars", "Ingrid", "Piotr", "Zofia", "Ahmed", "Fatima", "Wei", "Yuki"};
const char *const kIntlLast[] = {
    "Smith", "Johnson", "Brown", "Müller", "Schmidt", "Rossi", "Bianchi", "Dubois", "Lefèvre", "Silva",
    "Santos", "Jansen", "de Vries", "O'Brien", "Murphy", "Nielsen", "Kowalski", "Nowak", "Wilson", "Taylor",
    "Moreau", "Ferreira", "Weber", "Costa", "Andersson", "Byrne", "Fischer", "Bernard", "Romano", "Martins"};
const char *const kCompanyKind[] = {
    "Construcciones", "Talleres", "Distribuciones", "Suministros", "Transportes", "Reformas",
    "Asesoría", "Clínica Dental", "Panadería", "Ferretería", "Instalaciones", "Viveros",
    "Bodegas", "Hostal", "Consultores", "Gráficas", "Carpintería", "Electricidad", "Autoescuela", "Óptica"};
const char *const kIntlCompany[] = {
    "Northwind", "Bluewave", "Greenfield", "Atlas", "Nordic", "Alpine", "Harbor", "Summit", "Riverside", "Brightline"};
const char *const kIntlKind[] = {"Trading", "Logistics", "Foods", "Software", "Partners", "Supplies", "Design", "Energy"};
const char *const kSpanishForm[] = {"S.L.", "S.A.", "S.L.U.", "S.Coop.", "C.B."};
const char *const kIntlForm[] = {"Ltd", "GmbH", "SARL", "B.V.", "Inc.", "S.r.l.", "Lda."};
const char *const kSpanishCity[] = {
    "Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Murcia", "Palma", "Bilbao", "Alicante",
    "Córdoba", "Valladolid", "Vigo", "Gijón", "A Coruña", "Granada", "Vitoria-Gasteiz", "Elche", "Oviedo", "Pamplona",
    "Santander", "Salamanca", "Cáceres", "León", "Logroño", "Cádiz", "Jaén", "Lleida", "Girona", "Toledo"};
// Province and postal-code prefix of each Spanish city above, in the same order.
const char *const kSpanishProvince[][2] = {
    {"Madrid", "28"}, {"Barcelona", "08"}, {"Valencia", "46"}, {"Sevilla", "41"}, {"Zaragoza", "50"},
    {"Málaga", "29"}, {"Murcia", "30"}, {"Illes Balears", "07"}, {"Bizkaia", "48"}, {"Alicante", "03"},
    {"Córdoba", "14"}, {"Valladolid", "47"}, {"Pontevedra", "36"}, {"Asturias", "33"}, {"A Coruña", "15"},
    {"Granada", "18"}, {"Araba/Álava", "01"}, {"Alicante", "03"}, {"Asturias", "33"}, {"Navarra", "31"},
    {"Cantabria", "39"}, {"Salamanca", "37"}, {"Cáceres", "10"}, {"León", "24"}, {"La Rioja", "26"},
    {"Cádiz", "11"}, {"Jaén", "23"}, {"Lleida", "25"}, {"Girona", "17"}, {"Toledo", "45"}};
static_assert(std::size(kSpanishProvince) == std::size(kSpanishCity));
const char *const kIntlCity[][2] = {
    {"Lisboa", "Portugal"}, {"Porto", "Portugal"}, {"Paris", "France"}, {"Lyon", "France"}, {"Berlin", "Germany"},
    {"München", "Germany"}, {"Milano", "Italy"}, {"London", "United Kingdom"}, {"Dublin", "Ireland"},
    {"Amsterdam", "Netherlands"}, {"Ciudad de México", "Mexico"}, {"Buenos Aires", "Argentina"}, {"Bogotá", "Colombia"}};
const char *const kTitles[] = {
    "Gerente", "Director comercial", "Jefa de compras", "Administración", "Responsable de almacén",
    "Propietario", "Técnico", "Office manager", "Purchasing manager", "CEO", "Contable", "Recepción"};
const char *const kFreeMail[] = {"gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "telefonica.net"};
const char *const kNotes[] = {
    "Prefiere que le llamen por la mañana.", "Interesado en el catálogo nuevo.",
    "Pidió presupuesto en la feria.", "Cliente desde hace años, muy fiel.",
    "Met at the trade fair in Lisbon.", "Asked for a call back next quarter.", ""};

struct Address
{
    QVariant postalCode, province;
};

// A postal code and province for a city; foreign cities get neither (formats differ per country).
Address addressFor(const QString &city, Rng &rng)
{
    for (size_t i = 0; i < std::size(kSpanishCity); ++i) {
        if (city == QString::fromUtf8(kSpanishCity[i]))
            return {QString(QString::fromLatin1(kSpanishProvince[i][1]) + QStringLiteral("%1").arg(rng.below(1000), 3, 10, QLatin1Char('0'))),
                    QString::fromUtf8(kSpanishProvince[i][0])};
    }
    return {};
}

// A valid CIF of a limited company (B + 7 digits + control digit), so demo accounts pass the checks.
QString demoCif(Rng &rng)
{
    const QString digits = QStringLiteral("%1").arg(rng.below(10000000), 7, 10, QLatin1Char('0'));
    for (int control = 0; control < 10; ++control) {
        const QString candidate = QStringLiteral("B") + digits + QString::number(control);
        if (TaxId::check(candidate).kind == TaxId::Kind::Cif)
            return candidate;
    }
    return {};
}

QString ascii(const QString &s)
{
    QString d = s.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (QChar c : d) {
        if (c.isMark())
            continue;
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            out += c;
    }
    return out;
}

struct Person
{
    QString first, last, city, country;
    bool spanish = true;
};

Person makePerson(Rng &rng)
{
    Person p;
    p.spanish = rng.chance(80);
    if (p.spanish) {
        p.first = QString::fromUtf8(rng.pick(kSpanishFirst));
        p.last = QString::fromUtf8(rng.pick(kSpanishLast));
        if (rng.chance(60))
            p.last += QLatin1Char(' ') + QString::fromUtf8(rng.pick(kSpanishLast));
        p.city = QString::fromUtf8(rng.pick(kSpanishCity));
        p.country = QStringLiteral("España");
    } else {
        p.first = QString::fromUtf8(rng.pick(kIntlFirst));
        p.last = QString::fromUtf8(rng.pick(kIntlLast));
        const auto &c = kIntlCity[rng.below(int(std::size(kIntlCity)))];
        p.city = QString::fromUtf8(c[0]);
        p.country = QString::fromUtf8(c[1]);
    }
    return p;
}

QString spanishPhone(Rng &rng, bool mobile)
{
    const int first = mobile ? (rng.chance(80) ? 6 : 7) : 9;
    return QStringLiteral("+34 %1%2 %3 %4")
        .arg(first)
        .arg(rng.below(100), 2, 10, QLatin1Char('0'))
        .arg(rng.below(1000), 3, 10, QLatin1Char('0'))
        .arg(rng.below(1000), 3, 10, QLatin1Char('0'));
}

QString intlPhone(Rng &rng)
{
    static const char *const prefixes[] = {"+351", "+33", "+49", "+39", "+44", "+353", "+31", "+52", "+54", "+57"};
    return QStringLiteral("%1 %2 %3 %4")
        .arg(QString::fromLatin1(rng.pick(prefixes)))
        .arg(rng.below(1000), 3, 10, QLatin1Char('0'))
        .arg(rng.below(1000), 3, 10, QLatin1Char('0'))
        .arg(rng.below(10000), 4, 10, QLatin1Char('0'));
}

const QString kDemoKind = QStringLiteral("demo"); // bulk_operation.kind of the records made here

qint64 maxRid(const QSqlDatabase &conn, const QString &table)
{
    auto r = Sql::exec(conn, QStringLiteral("SELECT coalesce(max(rid), 0) FROM %1").arg(Sql::ident(table)));
    return r && r.value().next() ? r.value().value(0).toLongLong() : 0;
}

} // namespace

Result<DemoSummary> DemoData::generate(Database &db, const DemoOptions &options)
{
    if (options.contacts < 1 || options.contacts > 10'000'000)
        return Error::badInput(tr("The demo size must be between 1 and 10,000,000 contacts."));
    DemoSummary summary;
    summary.contacts = options.contacts;
    summary.accounts = qMax<qint64>(5, options.contacts / 8);
    summary.leads = qMax<qint64>(10, options.contacts / 4);
    summary.campaigns = qBound(qint64(4), options.contacts / 5000, qint64(200));
    const qint64 total = summary.accounts + summary.contacts + summary.leads;
    Rng rng(options.seed);
    // Fields added after the first release draw from their own generator, so the people a seed gives
    // (names, emails, phones) stay the same as before.
    Rng extra(options.seed ^ 0x5EEDC0DEull);

    Transaction tx(db, Transaction::Bulk);
    if (!tx.isActive())
        return tx.error();
    sqlite3 *h = Sql::handle(tx.connection());
    BulkCache cache(tx.connection());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString user = db.user();
    const QString note = tr("demo data, seed %1, size %2").arg(options.seed).arg(options.contacts);
    DemoActivities activities(options.seed, options.contacts, user, options.now);
    qint64 done = 0;
    auto tick = [&]() {
        ++done;
        if (options.progress && (done % 1000) == 0)
            return options.progress(done, total);
        return true;
    };
    const Status cancelled = Error::badInput(tr("Demo data generation was cancelled; nothing was written."));

    // --- accounts
    std::vector<QString> accountIds;
    std::vector<QString> accountNames;
    std::vector<QString> accountCities;
    accountIds.reserve(size_t(summary.accounts));
    {
        const QStringList cols = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("industry"),
                                  QStringLiteral("tax_id"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("website"),
                                  QStringLiteral("employees"), QStringLiteral("annual_revenue"), QStringLiteral("city"),
                                  QStringLiteral("country"), QStringLiteral("rating"), QStringLiteral("owner"),
                                  QStringLiteral("postal_code"), QStringLiteral("province"),
                                  QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("created_by")};
        IndexPause pause(tx.connection(), *db.registry()->entity(QStringLiteral("account")));
        BulkInsert ins(h, *db.registry()->entity(QStringLiteral("account")), cols);
        if (!ins.error().isEmpty())
            return Error::failure(ins.error());
        static const char *const types[] = {"customer", "customer", "customer", "prospect", "prospect", "partner", "supplier", "reseller", "competitor"};
        static const char *const industries[] = {"retail", "manufacturing", "hospitality", "construction", "services", "technology", "health", "education", "agriculture", "transport"};
        static const char *const ratings[] = {"hot", "warm", "cold"};
        const qint64 first = maxRid(tx.connection(), QStringLiteral("account")) + 1;
        for (qint64 i = 0; i < summary.accounts; ++i) {
            const Person p = makePerson(rng);
            QString name, domain;
            if (p.spanish) {
                name = QString::fromUtf8(rng.pick(kCompanyKind)) + QLatin1Char(' ')
                    + (rng.chance(50) ? p.last.section(QLatin1Char(' '), 0, 0) : p.city) + QLatin1Char(' ')
                    + QString::fromUtf8(rng.pick(kSpanishForm));
            } else {
                name = QString::fromUtf8(rng.pick(kIntlCompany)) + QLatin1Char(' ') + QString::fromUtf8(rng.pick(kIntlKind))
                    + QLatin1Char(' ') + QString::fromUtf8(rng.pick(kIntlForm));
            }
            if (i >= 50)
                name += QStringLiteral(" %1").arg(i / 50); // keep names mostly unique at scale
            domain = ascii(name.section(QLatin1Char(' '), 0, 1)) + (p.spanish ? QStringLiteral(".es") : QStringLiteral(".com"));
            const QString id = Uuid7::create();
            if (p.spanish)
                rng.below(100000000); // the draw of the first release's (unchecked) tax ids
            const QString taxId = p.spanish ? demoCif(extra) : QString();
            const Address address = addressFor(p.city, extra);
            QVariantList v = {id, name, QString::fromLatin1(rng.pick(types)), QString::fromLatin1(rng.pick(industries)),
                              taxId.isEmpty() ? QVariant() : QVariant(taxId),
                              p.spanish ? spanishPhone(rng, false) : intlPhone(rng),
                              QString(QStringLiteral("info@") + domain), QString(QStringLiteral("https://www.") + domain),
                              qlonglong(1 + rng.below(250)), qlonglong(rng.below(5000) + 50) * 100000LL,
                              p.city, p.country, QString::fromLatin1(rng.pick(ratings)), user,
                              address.postalCode, address.province, now, now, user};
            if (!ins.insert(v))
                return Error::failure(ins.error());
            accountIds.push_back(id);
            activities.addAccount(id, name, v.at(5).toString());
            accountNames.push_back(name);
            accountCities.push_back(p.city);
            if (!tick())
                return cancelled.error();
        }
        const Status r = pause.resume();
        if (!r)
            return r.error();
        const Status s = finishBulk(tx, db, QStringLiteral("account"), first, maxRid(tx.connection(), QStringLiteral("account")), kDemoKind, note);
        if (!s)
            return s.error();
    }

    // --- campaigns
    struct CampaignInfo
    {
        QString id;
        const char *type;
    };
    std::vector<CampaignInfo> campaigns;
    {
        const QStringList cols = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("status"),
                                  QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("budget"),
                                  QStringLiteral("actual_cost"), QStringLiteral("expected_revenue"), QStringLiteral("expected_response"),
                                  QStringLiteral("objective"), QStringLiteral("owner"), QStringLiteral("created_at"),
                                  QStringLiteral("updated_at"), QStringLiteral("created_by")};
        BulkInsert ins(h, *db.registry()->entity(QStringLiteral("campaign")), cols);
        if (!ins.error().isEmpty())
            return Error::failure(ins.error());
        struct Kind { const char *type; const char *name; const char *objective; };
        static const Kind kinds[] = {
            {"trade_show", "Feria %1", "Captar distribuidores en la feria"},
            {"email", "Boletín de %1", "Reactivar clientes con el catálogo nuevo"},
            {"telemarketing", "Llamadas de seguimiento %1", "Cualificar los pre-contactos de la web"},
            {"webinar", "Webinar de producto %1", "Presentar la gama nueva"},
            {"direct_mail", "Buzoneo %1", "Dar a conocer la tienda nueva"},
            {"advertising", "Anuncios en prensa local %1", "Notoriedad de marca"},
            {"referral", "Programa de recomendación %1", "Clientes que traen clientes"},
            {"social", "Campaña en redes %1", "Tráfico a la web"}};
        const QDate today = QDate::currentDate();
        const qint64 first = maxRid(tx.connection(), QStringLiteral("campaign")) + 1;
        for (qint64 i = 0; i < summary.campaigns; ++i) {
            const Kind &k = kinds[i % qint64(std::size(kinds))];
            const QString city = QString::fromUtf8(extra.pick(kSpanishCity));
            const QDate start = today.addDays(-extra.below(400) + 60);
            const QDate end = start.addDays(14 + extra.below(90));
            const char *status = start > today ? "planned" : end < today ? (extra.chance(10) ? "cancelled" : "completed") : "active";
            const qlonglong budget = qlonglong(extra.below(200) + 10) * 10000LL; // 1,000 – 20,900 euros, in cents
            const bool started = start <= today;
            QVariantList v = {Uuid7::create(), QString::fromUtf8(k.name).arg(i < qint64(std::size(kinds)) ? city : QStringLiteral("%1 %2").arg(city).arg(i)),
                              QString::fromLatin1(k.type), QString::fromLatin1(status),
                              start.toString(Qt::ISODate), end.toString(Qt::ISODate), budget,
                              started ? QVariant(budget * (60 + extra.below(60)) / 100) : QVariant(),
                              budget * (3 + extra.below(8)), double(2 + extra.below(15)),
                              QString::fromUtf8(k.objective), user, now, now, user};
            if (!ins.insert(v))
                return Error::failure(ins.error());
            campaigns.push_back({v.first().toString(), k.type});
        }
        const Status s = finishBulk(tx, db, QStringLiteral("campaign"), first, maxRid(tx.connection(), QStringLiteral("campaign")), kDemoKind, note);
        if (!s)
            return s.error();
    }
    // Campaign members chosen on the way: (campaign index, lead id or contact id, member status).
    struct Member
    {
        size_t campaign;
        QString lead, contact;
        const char *status;
    };
    std::vector<Member> members;
    static const char *const memberStatuses[] = {"planned", "sent", "sent", "sent", "responded", "responded", "opted_out"};

    // --- contacts
    {
        const QStringList cols = {QStringLiteral("id"), QStringLiteral("salutation"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                                  QStringLiteral("account"), QStringLiteral("title"), QStringLiteral("email"), QStringLiteral("phone"),
                                  QStringLiteral("mobile"), QStringLiteral("city"), QStringLiteral("birthday"), QStringLiteral("do_not_call"),
                                  QStringLiteral("description"), QStringLiteral("owner"), QStringLiteral("created_at"),
                                  QStringLiteral("updated_at"), QStringLiteral("created_by"), QStringLiteral("postal_code"),
                                  QStringLiteral("province"), QStringLiteral("country"), QStringLiteral("lead_source"),
                                  QStringLiteral("best_time"), QStringLiteral("email_opt_out"), QStringLiteral("consent_date")};
        static const char *const contactSources[] = {"referral", "web", "event", "existing_customer", "cold_call", "partner", "advertising"};
        static const char *const bestTimes[] = {"morning", "morning", "midday", "afternoon", "evening", "any"};
        IndexPause pause(tx.connection(), *db.registry()->entity(QStringLiteral("contact")));
        BulkInsert ins(h, *db.registry()->entity(QStringLiteral("contact")), cols);
        if (!ins.error().isEmpty())
            return Error::failure(ins.error());
        const qint64 first = maxRid(tx.connection(), QStringLiteral("contact")) + 1;
        for (qint64 i = 0; i < summary.contacts; ++i) {
            const Person p = makePerson(rng);
            const size_t acc = size_t(rng.next() % quint64(accountIds.size()));
            const bool hasAccount = rng.chance(85);
            QString local = ascii(p.first) + QLatin1Char('.') + ascii(p.last.section(QLatin1Char(' '), 0, 0));
            if (i >= 1000)
                local += QString::number(i % 997);
            const QString email = hasAccount && rng.chance(70)
                ? QString(local + QLatin1Char('@') + ascii(accountNames[acc].section(QLatin1Char(' '), 0, 1)) + QStringLiteral(".es"))
                : QString(local + QLatin1Char('@') + QString::fromLatin1(rng.pick(kFreeMail)));
            const QDate birthday = rng.chance(40) ? QDate(1950 + rng.below(50), 1 + rng.below(12), 1 + rng.below(28)) : QDate();
            const QString city = hasAccount ? accountCities[acc] : p.city;
            const Address address = addressFor(city, extra);
            const bool optOut = extra.chance(4);
            const QString id = Uuid7::create();
            if (extra.chance(3))
                members.push_back({size_t(extra.below(int(campaigns.size()))), QString(), id, extra.pick(memberStatuses)});
            QVariantList v = {id,
                              p.spanish ? QVariant(QString::fromLatin1(rng.chance(50) ? "mr" : "ms")) : QVariant(),
                              p.first, p.last, hasAccount ? QVariant(accountIds[acc]) : QVariant(),
                              QString::fromUtf8(rng.pick(kTitles)), email,
                              p.spanish ? spanishPhone(rng, false) : intlPhone(rng),
                              p.spanish ? spanishPhone(rng, true) : intlPhone(rng),
                              hasAccount ? accountCities[acc] : p.city,
                              birthday.isValid() ? QVariant(birthday.toString(Qt::ISODate)) : QVariant(),
                              qlonglong(rng.chance(5) ? 1 : 0), QString::fromUtf8(rng.pick(kNotes)),
                              user, now, now, user, address.postalCode, address.province,
                              address.province.isNull() ? p.country : QStringLiteral("España"),
                              extra.chance(70) ? QVariant(QString::fromLatin1(extra.pick(contactSources))) : QVariant(),
                              extra.chance(50) ? QVariant(QString::fromLatin1(extra.pick(bestTimes))) : QVariant(),
                              qlonglong(optOut ? 1 : 0),
                              extra.chance(60) || optOut ? QVariant(QDate::currentDate().addDays(-extra.below(900)).toString(Qt::ISODate)) : QVariant()};
            if (!ins.insert(v))
                return Error::failure(ins.error());
            activities.addContact(id, p.first + QLatin1Char(' ') + p.last, v.at(7).toString(), hasAccount ? qint64(acc) : -1);
            if (!tick())
                return cancelled.error();
        }
        const Status r = pause.resume();
        if (!r)
            return r.error();
        const Status s = finishBulk(tx, db, QStringLiteral("contact"), first, maxRid(tx.connection(), QStringLiteral("contact")), kDemoKind, note);
        if (!s)
            return s.error();
    }

    // --- leads
    {
        const QStringList cols = {QStringLiteral("id"), QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("company"),
                                  QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("source"), QStringLiteral("status"),
                                  QStringLiteral("rating"), QStringLiteral("interest"), QStringLiteral("estimated_value"),
                                  QStringLiteral("probability"), QStringLiteral("owner"), QStringLiteral("created_at"),
                                  QStringLiteral("updated_at"), QStringLiteral("created_by"), QStringLiteral("city"),
                                  QStringLiteral("province"), QStringLiteral("country"), QStringLiteral("disqualified_reason"),
                                  QStringLiteral("campaign")};
        static const char *const reasons[] = {"no_interest", "no_budget", "competitor", "unreachable", "duplicate", "bad_data"};
        IndexPause pause(tx.connection(), *db.registry()->entity(QStringLiteral("lead")));
        BulkInsert ins(h, *db.registry()->entity(QStringLiteral("lead")), cols);
        if (!ins.error().isEmpty())
            return Error::failure(ins.error());
        static const char *const sources[] = {"referral", "web", "web", "event", "cold_call", "campaign", "other"};
        static const char *const statuses[] = {"new", "new", "new", "contacted", "contacted", "qualified", "converted", "disqualified"};
        static const char *const ratings[] = {"hot", "warm", "cold"};
        static const char *const interests[] = {"products", "services", "products;services", "support", "training", "products;training"};
        const qint64 first = maxRid(tx.connection(), QStringLiteral("lead")) + 1;
        for (qint64 i = 0; i < summary.leads; ++i) {
            const Person p = makePerson(rng);
            const QString company = p.spanish
                ? QString(QString::fromUtf8(rng.pick(kCompanyKind)) + QLatin1Char(' ') + p.city + QLatin1Char(' ') + QString::fromUtf8(rng.pick(kSpanishForm)))
                : QString(QString::fromUtf8(rng.pick(kIntlCompany)) + QLatin1Char(' ') + QString::fromUtf8(rng.pick(kIntlKind)));
            const char *source = rng.pick(sources);
            const char *status = rng.pick(statuses);
            const QString id = Uuid7::create();
            QVariant campaign;
            if (qstrcmp(source, "campaign") == 0) {
                const size_t c = size_t(extra.below(int(campaigns.size())));
                campaign = campaigns[c].id;
                static const QHash<QByteArray, const char *> byLeadStatus = {
                    {"new", "sent"}, {"contacted", "responded"}, {"qualified", "responded"},
                    {"converted", "converted"}, {"disqualified", "opted_out"}};
                members.push_back({c, id, QString(), byLeadStatus.value(status, "sent")});
            }
            const Address address = addressFor(p.city, extra);
            QVariantList v = {id, p.first, p.last, company,
                              QString(ascii(p.first) + QString::number(i % 1000) + QLatin1Char('@') + QString::fromLatin1(rng.pick(kFreeMail))),
                              p.spanish ? spanishPhone(rng, rng.chance(60)) : intlPhone(rng),
                              QString::fromLatin1(source), QString::fromLatin1(status),
                              QString::fromLatin1(rng.pick(ratings)), QString::fromLatin1(rng.pick(interests)),
                              qlonglong(rng.below(500) + 5) * 10000LL, double(rng.below(10) * 10),
                              user, now, now, user, p.city, address.province, p.country,
                              qstrcmp(status, "disqualified") == 0 ? QVariant(QString::fromLatin1(extra.pick(reasons))) : QVariant(),
                              campaign};
            if (!ins.insert(v))
                return Error::failure(ins.error());
            activities.addLead(id, p.first + QLatin1Char(' ') + p.last, v.at(5).toString());
            if (!tick())
                return cancelled.error();
        }
        const Status r = pause.resume();
        if (!r)
            return r.error();
        const Status s = finishBulk(tx, db, QStringLiteral("lead"), first, maxRid(tx.connection(), QStringLiteral("lead")), kDemoKind, note);
        if (!s)
            return s.error();
    }

    // --- campaign members
    {
        const QStringList cols = {QStringLiteral("id"), QStringLiteral("campaign"), QStringLiteral("lead"), QStringLiteral("contact"),
                                  QStringLiteral("status"), QStringLiteral("status_date"), QStringLiteral("owner"),
                                  QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("created_by")};
        IndexPause pause(tx.connection(), *db.registry()->entity(QStringLiteral("campaign_member")));
        BulkInsert ins(h, *db.registry()->entity(QStringLiteral("campaign_member")), cols);
        if (!ins.error().isEmpty())
            return Error::failure(ins.error());
        const qint64 first = maxRid(tx.connection(), QStringLiteral("campaign_member")) + 1;
        const QDate today = QDate::currentDate();
        for (const Member &m : members) {
            QVariantList v = {Uuid7::create(), campaigns[m.campaign].id,
                              m.lead.isEmpty() ? QVariant() : QVariant(m.lead),
                              m.contact.isEmpty() ? QVariant() : QVariant(m.contact),
                              QString::fromLatin1(m.status), today.addDays(-extra.below(120)).toString(Qt::ISODate),
                              user, now, now, user};
            if (!ins.insert(v))
                return Error::failure(ins.error());
        }
        summary.campaignMembers = qint64(members.size());
        const Status r = pause.resume();
        if (!r)
            return r.error();
        const Status s = finishBulk(tx, db, QStringLiteral("campaign_member"), first,
                                    maxRid(tx.connection(), QStringLiteral("campaign_member")), kDemoKind, note);
        if (!s)
            return s.error();
    }

    // --- activities of the demo team (core/demo/demoactivities.cpp)
    {
        auto n = activities.write(tx, db, kDemoKind, note);
        if (!n)
            return n.error();
        summary.activities = n.value();
    }

    // The rest goes through the record path (RecordStore, the ledger): the capture, FTS and
    // stock-balance triggers must run for it, so the bulk flag is lowered for the rest of the load.
    if (auto r = Sql::exec(tx.connection(), QStringLiteral("UPDATE sync_context SET bulk = 0 WHERE id = 1")); !r)
        return r.error();

    // --- a call script and a call list from the first telemarketing campaign, so the
    // Telemarketing page has work to show (core/telemarketing)
    for (const CampaignInfo &c : campaigns) {
        if (qstrcmp(c.type, "telemarketing") != 0)
            continue;
        RecordStore store(db);
        auto script = store.create(QStringLiteral("call_script"),
                                   {{QStringLiteral("name"), QStringLiteral("Cualificación de pre-contactos web")},
                                    {QStringLiteral("body"), QStringLiteral(
                                         "Buenos días, {first_name}. Le llama {operator}, de nuestra empresa: hace poco nos "
                                         "pidió información en la web y queríamos saber qué necesita {company}.\n\n"
                                         "Pregunte por el proyecto, el plazo y el presupuesto. Si hay interés, proponga una "
                                         "reunión esta semana.")},
                                    {QStringLiteral("questions"), QStringLiteral(
                                         "title | ¿Qué cargo ocupa en la empresa?\n"
                                         "email | ¿A qué correo le enviamos la información?")}},
                                   RecordStore::Access::System);
        if (!script)
            return script.error();
        CallListService::Source source;
        source.campaignId = c.id;
        auto list = CallListService(db).create(QStringLiteral("Seguimiento de la campaña telefónica"), source, script.value());
        if (!list)
            return list.error();
        summary.callListEntries = list->added;
        break;
    }

    // Inventario's catalog (core/demo/democatalog.cpp).
    if (auto catalog = DemoCatalog::generate(db); !catalog) {
        return catalog.error();
    } else if (catalog->products > 0) {
        // ...and its stock: receipts, shipments and an adjustment through the ledger (demostock.cpp).
        auto products = Sql::exec(tx.connection(), QStringLiteral("SELECT id FROM product WHERE deleted = 0 ORDER BY rid"));
        if (!products)
            return products.error();
        QStringList ids;
        while (products.value().next())
            ids << products.value().value(0).toString();
        if (auto stock = generateDemoStock(db, ids); !stock)
            return stock.error();
    }

    // Comercial's opportunities across the pipeline (core/demo/demopipeline.cpp).
    if (auto pipeline = generateDemoPipeline(db, options.now.isValid() ? options.now.date() : QDate::currentDate()); !pipeline)
        return pipeline.error();
    // Two years of sales history for Análisis (demohistory.cpp): before demosales, whose documents
    // are the last 50 days, so the invoice numbers follow the dates.
    if (auto history = generateDemoHistory(db, options.now.isValid() ? options.now.date() : QDate(), options.seed, options.contacts); !history)
        return history.error();
    // Comercial's documents: quotes, orders, invoices, payments, a credit note (demosales.cpp).
    if (auto sales = generateDemoSales(db, options.now.isValid() ? options.now.date() : QDate()); !sales)
        return sales.error();
    // Atención al cliente's tickets with their conversations (demosupport.cpp).
    if (auto support = generateDemoSupport(db, options.now); !support)
        return support.error();
    // support: knowledge base and contracts (core/demo/demokb.cpp).
    if (auto kb = generateDemoKb(db, options.now.isValid() ? options.now.date() : QDate()); !kb)
        return kb.error();
    // Análisis: each part adds its demo records below its own marker (core/demo/demo<part>.cpp).
    // analytics: dashboards
    if (auto targets = generateDemoDashboards(db, options.now.isValid() ? options.now.date() : QDate()); !targets)
        return targets.error();
    // analytics: reports
    if (auto reports = generateDemoReports(db); !reports)
        return reports.error();
    // analytics: scoring
    // RFM segments, purchase-propensity and lead scores on the demo's history (core/analytics/scoring.h).
    if (auto scores = Scoring::recomputeAll(db, options.now.isValid() ? options.now.date() : QDate()); !scores)
        return scores.error();

    const Status c = tx.commit();
    if (!c)
        return c.error();
    return summary;
}

} // namespace trato
