// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "importexport/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace trato;

namespace {

// Writes the bytes exactly as given into a file in a temporary folder.
class MessyFile
{
public:
    MessyFile(const QByteArray &bytes, const QString &name = QStringLiteral("file.csv"))
        : m_path(m_dir.filePath(name))
    {
        QFile f(m_path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }
    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QList<QStringList> readAll(CsvReader &reader)
{
    QList<QStringList> records;
    QStringList fields;
    while (reader.next(&fields))
        records.append(fields);
    return records;
}

QList<QStringList> readBytes(const QByteArray &bytes, const CsvReader::Options &options = {})
{
    MessyFile file(bytes);
    CsvReader reader;
    const Status opened = reader.open(file.path(), options);
    INFO(opened.error().message);
    REQUIRE(opened.ok());
    const QList<QStringList> records = readAll(reader);
    INFO(reader.status().error().message);
    REQUIRE(reader.status().ok());
    REQUIRE(reader.atEnd());
    return records;
}

QStringList row(std::initializer_list<const char *> fields)
{
    QStringList list;
    for (const char *f : fields)
        list.append(QString::fromUtf8(f));
    return list;
}

QByteArray utf16le(const QString &text, bool bom)
{
    QByteArray out = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    for (const QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

QByteArray utf16be(const QString &text, bool bom)
{
    QByteArray out = bom ? QByteArray("\xFE\xFF", 2) : QByteArray();
    for (const QChar c : text) {
        out.append(char(c.unicode() >> 8));
        out.append(char(c.unicode() & 0xFF));
    }
    return out;
}

} // namespace

TEST_CASE("CSV: UTF-8 with and without BOM", "[csv]")
{
    const QByteArray body = "name,city\nJos\xC3\xA9 Mu\xC3\xB1oz,M\xC3\xA1laga\n";
    for (const bool bom : {false, true}) {
        MessyFile file(bom ? QByteArray("\xEF\xBB\xBF") + body : body);
        CsvReader reader;
        REQUIRE(reader.open(file.path()).ok());
        CHECK(reader.encoding() == (bom ? CsvReader::Encoding::Utf8Bom : CsvReader::Encoding::Utf8));
        CHECK(reader.encodingName() == (bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8")));
        const Result<QStringList> header = reader.header();
        REQUIRE(header.ok());
        CHECK(*header == row({"name", "city"}));
        QStringList fields;
        REQUIRE(reader.next(&fields));
        CHECK(fields == row({"Jos\xC3\xA9 Mu\xC3\xB1oz", "M\xC3\xA1laga"}));
        CHECK_FALSE(reader.next(&fields));
        CHECK(reader.atEnd());
    }
}

TEST_CASE("CSV: Windows-1252 with the 0x80-0x9F table and Latin-1 above", "[csv]")
{
    // "Muñoz", "€" and "“quotes”" as Excel writes them on a Spanish Windows.
    const QByteArray bytes = "Nombre;Importe;Nota\r\nMu\xF1oz;100 \x80;\x93quotes\x94\r\n"
                             "\x84\x85\x8A\x8C\x8E\x91\x92\x96\x97\x99\x9A\x9C\x9E\x9F;\x89;\xA0\xBF\xFF\r\n";
    MessyFile file(bytes);
    CsvReader reader;
    REQUIRE(reader.open(file.path()).ok());
    CHECK(reader.encoding() == CsvReader::Encoding::Windows1252);
    CHECK(reader.encodingName() == QStringLiteral("Windows-1252"));
    CHECK(reader.delimiter() == QLatin1Char(';'));
    const QList<QStringList> records = readAll(reader);
    REQUIRE(records.size() == 3);
    CHECK(records[1] == row({"Muñoz", "100 €", "“quotes”"}));
    CHECK(records[2] == row({"„…ŠŒŽ‘’–—™šœžŸ", "‰", "\xC2\xA0¿ÿ"}));
}

TEST_CASE("CSV: UTF-16LE with BOM, tab-delimited, as Excel's Unicode text export", "[csv]")
{
    const QString text = QString::fromUtf8("Name\tE-mail Address\tCity\r\nMuñoz\tm@example.com\t\"Málaga, ES\"\r\n"
                                           "Zoë 😀\t\t€\r\n");
    MessyFile file(utf16le(text, true), QStringLiteral("unicode.txt"));
    CsvReader reader;
    REQUIRE(reader.open(file.path()).ok());
    CHECK(reader.encoding() == CsvReader::Encoding::Utf16LE);
    CHECK(reader.encodingName() == QStringLiteral("UTF-16LE"));
    CHECK(reader.delimiter() == QLatin1Char('\t'));
    const QList<QStringList> records = readAll(reader);
    REQUIRE(reader.status().ok());
    REQUIRE(records.size() == 3);
    CHECK(records[0] == row({"Name", "E-mail Address", "City"}));
    CHECK(records[1] == row({"Muñoz", "m@example.com", "Málaga, ES"}));
    CHECK(records[2] == row({"Zoë 😀", "", "€"}));
}

TEST_CASE("CSV: UTF-16 BE with BOM and LE/BE without BOM", "[csv]")
{
    const QString text = QString::fromUtf8("a,b\nñ,€\n");
    const QList<QStringList> expected = {row({"a", "b"}), row({"ñ", "€"})};
    struct Case { QByteArray bytes; CsvReader::Encoding encoding; };
    const Case cases[] = {
        {utf16be(text, true), CsvReader::Encoding::Utf16BE},
        {utf16le(text, false), CsvReader::Encoding::Utf16LE},
        {utf16be(text, false), CsvReader::Encoding::Utf16BE},
    };
    for (const Case &c : cases) {
        MessyFile file(c.bytes);
        CsvReader reader;
        REQUIRE(reader.open(file.path()).ok());
        CHECK(reader.encoding() == c.encoding);
        CHECK(readAll(reader) == expected);
    }
}

TEST_CASE("CSV: UTF-16 and UTF-8 split across read chunks", "[csv]")
{
    // Multi-byte characters and surrogate pairs land on every possible chunk boundary.
    QString text = QStringLiteral("id,text\n");
    for (int i = 0; i < 20000; ++i)
        text += QString::number(i) % QStringLiteral(",ñ€😀x\n");
    for (const QByteArray &bytes : {text.toUtf8(), utf16le(text, true)}) {
        const QList<QStringList> records = readBytes(bytes);
        REQUIRE(records.size() == 20001);
        bool allGood = true;
        for (int i = 1; i < records.size(); ++i)
            allGood = allGood && records[i] == QStringList{QString::number(i - 1), QString::fromUtf8("ñ€😀x")};
        CHECK(allGood);
    }
}

TEST_CASE("CSV: CRLF split across read chunks, inside and outside quotes", "[csv]")
{
    // Shifting the start by 0..14 bytes puts every byte of the 15-byte records on the 64 KB boundary.
    for (int pad = 0; pad < 15; ++pad) {
        QByteArray bytes = "id,text" + QByteArray(pad, ' ') + "\r\n";
        for (int i = 0; i < 6000; ++i)
            bytes += QByteArray::number(100000 + i) + ",\"a\r\nb\"\r\n";
        MessyFile file(bytes);
        CsvReader reader;
        REQUIRE(reader.open(file.path()).ok());
        QStringList fields;
        REQUIRE(reader.next(&fields));
        bool allGood = true;
        for (int i = 0; i < 6000; ++i) {
            allGood = allGood && reader.next(&fields) && reader.lineNumber() == 2 + 2 * i
                      && fields == QStringList{QString::number(100000 + i), QStringLiteral("a\nb")};
        }
        CHECK(allGood);
        CHECK_FALSE(reader.next(&fields));
        CHECK(reader.atEnd());
    }
}

TEST_CASE("CSV: delimiters are detected and can be forced", "[csv]")
{
    struct Case { const char *bytes; char delimiter; };
    const Case cases[] = {
        {"a,b,c\n1,2,3\n", ','},
        {"a;b;c\n1;2;3\n", ';'},
        {"a\tb\tc\n1\t2\t3\n", '\t'},
        {"a|b|c\n1|2|3\n", '|'},
        // Spanish Excel: ';' with decimal commas.
        {"Nombre;Importe\nAna;1,5\nLuis;2,75\n", ';'},
        // Delimiters inside quotes do not count.
        {"\"a;x\",\"b;y\",c\n\"1;2;3\",2,3\n", ','},
        {"\"Smith, John\";\"1,2\"\n\"Doe, Jane\";\"3,4\"\n", ';'},
    };
    for (const Case &c : cases) {
        INFO(c.bytes);
        MessyFile file(QByteArray(c.bytes));
        CsvReader reader;
        REQUIRE(reader.open(file.path()).ok());
        CHECK(reader.delimiter() == QLatin1Char(c.delimiter));
    }

    CsvReader::Options options;
    options.delimiter = QLatin1Char(';');
    const QList<QStringList> forced = readBytes("a,b;c\n1,2;3\n", options);
    CHECK(forced == QList<QStringList>{row({"a,b", "c"}), row({"1,2", "3"})});
    // A single column: nothing to detect, the default is ','.
    MessyFile single(QByteArray("email\na@b.c\n"));
    CsvReader reader;
    REQUIRE(reader.open(single.path()).ok());
    CHECK(reader.delimiter() == QLatin1Char(','));
    CHECK(readAll(reader) == QList<QStringList>{row({"email"}), row({"a@b.c"})});
}

TEST_CASE("CSV: RFC 4180 quoting", "[csv]")
{
    const QList<QStringList> records = readBytes(
        "name,note,empty\r\n"
        "\"Smith, John\",\"He said \"\"hi\"\"\",\r\n"
        "\"multi\r\nline\",\"lf\nand cr\rend\",\"\"\r\n"
        "  spaced  ,\" quoted spaces \",last\r\n"
        ",,\r\n"
        "no,final,newline");
    REQUIRE(records.size() == 6);
    CHECK(records[1] == row({"Smith, John", "He said \"hi\"", ""}));
    CHECK(records[2] == row({"multi\nline", "lf\nand cr\nend", ""}));
    CHECK(records[3] == row({"  spaced  ", " quoted spaces ", "last"}));
    CHECK(records[4] == row({"", "", ""}));
    CHECK(records[5] == row({"no", "final", "newline"}));
}

TEST_CASE("CSV: LF, CR and CRLF record ends, empty lines and trailing empty lines are skipped", "[csv]")
{
    const QList<QStringList> expected = {row({"a", "b"}), row({"1", "2"}), row({"3", ""})};
    CHECK(readBytes("a,b\n1,2\n3,\n") == expected);
    CHECK(readBytes("a,b\r\n1,2\r\n3,\r\n") == expected);
    CHECK(readBytes("a,b\r1,2\r3,\r") == expected);
    CHECK(readBytes("a,b\n\n1,2\r\n\r\n3,\n\n\n\r\n") == expected);
    CHECK(readBytes("a,b\n1,2\n3,") == expected);
}

TEST_CASE("CSV: stray quotes are kept literally, like LibreOffice", "[csv]")
{
    const QList<QStringList> records = readBytes("a,b,c\n5'10\",O\"Brien,x\n\"quoted\"tail,\"\",\"\"\"\"\n");
    REQUIRE(records.size() == 3);
    CHECK(records[1] == row({"5'10\"", "O\"Brien", "x"}));
    CHECK(records[2] == row({"quotedtail", "", "\""}));
    const QList<QStringList> more = readBytes("a,b\n\"quoted\"tail,\"\"\"\"\n");
    CHECK(more[1] == row({"quotedtail", "\""}));
}

TEST_CASE("CSV: field counts are exposed, not enforced", "[csv]")
{
    const QList<QStringList> records = readBytes("a,b,c\n1,2\n1,2,3,4\n");
    REQUIRE(records.size() == 3);
    CHECK(records[1].size() == 2);
    CHECK(records[2].size() == 4);
}

TEST_CASE("CSV: Outlook and Google Contacts header lines", "[csv]")
{
    SECTION("Outlook")
    {
        MessyFile file(QByteArray(
            "\"First Name\",\"Middle Name\",\"Last Name\",\"Title\",\"Suffix\",\"Initials\",\"Web Page\","
            "\"Gender\",\"Birthday\",\"Anniversary\",\"Location\",\"Language\",\"Internet Free Busy\",\"Notes\","
            "\"E-mail Address\",\"E-mail 2 Address\",\"E-mail 3 Address\",\"Primary Phone\",\"Home Phone\","
            "\"Home Phone 2\",\"Mobile Phone\",\"Pager\",\"Home Fax\",\"Home Address\",\"Home Street\"\r\n"
            "\"Ana\",\"\",\"Mu\xC3\xB1oz\",\"\",\"\",\"A.M.\",\"\",\"Unspecified\",\"0/0/00\",\"0/0/00\",\"\",\"\",\"\","
            "\"Met at\r\nthe fair\",\"ana@example.es\",\"\",\"\",\"\",\"\",\"\",\"+34 600 000 000\",\"\",\"\","
            "\"C/ Mayor 1\r\nMadrid\",\"C/ Mayor 1\"\r\n"));
        CsvReader reader;
        REQUIRE(reader.open(file.path()).ok());
        CHECK(reader.delimiter() == QLatin1Char(','));
        const Result<QStringList> header = reader.header();
        REQUIRE(header.ok());
        REQUIRE(header->size() == 25);
        CHECK(header->at(0) == QStringLiteral("First Name"));
        CHECK(header->at(14) == QStringLiteral("E-mail Address"));
        QStringList fields;
        REQUIRE(reader.next(&fields));
        CHECK(fields.size() == 25);
        CHECK(fields[2] == QString::fromUtf8("Muñoz"));
        CHECK(fields[13] == QStringLiteral("Met at\nthe fair"));
        CHECK(fields[23] == QStringLiteral("C/ Mayor 1\nMadrid"));
        CHECK(reader.lineNumber() == 2);
        CHECK(reader.recordNumber() == 2);
    }
    SECTION("Google Contacts")
    {
        MessyFile file(QByteArray(
            "\xEF\xBB\xBF Name ,Given Name,Additional Name,Family Name,Nickname,Birthday,Notes,Group Membership,"
            "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name\n"
            "Ana Mu\xC3\xB1oz,Ana,,Mu\xC3\xB1oz,,,,* myContacts,* Home,ana@example.es,Mobile,+34 600 000 000,ACME\n"));
        CsvReader reader;
        REQUIRE(reader.open(file.path()).ok());
        const Result<QStringList> header = reader.header();
        REQUIRE(header.ok());
        CHECK(header->size() == 13);
        CHECK(header->at(0) == QStringLiteral("Name")); // BOM removed, trimmed
        CHECK(header->at(9) == QStringLiteral("E-mail 1 - Value"));
        QStringList fields;
        REQUIRE(reader.next(&fields));
        CHECK(fields.size() == 13);
        CHECK(fields[7] == QStringLiteral("* myContacts"));
        // header() after reading on is still the first record.
        CHECK(reader.header()->at(1) == QStringLiteral("Given Name"));
    }
}

// Speed is the benchmark's business; a quadratic reader would show here as a ctest timeout.
TEST_CASE("CSV: a 10 MB single-line field streams through in one piece", "[csv]")
{
    QByteArray big(10 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < big.size(); i += 1000)
        big[i] = 'y';
    for (const bool quoted : {false, true}) {
        const QByteArray bytes = "id,blob,end\n1," + (quoted ? "\"" + big + "\"" : big) + ",z\n2,small,z";
        MessyFile file(bytes);
        CsvReader reader;
        REQUIRE(reader.open(file.path()).ok());
        const QList<QStringList> records = readAll(reader);
        REQUIRE(reader.status().ok());
        REQUIRE(records.size() == 3);
        CHECK(records[1][1].size() == big.size());
        CHECK(records[1][1] == QString::fromLatin1(big));
        CHECK(records[1][2] == QStringLiteral("z"));
        CHECK(records[2] == row({"2", "small", "z"}));
        CHECK(reader.bytesRead() == bytes.size());
    }
    // One line that is all delimiters, too: no quadratic behaviour on many fields either.
    MessyFile wide(QByteArray(2 * 1024 * 1024, ';') + "\n");
    CsvReader reader;
    REQUIRE(reader.open(wide.path()).ok());
    CHECK(reader.delimiter() == QLatin1Char(';'));
    QStringList fields;
    REQUIRE(reader.next(&fields));
    CHECK(fields.size() == 2 * 1024 * 1024 + 1);
}

TEST_CASE("CSV: binary, empty and missing files are refused with a clear message", "[csv]")
{
    SECTION("PNG")
    {
        MessyFile file(QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1F\xF3\xFF\x61", 33),
                       QStringLiteral("photo.csv"));
        CsvReader reader;
        const Status s = reader.open(file.path());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == Error::BadInput);
        CHECK(s.error().message == QStringLiteral("photo.csv does not look like a text/CSV file"));
        QStringList fields;
        CHECK_FALSE(reader.next(&fields));
        CHECK_FALSE(reader.header().ok());
    }
    SECTION("control characters without NUL")
    {
        QByteArray bytes;
        for (int i = 0; i < 1000; ++i)
            bytes += (i % 10 == 0) ? "\x01\x02\x03" : "abc,";
        MessyFile file(bytes);
        CsvReader reader;
        const Status s = reader.open(file.path());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message == QStringLiteral("file.csv does not look like a text/CSV file"));
    }
    SECTION("empty")
    {
        for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\n"),
                                        QByteArray("\xFF\xFE", 2)}) {
            MessyFile file(bytes);
            CsvReader reader;
            const Status s = reader.open(file.path());
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().kind == Error::BadInput);
            CHECK(s.error().message == QStringLiteral("file.csv is empty"));
        }
    }
    SECTION("missing")
    {
        QTemporaryDir dir;
        CsvReader reader;
        const Status s = reader.open(dir.filePath(QStringLiteral("nope.csv")));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == Error::NotFound);
        CHECK(s.error().message == QStringLiteral("nope.csv does not exist"));
    }
    SECTION("unreadable: a folder")
    {
        QTemporaryDir dir;
        CsvReader reader;
        CHECK_FALSE(reader.open(dir.path()).ok());
    }
}

