// SPDX-License-Identifier: GPL-3.0-or-later
// Printed documents' data: the company profile and layout (team settings, checked), and the
// printable document read from a real database: lines by position, configurations, totals from
// DocumentCalc.
#include "testsupport.h"

#include "inventory/configuration.h"
#include "sales/companyprofile.h"
#include "sales/documentcalc.h"
#include "sales/printabledocument.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

template <typename T> T must(Result<T> r)
{
    if (!r.ok())
        FAIL(r.error().message.toStdString());
    return r.value();
}

QString settingsDump(Database &db)
{
    auto q = Sql::exec(db.connection(), S("SELECT key || '=' || value FROM team_setting ORDER BY key"));
    REQUIRE(q.ok());
    QStringList rows;
    while (q.value().next())
        rows << q.value().value(0).toString();
    return rows.join(QLatin1Char('\n'));
}

const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
} // namespace

TEST_CASE("company profile fields are checked: IBAN check digits, tax id, email, and a refusal changes nothing")
{
    test::TempDb t;
    Database &db = t.db();
    REQUIRE(CompanySettings::set(db, S("name"), S("Automóviles Ejemplo S.A.")).ok());
    REQUIRE(CompanySettings::set(db, S("iban"), S("es91 2100 0418 4502 0005 1332")).ok());
    REQUIRE(CompanySettings::set(db, S("tax_id"), S("b-12345674")).ok());
    CompanyProfile p = CompanySettings::load(db);
    CHECK(p.name == S("Automóviles Ejemplo S.A."));
    CHECK(p.iban == S("ES9121000418450200051332"));
    CHECK(CompanySettings::formatIban(p.iban) == S("ES91 2100 0418 4502 0005 1332"));
    CHECK(p.taxId == S("B12345674"));

    const QString before = settingsDump(db);
    auto badIban = CompanySettings::set(db, S("iban"), S("ES91 2100 0418 4502 0005 1333"));
    REQUIRE_FALSE(badIban.ok());
    CHECK(badIban.error().kind == Error::BadInput);
    CHECK(badIban.error().message.contains(S("check digits")));
    CHECK_FALSE(CompanySettings::set(db, S("iban"), S("ES12 3456")).ok());
    CHECK_FALSE(CompanySettings::checkIban(S("ES9121000418450200051332")).size());
    CHECK(CompanySettings::checkIban(S("DE89370400440532013000")).isEmpty());
    auto badTax = CompanySettings::set(db, S("tax_id"), S("B12345675"));
    REQUIRE_FALSE(badTax.ok());
    CHECK(badTax.error().message.contains(S("tax id")));
    CHECK_FALSE(CompanySettings::set(db, S("email"), S("not an email")).ok());
    CHECK_FALSE(CompanySettings::set(db, S("colour"), S("red")).ok());
    // A whole profile with one bad field saves nothing at all.
    CompanyProfile whole = p;
    whole.name = S("Otro nombre");
    whole.iban = S("ES00 0000 0000 0000 0000 0000");
    CHECK_FALSE(CompanySettings::save(db, whole).ok());
    CHECK(settingsDump(db) == before);

    // Clearing a field.
    REQUIRE(CompanySettings::set(db, S("tax_id"), QString()).ok());
    CHECK(CompanySettings::load(db).taxId.isEmpty());
}

TEST_CASE("the company logo is stored base64 in the database: PNG, JPEG or SVG, size-limited")
{
    test::TempDb t;
    Database &db = t.db();
    REQUIRE(CompanySettings::setLogo(db, kPng).ok());
    CompanyProfile p = CompanySettings::load(db);
    CHECK(p.logo == kPng);
    CHECK(p.logoFormat == S("png"));
    auto q = Sql::exec(db.connection(), S("SELECT value FROM team_setting WHERE key = 'company.logo'"));
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    CHECK(q.value().value(0).toString() == QString::fromLatin1(kPng.toBase64()));

    const QByteArray svg("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
    CHECK(CompanySettings::imageFormat(svg) == S("svg"));
    CHECK(CompanySettings::imageFormat(QByteArray("\xff\xd8\xff\xe0rest", 8)) == S("jpeg"));

    const QString before = settingsDump(db);
    auto text = CompanySettings::setLogo(db, QByteArray("just some text, not an image"));
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().message.contains(S("PNG, JPEG or SVG")));
    QByteArray huge = kPng;
    huge.append(QByteArray(CompanySettings::kMaxLogoBytes, 'x'));
    auto big = CompanySettings::setLogo(db, huge);
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().message.contains(S("512 KB")));
    CHECK_FALSE(CompanySettings::setLogoFile(db, t.dir() + S("/missing.png")).ok());
    CHECK(settingsDump(db) == before);

    REQUIRE(CompanySettings::setLogo(db, {}).ok());
    CHECK(CompanySettings::load(db).logo.isEmpty());
}

