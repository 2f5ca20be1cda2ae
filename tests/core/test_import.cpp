// SPDX-License-Identifier: GPL-3.0-or-later
// Importing CSV files as people have them: mapping, validation with file/line/column, duplicates,
// all-or-nothing and partial imports, cancel, the bulk path, the import log and revert.
#include "testsupport.h"
#include "importtestfiles.h"

#include "importexport/headermapping.h"
#include "importexport/importer.h"
#include "importexport/importlog.h"
#include "metadata/registry.h"
#include "store/listquery.h"
#include "store/recordstore.h"

#include <catch2/catch.hpp>

using namespace trato;
using test::BytesFile;
using test::scalar;
using test::snapshot;

namespace {

QString S(const char *t)
{
    return QString::fromUtf8(t);
}

ImportSummary importOk(Database &db, ImportOptions o)
{
    Importer importer(db);
    auto r = importer.run(o);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

ImportOptions options(const QString &entity, const QString &path)
{
    ImportOptions o;
    o.entity = entity;
    o.path = path;
    o.phoneRegion = QStringLiteral("ES"); // "600 111 222" is the same number as "+34 600 111 222"
    return o;
}

Record contactByEmail(Database &db, const QString &email)
{
    RecordStore store(db);
    ListQuery q;
    q.entity = S("contact");
    q.where = {{S("email"), email}};
    auto l = store.list(q);
    REQUIRE(l.ok());
    REQUIRE(l.value().size() == 1);
    return l.value().first();
}

// Outlook's "Export to a file > CSV" header (abridged to the columns people fill), CRLF, quoted.
const QByteArray kOutlook =
    "\"Title\",\"First Name\",\"Middle Name\",\"Last Name\",\"Suffix\",\"Company\",\"Department\",\"Job Title\","
    "\"Business Street\",\"Business City\",\"Business State\",\"Business Postal Code\",\"Business Country/Region\","
    "\"Business Phone\",\"Home Phone\",\"Mobile Phone\",\"E-mail Address\",\"E-mail 2 Address\",\"Notes\"\r\n"
    "\"\",\"Ana\",\"\",\"Ruiz\",\"\",\"Talleres Ruiz S.L.\",\"Compras\",\"Jefa de compras\",\"Calle Mayor 1\r\n2\xC2\xBA izq.\","
    "\"Zaragoza\",\"Zaragoza\",\"50001\",\"Espa\xC3\xB1" "a\",\"+34 976 000 111\",\"\",\"+34 600 111 222\",\"ana@ruiz.es\",\"\","
    "\"Prefiere \"\"WhatsApp\"\"\"\r\n"
    "\"\",\"Jos\xC3\xA9\",\"\",\"N\xC3\xBA\xC3\xB1" "ez\",\"\",\"Talleres Ruiz S.L.\",\"\",\"Gerente\",\"\",\"Zaragoza\",\"\",\"\",\"\","
    "\"+34 976 000 111\",\"\",\"+34 600 333 444\",\"jose@ruiz.es\",\"jose.nunez@gmail.com\",\"\"\r\n";

// Google Contacts "Google CSV" (abridged).
const QByteArray kGoogle =
    "Name,Given Name,Family Name,Birthday,Notes,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
    "Organization 1 - Name,Organization 1 - Title\n"
    "Laura G\xC3\xB3mez,Laura,G\xC3\xB3mez,1985-03-04,,* Work,laura@gomez.es,Mobile,+34 611 222 333,,Consultora\n"
    "Pierre Dubois,Pierre,Dubois,,Met in Lyon,* Home,pierre@dubois.fr,Work,+33 4 72 00 00 00,,\n";

} // namespace

TEST_CASE("headers of Outlook, Google and Spanish spreadsheets are recognized")
{
    const Registry registry;
    const Entity &contact = *registry.entity(S("contact"));
    const QStringList outlook = {S("Title"), S("First Name"), S("Last Name"), S("Company"), S("Job Title"), S("E-mail Address"),
                                 S("Business Phone"), S("Mobile Phone"), S("Business City")};
    CHECK(HeaderMapping::guess(contact, outlook)
          == QStringList{S("salutation"), S("first_name"), S("last_name"), S("account"), S("title"), S("email"), S("phone"),
                         S("mobile"), S("city")});
    const QStringList google = {S("Given Name"), S("Family Name"), S("E-mail 1 - Value"), S("Phone 1 - Value"),
                                S("Organization 1 - Name"), S("Unknown thing")};
    CHECK(HeaderMapping::guess(contact, google)
          == QStringList{S("first_name"), S("last_name"), S("email"), S("phone"), S("account"), QString()});
    const QStringList spanish = {S("NOMBRE"), S("Apellidos"), S("Correo electrónico"), S("Teléfono"), S("Móvil"), S("Empresa"),
                                 S("Cargo"), S("Ciudad"), S("Provincia"), S("Código postal"), S("País")};
    CHECK(HeaderMapping::guess(contact, spanish)
          == QStringList{S("first_name"), S("last_name"), S("email"), S("phone"), S("mobile"), S("account"), S("title"), S("city"),
                         S("province"), S("postal_code"), S("country")});
    // Field names and labels themselves, accents and case ignored; a company is an account's name.
    const Entity &account = *registry.entity(S("account"));
    CHECK(HeaderMapping::guess(account, {S("Empresa"), S("CIF"), S("annual_revenue"), S("Tax id"), S("Facturación")})
          == QStringList{S("name"), S("tax_id"), S("annual_revenue"), QString(), QString()});
    CHECK(HeaderMapping::guessField(*registry.entity(S("lead")), S("Company")) == S("company"));
}

TEST_CASE("an Outlook export creates contacts and, when asked, their accounts")
{
    test::TempDb t;
    BytesFile file(kOutlook, S("outlook.csv"));
    ImportOptions o = options(S("contact"), file.path());
    o.createMissingRelations = true;
    const bool bulk = GENERATE(false, true); // relations are resolved on the inserting thread
    o.bulkFromBytes = bulk ? 0 : (1 << 20);
    const ImportSummary s = importOk(t.db(), o);
    CHECK(s.bulk == bulk);
    CHECK(s.created == 2);
    CHECK(s.relatedCreated == 1);
    CHECK(!s.importId.isEmpty());
    CHECK(scalar(t.db(), S("SELECT count(*) FROM account")) == 1);
    const Record ana = contactByEmail(t.db(), S("ana@ruiz.es"));
    CHECK(ana.value(S("street")).toString() == S("Calle Mayor 1\n2º izq."));
    CHECK(ana.value(S("account__title")).toString() == S("Talleres Ruiz S.L."));
    CHECK(ana.value(S("mobile")).toString() == S("+34 600 111 222"));
    CHECK(ana.value(S("department")).toString() == S("Compras"));
    CHECK(ana.value(S("description")).toString() == S("Prefiere \"WhatsApp\""));
    CHECK(contactByEmail(t.db(), S("jose@ruiz.es")).value(S("email2")).toString() == S("jose.nunez@gmail.com"));
    // The normal path logs each record's creation; the bulk path one bulk_operation row.
    if (!bulk)
        CHECK(scalar(t.db(), S("SELECT count(*) FROM change_log WHERE entity = 'contact' AND op = 'insert'")) == 2);
    else
        CHECK(scalar(t.db(), S("SELECT count(*) FROM bulk_operation WHERE entity = 'contact'")) == 1);
    // Without --create-missing the unknown company is an error naming line, column and field.
    test::TempDb t2;
    ImportOptions strict = options(S("contact"), file.path());
    strict.bulkFromBytes = o.bulkFromBytes;
    auto r = Importer(t2.db()).run(strict);
    REQUIRE(r.ok());
    CHECK(r.value().rejected);
    REQUIRE(r.value().issues.size() == 2);
    CHECK(r.value().issues.first().line == 2);
    CHECK(r.value().issues.first().column == 6);
    CHECK(r.value().issues.first().text().startsWith(S("outlook.csv: line 2, column 6 \"Company\" (account): ")));
    CHECK(r.value().issues.at(1).line == 4); // the quoted newline makes the first record two lines long
}

TEST_CASE("a Google Contacts export imports with its birthday and phone columns")
{
    test::TempDb t;
    BytesFile file(kGoogle, S("google.csv"));
    const ImportSummary s = importOk(t.db(), options(S("contact"), file.path()));
    CHECK(s.created == 2);
    const Record laura = contactByEmail(t.db(), S("laura@gomez.es"));
    CHECK(laura.value(S("birthday")).toString() == S("1985-03-04"));
    CHECK(laura.value(S("phone")).toString() == S("+34 611 222 333"));
    CHECK(laura.value(S("title")).toString() == S("Consultora"));
}

TEST_CASE("a Spanish Excel file: semicolons, Windows-1252, decimal commas, day-first dates")
{
    test::TempDb t;
    // "Raz\xF3n social" is Windows-1252 for "Razón social".
    const QByteArray bytes = "Raz\xF3n social;CIF;Tel\xE9" "fono;Poblaci\xF3n;Facturaci\xF3n;Empleados\r\n"
                             "Construcciones Pe\xF1" "a S.L.;B12345674;976 111 222;Zaragoza;1.234.567,89;12\r\n"
                             "Panader\xED" "a Le\xF3n;Q2826000H;;Le\xF3n;2500,5;3\r\n";
    BytesFile file(bytes, S("clientes.csv"));
    const ImportSummary s = importOk(t.db(), options(S("account"), file.path()));
    CHECK(s.encoding == S("Windows-1252"));
    CHECK(s.delimiter == QLatin1Char(';'));
    CHECK(s.created == 2);
    auto r = Sql::exec(t.db().connection(), S("SELECT name, annual_revenue, city, employees FROM account ORDER BY name"));
    REQUIRE(r.ok());
    REQUIRE(r.value().next());
    CHECK(r.value().value(0).toString() == S("Construcciones Peña S.L."));
    CHECK(r.value().value(1).toLongLong() == 123456789);
    REQUIRE(r.value().next());
    CHECK(r.value().value(0).toString() == S("Panadería León"));
    CHECK(r.value().value(1).toLongLong() == 250050);
    CHECK(r.value().value(2).toString() == S("León"));
}

TEST_CASE("bad rows: every one reported with line, column and field, nothing written unless partial")
{
    test::TempDb t;
    RecordStore store(t.db());
    REQUIRE(store.create(S("account"), {{S("name"), S("Existing S.L.")}}).ok());
    const QByteArray bytes = "name,tax_id,email,employees\n"
                             "Good One S.L.,B12345674,info@good.es,5\n"
                             "Bad Tax S.L.,B12345670,info@bad.es,3\n"
                             ",,,\n"
                             "Bad Mail S.L.,,info@@bad,2\n"
                             "No Name S.L.,,,many\n"
                             ",,x@y.es,\n"
                             "Good Two S.L.,,,\n";
    BytesFile file(bytes, S("accounts.csv"));
    const auto before = snapshot(t.db());
    // Record by record, and on the bulk path (rows read and checked on a second thread).
    const bool bulk = GENERATE(false, true);
    ImportOptions o = options(S("account"), file.path());
    o.bulkFromBytes = bulk ? 0 : (1 << 20);
    auto r = Importer(t.db()).run(o);
    REQUIRE(r.ok());
    const ImportSummary &s = r.value();
    CHECK(s.rejected);
    CHECK(s.created == 0);
    CHECK(s.failed == 4);
    REQUIRE(s.issues.size() == 4);
    CHECK(s.issues.at(0).line == 3);
    CHECK(s.issues.at(0).column == 2);
    CHECK(s.issues.at(0).field == S("tax_id"));
    CHECK(s.issues.at(1).line == 5);
    CHECK(s.issues.at(1).header == S("email"));
    CHECK(s.issues.at(2).line == 6);
    CHECK(s.issues.at(2).column == 4);
    CHECK(s.issues.at(3).line == 7);
    CHECK(s.issues.at(3).field == S("name"));
    CHECK(s.issues.at(3).message.contains(S("required")));
    CHECK(snapshot(t.db()) == before);

    ImportOptions partial = o;
    partial.partial = true;
    const ImportSummary p = importOk(t.db(), partial);
    CHECK(p.created == 2);
    CHECK(p.failed == 4);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM account")) == 3);
}

TEST_CASE("files that cannot be imported: messages name the file and the line, nothing written")
{
    test::TempDb t;
    const auto before = snapshot(t.db());
    struct Case
    {
        QByteArray bytes;
        const char *expect;
    };
    const QByteArray longLine = "last_name,description\nRuiz,\"" + QByteArray(10 * 1024 * 1024, 'x');
    const QList<Case> cases = {
        {"", "empty"},
        {QByteArray("\x00\x01\x02\x03\xFF\xFE\x00\x00binary\x00", 14), ""},
        {"last_name,email\nRuiz,ana@ruiz.es\nPe\xC3\xB1" "a,\"unclosed\nRubio,x@y.es\n", "line 3"},
        {longLine, "line 2"},
        {"last_name,email\nPe\xC3\xB1" "a,p@x.es\nIb\xC3\xA1\xC3\xB1" "ez,i@x.es\nMu\xF1oz,m@x.es\n", "line 4"}, // UTF-8, then a Windows-1252 byte
        {"foo,bar\n1,2\n", "No column"},
        {"first_name,email\nAna,ana@ruiz.es\n", "required"},
    };
    for (const Case &c : cases) {
        BytesFile file(c.bytes, S("messy.csv"));
        auto r = Importer(t.db()).run(options(S("contact"), file.path()));
        INFO(c.expect);
        REQUIRE(!r.ok());
        CHECK(r.error().kind == Error::BadInput);
        CHECK(r.error().message.contains(S("messy.csv")));
        CHECK(r.error().message.contains(QString::fromUtf8(c.expect)));
    }
    CHECK(snapshot(t.db()) == before);
}

TEST_CASE("UTF-16 files with a BOM import like any other")
{
    test::TempDb t;
    const QString text = S("Nombre\tApellidos\tCorreo electrónico\nÍñigo\tEtxeberria\tinigo@etx.eus\n");
    QByteArray bytes = "\xFF\xFE";
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    BytesFile file(bytes, S("utf16.txt"));
    const ImportSummary s = importOk(t.db(), options(S("contact"), file.path()));
    CHECK(s.encoding == S("UTF-16LE"));
    CHECK(s.created == 1);
    CHECK(contactByEmail(t.db(), S("inigo@etx.eus")).value(S("first_name")).toString() == S("Íñigo"));
}

TEST_CASE("duplicates are skipped, update their match, or are created, also within the file")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto existing = store.create(S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")},
                                                {S("email"), S("ana@ruiz.es")}, {S("city"), S("Huesca")}});
    REQUIRE(existing.ok());
    const QByteArray bytes = "first_name,last_name,email,city,mobile\n"
                             "Ana,Ruiz,ANA@Ruiz.es,Zaragoza,\n"                // matches the existing one by email
                             "Luis,Gil,luis@gil.es,Teruel,600111222\n"
                             "Luis,Gil,LUIS@gil.es,Calatayud,\n"                // same email as the row before
                             "Luisito,Gil,,Soria,+34 600 111 222\n";            // same mobile as row 3
    BytesFile file(bytes, S("dups.csv"));
    const bool bulk = GENERATE(false, true);
    auto options = [&](const QString &entity, const QString &path) {
        ImportOptions o = ::options(entity, path);
        o.bulkFromBytes = bulk ? 0 : (1 << 20);
        return o;
    };

    SECTION("skip")
    {
        const ImportSummary s = importOk(t.db(), options(S("contact"), file.path()));
        CHECK(s.created == 1);
        CHECK(s.skipped == 3);
        CHECK(store.get(S("contact"), existing.value()).value().value(S("city")).toString() == S("Huesca"));
    }
    SECTION("update")
    {
        ImportOptions o = options(S("contact"), file.path());
        o.onDuplicate = DuplicatePolicy::Update;
        const ImportSummary s = importOk(t.db(), o);
        CHECK(s.created == 1);
        CHECK(s.updated == 3);
        const Record ana = store.get(S("contact"), existing.value()).value();
        CHECK(ana.value(S("city")).toString() == S("Zaragoza"));
        CHECK(ana.value(S("email")).toString() == S("ana@ruiz.es")); // same email, other case: unchanged
        const Record luis = contactByEmail(t.db(), S("luis@gil.es"));
        CHECK(luis.value(S("city")).toString() == S("Soria"));
        CHECK(luis.value(S("first_name")).toString() == S("Luisito"));
    }
    SECTION("create")
    {
        ImportOptions o = options(S("contact"), file.path());
        o.onDuplicate = DuplicatePolicy::Create;
        CHECK(importOk(t.db(), o).created == 4);
        CHECK(scalar(t.db(), S("SELECT count(*) FROM contact")) == 5);
    }
}