TEST_CASE("CSV: an unterminated quote names the line and column where it opens", "[csv]")
{
    QByteArray bytes = "name,note,x\n";
    for (int i = 2; i < 12; ++i)
        bytes += "a,\"b\nb\",c\n"; // records with an embedded newline: two physical lines each
    bytes += "ok,ok,\"never closed\nmore\n";
    // Records 2..11 start on lines 2,4,...,20; the bad record starts on line 22, its quote at column 7.
    MessyFile file(bytes);
    CsvReader reader;
    REQUIRE(reader.open(file.path()).ok());
    QStringList fields;
    int good = 0;
    while (reader.next(&fields))
        ++good;
    CHECK(good == 11);
    REQUIRE_FALSE(reader.status().ok());
    CHECK_FALSE(reader.atEnd());
    CHECK(reader.status().error().kind == Error::BadInput);
    CHECK(reader.status().error().message == QStringLiteral("file.csv: line 22, column 7: a quoted field is never closed"));
}

TEST_CASE("CSV: line numbers of records with embedded newlines", "[csv]")
{
    MessyFile file(QByteArray("h1,h2\r\n\"a\r\nb\r\nc\",1\r\n\r\nx,\"y\rz\"\ry,2\n\"\n\",3"));
    CsvReader reader;
    REQUIRE(reader.open(file.path()).ok());
    QStringList fields;
    QList<qint64> lines, numbers;
    while (reader.next(&fields)) {
        lines.append(reader.lineNumber());
        numbers.append(reader.recordNumber());
    }
    REQUIRE(reader.status().ok());
    CHECK(lines == QList<qint64>{1, 2, 6, 8, 9});
    CHECK(numbers == QList<qint64>{1, 2, 3, 4, 5});
}

