// SPDX-License-Identifier: GPL-3.0-or-later
// vCard 2.1, 3.0 and 4.0 files as phones and mail programs write them, and export: CSV bytes,
// Windows-1252, vCard 4.0 and the round trip export -> import.
#include "testsupport.h"
#include "importtestfiles.h"

#include "importexport/exporter.h"
#include "importexport/importer.h"
#include "importexport/vcardreader.h"
#include "store/recordstore.h"

#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace trato;
using test::BytesFile;
using test::scalar;

namespace {

QString S(const char *t)
{
    return QString::fromUtf8(t);
}

QList<VCard> readCards(const QByteArray &bytes, Status *status = nullptr)
{
    BytesFile file(bytes, S("cards.vcf"));
    VCardReader reader;
    REQUIRE(reader.open(file.path()).ok());
    QList<VCard> cards;
    VCard card;
    while (reader.next(&card))
        cards << card;
    if (status)
        *status = reader.status();
    else
        REQUIRE(reader.status().ok());
    return cards;
}

} // namespace

TEST_CASE("vCard 2.1: quoted-printable with soft line breaks, CHARSET, bare TYPE parameters")
{
    // As an old Nokia or Outlook 2003 writes it: Latin-1 text in quoted-printable.
    const QByteArray bytes = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                             "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:N=FA=F1ez;Jos=E9;;;\r\n"
                             "FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Jos=E9 Nu=F1ez\r\n"
                             "ORG:Talleres Ruiz S.L.;Compras\r\n"
                             "TEL;WORK;VOICE:+34 976 000 111\r\n"
                             "TEL;CELL:+34 600 111 222\r\n"
                             "TEL;HOME:976 555 666\r\n"
                             "EMAIL;PREF;INTERNET:jose@ruiz.es\r\n"
                             "EMAIL;INTERNET:jose.nunez@gmail.com\r\n"
                             "NOTE;ENCODING=QUOTED-PRINTABLE:Primera l=C3=ADnea=0D=0A=\r\n"
                             "segunda l=C3=ADnea\r\n"
                             "ADR;WORK:;;Calle Mayor 1;Zaragoza;Zaragoza;50001;Espa=F1a\r\n"
                             "END:VCARD\r\n";
    const QList<VCard> cards = readCards(bytes);
    REQUIRE(cards.size() == 1);
    const auto &v = cards.first().values;
    CHECK(cards.first().version == S("2.1"));
    CHECK(v.value(S("first_name")) == S("José"));
    CHECK(v.value(S("last_name")) == S("Núñez"));
    CHECK(v.value(S("organization")) == S("Talleres Ruiz S.L."));
    CHECK(v.value(S("department")) == S("Compras"));
    CHECK(v.value(S("phone")) == S("+34 976 000 111"));
    CHECK(v.value(S("mobile")) == S("+34 600 111 222"));
    CHECK(v.value(S("home_phone")) == S("976 555 666"));
    CHECK(v.value(S("email")) == S("jose@ruiz.es"));
    CHECK(v.value(S("email2")) == S("jose.nunez@gmail.com"));
    CHECK(v.value(S("note")) == S("Primera línea\r\nsegunda línea"));
    CHECK(v.value(S("city")) == S("Zaragoza"));
    CHECK(v.value(S("postal_code")) == S("50001"));
}

TEST_CASE("vCard 3.0 and 4.0: folded lines, escapes, TYPE lists, groups, several cards")
{
    const QByteArray bytes = "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                             "N:G\xC3\xB3mez;Laura;;Dra.;\r\n"
                             "FN:Laura G\xC3\xB3mez\r\n"
                             "item1.EMAIL;TYPE=INTERNET,pref:laura@gomez.es\r\n"
                             "TEL;TYPE=CELL:611 222 333\r\n"
                             "NOTE:Coma\\, punto y coma\\; barra \\\\ y\\nsalto. Esta nota es larga y se \r\n"
                             " pliega en dos l\xC3\xADneas.\r\n"
                             "BDAY:1985-03-04\r\n"
                             "END:VCARD\r\n"
                             "BEGIN:VCARD\r\nVERSION:4.0\r\n"
                             "FN:Pierre Dubois\r\n"
                             "TEL;VALUE=uri;TYPE=\"work,voice\":tel:+33-4-72-00-00-00\r\n"
                             "EMAIL;TYPE=home:pierre@dubois.fr\r\n"
                             "BDAY:19700215\r\n"
                             "END:VCARD\r\n";
    const QList<VCard> cards = readCards(bytes);
    REQUIRE(cards.size() == 2);
    CHECK(cards.at(0).values.value(S("last_name")) == S("Gómez"));
    CHECK(cards.at(0).values.value(S("email")) == S("laura@gomez.es"));
    CHECK(cards.at(0).values.value(S("mobile")) == S("611 222 333"));
    CHECK(cards.at(0).values.value(S("note")) == S("Coma, punto y coma; barra \\ y\nsalto. Esta nota es larga y se pliega en dos líneas."));
    CHECK(cards.at(0).values.value(S("birthday")) == S("1985-03-04"));
    CHECK(cards.at(1).line == 11);
    CHECK(cards.at(1).values.value(S("first_name")) == S("Pierre"));
    CHECK(cards.at(1).values.value(S("last_name")) == S("Dubois"));
    CHECK(cards.at(1).values.value(S("phone")) == S("+33-4-72-00-00-00"));
    CHECK(cards.at(1).values.value(S("birthday")) == S("1970-02-15"));
}