TEST_CASE("revert deletes what an import created and restores what it updated, exactly, once")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto existing = store.create(S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")},
                                                {S("email"), S("ana@ruiz.es")}, {S("city"), S("Huesca")}});
    REQUIRE(existing.ok());
    const Record before = store.get(S("contact"), existing.value()).value();
    const QByteArray bytes = "first_name,last_name,email,city,title\n"
                             "Ana,Ruiz,ana@ruiz.es,Zaragoza,Gerente\n"
                             "Luis,Gil,luis@gil.es,Teruel,\n"
                             "Eva,Sanz,eva@sanz.es,Soria,\n";
    BytesFile file(bytes, S("revert.csv"));
    ImportOptions o = options(S("contact"), file.path());
    o.onDuplicate = DuplicatePolicy::Update;
    const bool bulk = GENERATE(false, true);
    o.bulkFromBytes = bulk ? 0 : (1 << 20);
    const ImportSummary s = importOk(t.db(), o);
    CHECK(s.bulk == bulk);
    CHECK(s.created == 2);
    CHECK(s.updated == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM contact")) == 3);

    ImportLog log(t.db());
    auto list = log.list();
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 1);
    CHECK(list.value().first().created == 2);
    CHECK(list.value().first().updated == 1);
    CHECK(list.value().first().file == S("revert.csv"));

    auto r = log.revert(s.importId);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    CHECK(r.value().deleted == 2);
    CHECK(r.value().restored == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM contact")) == 1);
    const Record after = store.get(S("contact"), existing.value()).value();
    for (const auto &f : {S("first_name"), S("last_name"), S("email"), S("city"), S("title")})
        CHECK(after.value(f) == before.value(f));
    CHECK(scalar(t.db(), S("SELECT count(*) FROM bulk_operation")) == 0);
    CHECK(log.get(s.importId).value().status == S("reverted"));
    auto again = log.revert(s.importId);
    REQUIRE(!again.ok());
    CHECK(again.error().message.contains(S("already reverted")));
}