TEST_CASE("CSV: invalid UTF-8 after the first 64 KB is an error naming its line, or Windows-1252 on request", "[csv]")
{
    QByteArray bytes = "name,city\n";
    int lines = 1;
    while (bytes.size() < 100 * 1024) {
        bytes += "Jos\xC3\xA9,M\xC3\xA1laga\n";
        ++lines;
    }
    bytes += "Mu\xF1oz,C\xE1" "ceres\n"; // Windows-1252 pasted into a UTF-8 file
    const int badLine = lines + 1;
    bytes += "last,line\n";

    SECTION("error by default")
    {
        MessyFile file(bytes);
        CsvReader reader;
        REQUIRE(reader.open(file.path()).ok());
        CHECK(reader.encoding() == CsvReader::Encoding::Utf8);
        QStringList fields;
        int read = 0;
        while (reader.next(&fields))
            ++read;
        CHECK(read == lines);
        REQUIRE_FALSE(reader.status().ok());
        CHECK(reader.status().error().message
              == QStringLiteral("file.csv: line %1, column 3: the text is not valid UTF-8 (does the file mix encodings?)")
                     .arg(badLine));
    }
    SECTION("Windows-1252 fallback with a warning")
    {
        CsvReader::Options options;
        options.invalidUtf8AsWindows1252 = true;
        MessyFile file(bytes);
        CsvReader reader;
        REQUIRE(reader.open(file.path(), options).ok());
        const QList<QStringList> records = readAll(reader);
        REQUIRE(reader.status().ok());
        REQUIRE(records.size() == lines + 2);
        CHECK(records[lines] == row({"Muñoz", "Cáceres"}));
        CHECK(records[lines - 1] == row({"José", "Málaga"}));
        CHECK(reader.warnings()
              == QStringList{QStringLiteral("file.csv: line %1: bytes that are not valid UTF-8 were read as Windows-1252")
                                 .arg(badLine)});
    }
}