TEST_CASE("the document layout: switches, accent color, footer and paper, bad values refused")
{
    test::TempDb t;
    Database &db = t.db();
    DocumentLayout l = CompanySettings::loadLayout(db);
    CHECK(l.showDiscount);
    CHECK(l.paper == S("A4"));
    REQUIRE(CompanySettings::setLayout(db, S("show_discount"), S("no")).ok());
    REQUIRE(CompanySettings::setLayout(db, S("accent_color"), S("#AA3300")).ok());
    REQUIRE(CompanySettings::setLayout(db, S("footer"), S("Inscrita en el Registro Mercantil de Madrid")).ok());
    REQUIRE(CompanySettings::setLayout(db, S("paper"), S("letter")).ok());
    l = CompanySettings::loadLayout(db);
    CHECK_FALSE(l.showDiscount);
    CHECK(l.showSku);
    CHECK(l.accentColor == S("#aa3300"));
    CHECK(l.footer == S("Inscrita en el Registro Mercantil de Madrid"));
    CHECK(l.paper == S("Letter"));
    CHECK(CompanySettings::layoutValue(l, S("show_discount")) == S("no"));

    const QString before = settingsDump(db);
    CHECK_FALSE(CompanySettings::setLayout(db, S("show_discount"), S("maybe")).ok());
    CHECK_FALSE(CompanySettings::setLayout(db, S("accent_color"), S("red")).ok());
    CHECK_FALSE(CompanySettings::setLayout(db, S("paper"), S("A3")).ok());
    auto unknown = CompanySettings::setLayout(db, S("font"), S("Arial"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(S("show_logo")));
    CHECK(settingsDump(db) == before);
}

namespace {
struct Sale
{
    test::TempDb t;
    QString account, car, invoice;
    QString configJson;
    Sale()
    {
        Database &db = t.db();
        RecordStore store(db);
        account = must(store.create(S("account"), {{S("name"), S("Talleres Norte S.L.")}, {S("tax_id"), S("B12345674")},
                                                   {S("street"), S("Calle Mayor 1")}, {S("postal_code"), S("28013")},
                                                   {S("city"), S("Madrid")}, {S("payment_terms"), S("60 days")}}));
        car = must(store.create(S("product"), {{S("sku"), S("CAR-GT")}, {S("name"), S("Berlina GT")}, {S("unit_price"), qlonglong(2500000)}}));
        must(Configuration::addGroup(db, car, S("Color"), true));
        must(Configuration::addGroup(db, car, S("Interior"), true));
        must(Configuration::addOption(db, car, S("Color"), S("Red"), S("R"), 45000, false));
        must(Configuration::addOption(db, car, S("Color"), S("White"), S("W"), 0, true));
        must(Configuration::addOption(db, car, S("Interior"), S("Leather"), S("L"), 180000, false));
        must(Configuration::addOption(db, car, S("Interior"), S("Fabric"), S("F"), 0, true));
        configJson = must(Configuration::validate(db, car, {{S("Color"), S("Red")}, {S("Interior"), S("Leather")}})).json;
        // A draft takes lines; issue() then gives it its status and number, as the document service would.
        invoice = must(store.create(S("invoice"), {{S("account"), account}, {S("subject"), S("Flota 2026")},
                                                   {S("invoice_date"), S("2026-03-01")}, {S("shipping"), qlonglong(5000)}}));
    }
    void issue()
    {
        REQUIRE(RecordStore(t.db()).update(S("invoice"), invoice, {{S("status"), S("issued")}, {S("number"), S("F-2026-0007")}},
                                           RecordStore::Access::System).ok());
    }
    QString line(int position, const QString &description, qlonglong qty, qlonglong price, double discount, double tax,
                 const QString &config = {})
    {
        QVariantMap v{{S("invoice"), invoice}, {S("position"), position}, {S("kind"), config.isEmpty() ? S("text") : S("product")},
                      {S("description"), description},
                      {S("quantity"), qty}, {S("unit_price"), price}, {S("discount_percent"), discount}, {S("tax_rate"), tax}};
        if (!config.isEmpty()) {
            v.insert(S("product"), car);
            v.insert(S("configuration"), config);
        }
        return must(RecordStore(t.db()).create(S("sales_line"), v));
    }
};
} // namespace

TEST_CASE("a printable invoice: lines by position, configuration text, customer, totals computed with DocumentCalc")
{
    Sale s;
    Database &db = s.t.db();
    REQUIRE(CompanySettings::set(db, S("iban"), S("ES9121000418450200051332")).ok());
    s.line(3, S("Manual impreso"), 2000, 1250, 0, 4);
    s.line(1, S("Berlina GT configurada"), 1000, 2725000, 5, 21, s.configJson);
    s.line(2, S("Mantenimiento anual"), 1500, 18000, 0, 21);
    s.issue();

    // By number and by id: the same document.
    auto byNumber = PrintableDocument::load(db, S("invoice"), S("F-2026-0007"), QLocale::c());
    REQUIRE(byNumber.ok());
    auto byId = PrintableDocument::load(db, S("invoice"), s.invoice, QLocale::c());
    REQUIRE(byId.ok());
    CHECK(byId.value().id == byNumber.value().id);

    const PrintableDocument &d = byNumber.value();
    CHECK(d.number == S("F-2026-0007"));
    CHECK_FALSE(d.draft);
    CHECK(d.customerName == S("Talleres Norte S.L."));
    CHECK(d.customerTaxId == S("B12345674"));
    CHECK(d.billingAddress.contains(S("28013 Madrid")));
    CHECK(d.paymentTerms == S("60 days"));   // the account's, the document says none
    CHECK(d.company.iban == S("ES9121000418450200051332"));
    REQUIRE(d.lines.size() == 3);
    CHECK(d.lines.at(0).description == S("Berlina GT configurada"));
    CHECK(d.lines.at(0).configuration == S("Color: Red; Interior: Leather"));
    CHECK(d.lines.at(0).sku == S("CAR-GT-R-L"));
    CHECK(d.lines.at(1).description == S("Mantenimiento anual"));
    CHECK(d.lines.at(2).description == S("Manual impreso"));

    const DocumentTotals expected = DocumentCalc::totals({CalcLine{1000, 2725000, 500, 0, 2100, 0}, CalcLine{1500, 18000, 0, 0, 2100, 0},
                                                          CalcLine{2000, 1250, 0, 0, 400, 0}},
                                                         5000, 2100, 0, 0);
    CHECK(d.totals.total == expected.total);
    CHECK(d.totals.taxTotal == expected.taxTotal);
    REQUIRE(d.totals.breakdown.size() == 2);
    CHECK(d.totals.breakdown.at(0).taxBp == 2100);
    CHECK(d.totals.breakdown.at(0).base == expected.breakdown.at(0).base);
    CHECK(d.totals.breakdown.at(1).tax == expected.breakdown.at(1).tax);
    CHECK(d.lines.at(0).amounts.net == expected.lines.at(0).net);
    CHECK(d.money(123456) == QString(S("1234.56") + QChar(0x00A0) + S("€")));
    CHECK(d.percent(520) == S("5.2 %"));
}

TEST_CASE("a draft invoice prints without a number, a draft quote with its number, unknown documents are clear errors")
{
    Sale s;
    Database &db = s.t.db();
    RecordStore store(db);
    const QString draft = must(store.create(S("invoice"), {{S("account"), s.account}, {S("payment_terms"), S("On receipt")}}));
    auto d = PrintableDocument::load(db, S("invoice"), draft);
    REQUIRE(d.ok());
    CHECK(d.value().draft);
    CHECK(d.value().number.isEmpty());
    CHECK(d.value().paymentTerms == S("On receipt"));
    CHECK(d.value().lines.isEmpty());
    CHECK(d.value().totals.total == 0);

    // A draft quote is what goes to the customer: its number prints, no DRAFT mark.
    const QString quote = must(store.create(S("quote"), {{S("account"), s.account}, {S("number"), S("P-2026-0003")}},
                                            RecordStore::Access::System));
    auto q = PrintableDocument::load(db, S("quote"), S("P-2026-0003"));
    REQUIRE(q.ok());
    CHECK(q.value().id == quote);
    CHECK_FALSE(q.value().draft);
    CHECK(q.value().number == S("P-2026-0003"));
    CHECK(q.value().title == S("Quote"));

    auto missing = PrintableDocument::load(db, S("invoice"), S("F-9999"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::NotFound);
    CHECK(missing.error().message.contains(S("F-9999")));
    auto notDoc = PrintableDocument::load(db, S("account"), s.account);
    REQUIRE_FALSE(notDoc.ok());
    CHECK(notDoc.error().kind == Error::BadInput);
}

TEST_CASE("a configured line whose description the line rules wrote prints the item once and its configuration under it")
{
    Sale s;
    Database &db = s.t.db();
    must(RecordStore(db).create(S("sales_line"), {{S("invoice"), s.invoice}, {S("kind"), S("product")}, {S("product"), s.car},
                                                   {S("configuration"), s.configJson}}));
    auto stored = Sql::exec(db.connection(), S("SELECT description FROM sales_line WHERE invoice = ?"), {s.invoice});
    REQUIRE(stored.ok());
    REQUIRE(stored.value().next());
    CHECK(stored.value().value(0).toString().contains(S("Color: Red"))); // lists show the choice
    s.issue();
    const PrintableDocument d = must(PrintableDocument::load(db, S("invoice"), s.invoice, QLocale::c()));
    REQUIRE(d.lines.size() == 1);
    CHECK(d.lines.at(0).description == S("Berlina GT"));
    CHECK(d.lines.at(0).configuration == S("Color: Red; Interior: Leather"));
    CHECK(d.lines.at(0).sku == S("CAR-GT-R-L"));
    CHECK(d.lines.at(0).unitPrice == 2500000 + 45000 + 180000);
}