TEST_CASE("broken vCards: errors name the file and the line")
{
    struct Case
    {
        QByteArray bytes;
        const char *expect;
    };
    const QList<Case> cases = {
        {"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\n", "line 1"},                          // no END
        {"BEGIN:VCARD\r\nVERSION:5.0\r\nFN:Ana\r\nEND:VCARD\r\n", "line 2"},                   // unknown version
        {"BEGIN:VCARD\r\nVERSION:3.0\r\nthis is not a property\r\nEND:VCARD\r\n", "line 3"},
        {"FN:Ana\r\n", "line 1"},                                                              // outside a card
        {"BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Ru=ZZiz\r\nEND:VCARD\r\n", "line 3"},
    };
    for (const Case &c : cases) {
        Status status;
        readCards(c.bytes, &status);
        INFO(c.expect);
        REQUIRE(!status.ok());
        CHECK(status.error().message.startsWith(S("cards.vcf: ") + QString::fromUtf8(c.expect) + S(":")));
    }
}

TEST_CASE("a vCard file imports into contacts")
{
    test::TempDb t;
    RecordStore store(t.db());
    REQUIRE(store.create(S("account"), {{S("name"), S("Talleres Ruiz S.L.")}}).ok());
    const QByteArray bytes = "BEGIN:VCARD\nVERSION:3.0\nN:Ruiz;Ana;;;\nORG:Talleres Ruiz S.L.\nTITLE:Gerente\n"
                             "EMAIL;TYPE=work:ana@ruiz.es\nTEL;TYPE=work:976 000 111\nEND:VCARD\n";
    BytesFile file(bytes, S("ana.vcf"));
    ImportOptions o;
    o.entity = S("contact");
    o.path = file.path();
    auto r = Importer(t.db()).run(o);
    REQUIRE(r.ok());
    CHECK(r.value().format == S("vcard"));
    CHECK(r.value().created == 1);
    auto rec = Sql::exec(t.db().connection(), S("SELECT c.title, a.name FROM contact c JOIN account a ON a.id = c.account"));
    REQUIRE(rec.ok());
    REQUIRE(rec.value().next());
    CHECK(rec.value().value(0).toString() == S("Gerente"));
    CHECK(rec.value().value(1).toString() == S("Talleres Ruiz S.L."));
}

TEST_CASE("CSV export: BOM, CRLF, RFC 4180 quoting, Windows-1252 bytes and its refusals")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto acc = store.create(S("account"), {{S("name"), S("Peña, Hermanos \"y\" Cía")}});
    REQUIRE(acc.ok());
    REQUIRE(store.create(S("contact"), {{S("first_name"), S("José")}, {S("last_name"), S("Núñez")}, {S("account"), acc.value()},
                                        {S("street"), S("Calle 1\n2º")}}).ok());
    QTemporaryDir dir;
    ListQuery q;
    q.entity = S("contact");
    q.columns = {S("first_name"), S("last_name"), S("account"), S("street")};
    ExportOptions o;
    Exporter exporter(t.db());
    const QString utf8 = dir.filePath(S("u.csv"));
    REQUIRE(exporter.run(q, utf8, o).value() == 1);
    CHECK(test::fileBytes(utf8) == QByteArray("\xEF\xBB\xBF" "first_name,last_name,account,street\r\n"
                                               "Jos\xC3\xA9,N\xC3\xBA\xC3\xB1" "ez,\"Pe\xC3\xB1" "a, Hermanos \"\"y\"\" C\xC3\xAD" "a\",\"Calle 1\n2\xC2\xBA\"\r\n"));
    o.encoding = ExportEncoding::Windows1252;
    o.delimiter = QLatin1Char(';');
    o.labelHeaders = true;
    const QString cp = dir.filePath(S("w.csv"));
    REQUIRE(exporter.run(q, cp, o).ok());
    CHECK(test::fileBytes(cp) == QByteArray("First name;Last name;Account;Street\r\n"
                                             "Jos\xE9;N\xFA\xF1" "ez;\"Pe\xF1" "a, Hermanos \"\"y\"\" C\xED" "a\";\"Calle 1\n2\xBA\"\r\n"));
    // A character Windows-1252 has no byte for: a clear error and no file.
    REQUIRE(store.create(S("contact"), {{S("first_name"), S("Zoë")}, {S("last_name"), S("Łukasz")}}).ok());
    const QString bad = dir.filePath(S("bad.csv"));
    auto r = exporter.run(q, bad, o);
    REQUIRE(!r.ok());
    CHECK(r.error().message.contains(S("U+0141")));
    CHECK(!QFile::exists(bad));
}