TEST_CASE("revert refuses when the import's records were changed since, unless forced")
{
    test::TempDb t;
    const QByteArray bytes = "first_name,last_name,email\nLuis,Gil,luis@gil.es\nEva,Sanz,eva@sanz.es\n";
    BytesFile file(bytes, S("changed.csv"));
    const ImportSummary s = importOk(t.db(), options(S("contact"), file.path()));
    RecordStore store(t.db());
    const QString luis = contactByEmail(t.db(), S("luis@gil.es")).value(S("id")).toString();
    REQUIRE(store.update(S("contact"), luis, {{S("city"), S("Teruel")}}).ok());
    ImportLog log(t.db());
    const auto before = snapshot(t.db());
    auto r = log.revert(s.importId);
    REQUIRE(!r.ok());
    CHECK(r.error().message.contains(S("changed since")));
    CHECK(snapshot(t.db()) == before);
    auto forced = log.revert(s.importId, true);
    REQUIRE(forced.ok());
    CHECK(forced.value().deleted == 2);
    CHECK(!forced.value().changedSince.isEmpty());
}

TEST_CASE("the bulk path: one bulk_operation row, search finds the rows, History says import")
{
    test::TempDb t;
    QByteArray bytes = "First Name,Last Name,E-mail Address,Business City\n";
    for (int i = 0; i < 3000; ++i)
        bytes += QStringLiteral("Nombre%1,Apellido%1,p%1@example.es,Ciudad%2\n").arg(i).arg(i % 7).toUtf8();
    BytesFile file(bytes, S("big.csv"));
    ImportOptions o = options(S("contact"), file.path());
    o.bulkFromBytes = 1024;
    int calls = 0;
    o.progress = [&](qint64, qint64, qint64) { ++calls; return true; };
    const QString triggers = S("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'contact'");
    const qint64 triggersBefore = scalar(t.db(), triggers);
    const ImportSummary s = importOk(t.db(), o);
    // The insert triggers paused for the load are back: a record added afterwards is logged and searchable.
    CHECK(scalar(t.db(), triggers) == triggersBefore);
    CHECK(s.bulk);
    CHECK(s.created == 3000);
    CHECK(calls >= 3);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM change_log")) == 0);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM bulk_operation WHERE kind = 'import' AND count = 3000")) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM contact WHERE last_name__sort = 'apellido7' AND city__sort = 'ciudad0'")) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'apellido2999'")) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM sqlite_master WHERE name = 'contact__by_last_name'")) == 1);
    RecordStore store(t.db());
    REQUIRE(store.create(S("contact"), {{S("last_name"), S("Zubizarreta")}}).ok());
    CHECK(scalar(t.db(), S("SELECT count(*) FROM change_log WHERE op = 'insert'")) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'zubizarreta'")) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM contact WHERE last_name__sort = 'zubizarreta'")) == 1);
    auto h = store.history(S("contact"), contactByEmail(t.db(), S("p42@example.es")).value(S("id")).toString());
    REQUIRE(h.ok());
    REQUIRE(h.value().size() == 1);
    CHECK(h.value().first().note.contains(S("big.csv")));
}