TEST_CASE("CSV: a mostly UTF-8 file with a stray Windows-1252 byte early on is read as UTF-8 and reported", "[csv]")
{
    const QByteArray bytes = "name,city\nJos\xC3\xA9,M\xC3\xA1laga\nAnt\xC3\xB3n,C\xC3\xA1" "ceres\nMu\xF1oz,x\n";
    MessyFile file(bytes);
    CsvReader reader;
    REQUIRE(reader.open(file.path()).ok());
    CHECK(reader.encoding() == CsvReader::Encoding::Utf8);
    QStringList fields;
    REQUIRE(reader.next(&fields));
    REQUIRE(reader.next(&fields));
    CHECK(fields == row({"José", "Málaga"}));
    REQUIRE(reader.next(&fields));
    CHECK_FALSE(reader.next(&fields));
    CHECK(reader.status().error().message
          == QStringLiteral("file.csv: line 4, column 3: the text is not valid UTF-8 (does the file mix encodings?)"));
}

TEST_CASE("CSV: reading from a caller's device and forcing the encoding", "[csv]")
{
    QByteArray bytes = "a;b\n\xE9;\xE8\n"; // valid as Latin-1, not as UTF-8
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    REQUIRE(reader.open(&buffer, QStringLiteral("pasted")).ok());
    CHECK(reader.encoding() == CsvReader::Encoding::Windows1252);
    CHECK(readAll(reader) == QList<QStringList>{row({"a", "b"}), row({"é", "è"})});

    QByteArray utf8 = "a,b\n\xC3\xA9,x\n";
    QBuffer second(&utf8);
    REQUIRE(second.open(QIODevice::ReadOnly));
    CsvReader::Options options;
    options.encoding = CsvReader::Encoding::Windows1252;
    REQUIRE(reader.open(&second, QStringLiteral("pasted"), options).ok());
    CHECK(readAll(reader) == QList<QStringList>{row({"a", "b"}), row({"Ã©", "x"})});
}