TEST_CASE("export then import gives the same records, as CSV and as vCard")
{
    test::TempDb a;
    RecordStore store(a.db());
    auto acc = store.create(S("account"), {{S("name"), S("Talleres Ruiz S.L.")}, {S("tax_id"), S("B12345674")},
                                           {S("annual_revenue"), qlonglong(123456)}});
    REQUIRE(acc.ok());
    REQUIRE(store.create(S("contact"), {{S("first_name"), S("José")}, {S("last_name"), S("Núñez; \"Pepe\"")}, {S("account"), acc.value()},
                                        {S("email"), S("jose@ruiz.es")}, {S("mobile"), S("+34 600 111 222")},
                                        {S("birthday"), S("1980-12-31")}, {S("description"), S("Dos\nlíneas, con coma")},
                                        {S("city"), S("Zaragoza")}, {S("do_not_call"), 1}}).ok());
    REQUIRE(store.create(S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}}).ok());
    QTemporaryDir dir;
    Exporter exporter(a.db());
    const QString accounts = dir.filePath(S("accounts.csv"));
    const QString contacts = dir.filePath(S("contacts.csv"));
    const QString cards = dir.filePath(S("contacts.vcf"));
    ListQuery qa;
    qa.entity = S("account");
    ListQuery qc;
    qc.entity = S("contact");
    REQUIRE(exporter.run(qa, accounts, {}).ok());
    REQUIRE(exporter.run(qc, contacts, {}).ok());
    ExportOptions vo;
    vo.format = ExportFormat::VCard;
    REQUIRE(exporter.run(qc, cards, vo).ok());
    CHECK(test::fileBytes(cards).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));

    auto rows = [](Database &db, const QString &fields) {
        QStringList out;
        auto r = Sql::exec(db.connection(), S("SELECT %1 FROM contact c LEFT JOIN account a ON a.id = c.account ORDER BY c.last_name").arg(fields));
        REQUIRE(r.ok());
        while (r.value().next()) {
            QStringList cells;
            for (int i = 0; i < r.value().record().count(); ++i)
                cells << r.value().value(i).toString();
            out << cells.join(S("|"));
        }
        return out;
    };
    const QString all = S("c.first_name, c.last_name, a.name, a.tax_id, a.annual_revenue, c.email, c.mobile, c.birthday, "
                          "c.description, c.city, c.do_not_call");
    test::TempDb b;
    for (const auto &[entity, path] : {std::pair{S("account"), accounts}, std::pair{S("contact"), contacts}}) {
        ImportOptions o;
        o.entity = entity;
        o.path = path;
        auto r = Importer(b.db()).run(o);
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        CHECK(!r.value().rejected);
    }
    CHECK(rows(b.db(), all) == rows(a.db(), all));

    test::TempDb c;
    {
        ImportOptions o;
        o.entity = S("account");
        o.path = accounts;
        REQUIRE(Importer(c.db()).run(o).ok());
        o.entity = S("contact");
        o.path = cards;
        auto r = Importer(c.db()).run(o);
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        CHECK(r.value().created == 2);
    }
    const QString card = S("c.first_name, c.last_name, a.name, c.email, c.mobile, c.birthday, c.description, c.city");
    CHECK(rows(c.db(), card) == rows(a.db(), card));
}

TEST_CASE("export writes a relation as the id when its name is shared, so it imports back")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto a1 = store.create(S("account"), {{S("name"), S("Viveros Valencia")}});
    auto a2 = store.create(S("account"), {{S("name"), S("Viveros Valencia")}});
    auto a3 = store.create(S("account"), {{S("name"), S("Talleres Ruiz")}});
    REQUIRE((a1.ok() && a2.ok() && a3.ok()));
    REQUIRE(store.create(S("contact"), {{S("last_name"), S("Uno")}, {S("account"), a2.value()}}).ok());
    REQUIRE(store.create(S("contact"), {{S("last_name"), S("Dos")}, {S("account"), a3.value()}}).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(S("c.csv"));
    ListQuery q;
    q.entity = S("contact");
    q.columns = {S("last_name"), S("account")};
    REQUIRE(Exporter(t.db()).run(q, path, {}).ok());
    const QByteArray bytes = test::fileBytes(path);
    CHECK(bytes.contains(QByteArray("Uno," + a2.value().toUtf8() + "\r\n")));
    CHECK(bytes.contains("Dos,Talleres Ruiz\r\n"));
    ImportOptions o;
    o.entity = S("contact");
    o.path = path;
    o.onDuplicate = DuplicatePolicy::Create;
    auto r = Importer(t.db()).run(o);
    REQUIRE(r.ok());
    CHECK(r.value().created == 2);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM contact WHERE account = '%1'").arg(a2.value())) == 2);
}