TEST_CASE("cancel leaves the database unchanged")
{
    test::TempDb t;
    QByteArray bytes = "last_name,email\n";
    for (int i = 0; i < 2500; ++i)
        bytes += QStringLiteral("Apellido%1,p%1@example.es\n").arg(i).toUtf8();
    BytesFile file(bytes, S("cancel.csv"));
    const auto before = snapshot(t.db());
    for (const qint64 threshold : {qint64(0), qint64(1) << 30}) {
        ImportOptions o = options(S("contact"), file.path());
        o.bulkFromBytes = threshold;
        o.progress = [](qint64, qint64, qint64 rows) { return rows < 2000; };
        auto r = Importer(t.db()).run(o);
        REQUIRE(!r.ok());
        CHECK(r.error().message.contains(S("cancelled")));
        CHECK(snapshot(t.db()) == before);
    }
}

TEST_CASE("a mapping people chose is remembered for files with the same headers")
{
    test::TempDb t;
    const QByteArray bytes = "Apodo,Apellidos,Ciudad natal\nPepe,Ruiz,Soria\n";
    BytesFile file(bytes, S("mapping.csv"));
    Importer importer(t.db());
    const QStringList headers = {S("Apodo"), S("Apellidos"), S("Ciudad natal")};
    bool remembered = true;
    CHECK(importer.suggestMapping(S("contact"), headers, ImportFormat::Csv, &remembered)
          == QStringList{QString(), S("last_name"), QString()});
    CHECK(!remembered);
    ImportOptions o = options(S("contact"), file.path());
    o.overrides = {{S("Apodo"), S("first_name")}, {S("Ciudad natal"), S("city")}};
    REQUIRE(importOk(t.db(), o).created == 1);
    CHECK(importer.suggestMapping(S("contact"), {S("Ciudad natal"), S("Apodo"), S("Apellidos")}, ImportFormat::Csv, &remembered)
          == QStringList{S("city"), S("first_name"), S("last_name")});
    CHECK(remembered);
}

TEST_CASE("preview judges each row and writes nothing")
{
    test::TempDb t;
    const QByteArray bytes = "last_name,email\nRuiz,ana@ruiz.es\nGil,bad@\nRuiz,ana@ruiz.es\n";
    BytesFile file(bytes, S("preview.csv"));
    const auto before = snapshot(t.db());
    auto p = Importer(t.db()).preview(options(S("contact"), file.path()), 10);
    REQUIRE(p.ok());
    REQUIRE(p.value().preview.size() == 3);
    CHECK(p.value().preview.at(0).action == ImportRow::Create);
    CHECK(p.value().preview.at(1).action == ImportRow::Error);
    CHECK(p.value().preview.at(1).message.contains(S("bad@")));
    CHECK(p.value().preview.at(2).action == ImportRow::Skip);
    CHECK(snapshot(t.db()) == before);
}

TEST_CASE("existing duplicates are found the same way on both paths: name with company, not a shared switchboard")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto acc = store.create(S("account"), {{S("name"), S("Talleres Ruiz S.L.")}});
    REQUIRE(acc.ok());
    REQUIRE(store.create(S("contact"), {{S("first_name"), S("José")}, {S("last_name"), S("Núñez")}, {S("account"), acc.value()},
                                        {S("phone"), S("976 000 111")}}).ok());
    const QByteArray bytes = "first_name,last_name,account,phone\n"
                             "JOSE,NU\xC3\x91" "EZ,Talleres Ruiz S.L.,\n"          // the same person, written otherwise
                             "Marta,Gil,Talleres Ruiz S.L.,+34 976 000 111\n";   // the company's switchboard only
    BytesFile file(bytes, S("same.csv"));
    ImportOptions o = options(S("contact"), file.path());
    const bool bulk = GENERATE(false, true);
    o.bulkFromBytes = bulk ? 0 : (1 << 20);
    const ImportSummary s = importOk(t.db(), o);
    CHECK(s.bulk == bulk);
    CHECK(s.skipped == 1);
    CHECK(s.created == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM contact WHERE last_name = 'Gil'")) == 1);
}
