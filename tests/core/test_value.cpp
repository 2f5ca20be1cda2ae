// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "metadata/value.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace trato;

namespace {
Field field(FieldType type)
{
    Field f = Field::make("f", type, "F");
    f.option("new", "New").option("won", "Won");
    return f;
}
const QLocale es(QLocale::Spanish, QLocale::Spain);
const QLocale us(QLocale::English, QLocale::UnitedStates);
} // namespace

TEST_CASE("money is parsed exactly into cents in Spanish, English and plain forms")
{
    const Field m = field(FieldType::Money);
    CHECK(Value::parse(m, QStringLiteral("1.234,56 €"), es).value().toLongLong() == 123456);
    CHECK(Value::parse(m, QStringLiteral("1,234.56"), us).value().toLongLong() == 123456);
    CHECK(Value::parse(m, QStringLiteral("1234.5"), es).value().toLongLong() == 123450);
    CHECK(Value::parse(m, QStringLiteral("1.234"), es).value().toLongLong() == 123400); // grouping in es
    CHECK(Value::parse(m, QStringLiteral("-12,30"), es).value().toLongLong() == -1230);
    CHECK(Value::parse(m, QStringLiteral("0.1"), us).value().toLongLong() == 10);
    CHECK(Value::parse(m, QStringLiteral("99999999999.99"), us).value().toLongLong() == 9999999999999LL);
    CHECK(!Value::parse(m, QStringLiteral("abc"), es).ok());
    CHECK(!Value::parse(m, QStringLiteral("1.2.3,4,5"), es).ok());
    const auto tooPrecise = Value::parse(m, QStringLiteral("1.005"), us); // never rounded silently
    REQUIRE(!tooPrecise.ok());
    CHECK(tooPrecise.error().message.contains(QStringLiteral("two decimals")));
    CHECK(Value::formatCents(123456) == QStringLiteral("1234.56"));
    CHECK(Value::formatCents(-5) == QStringLiteral("-0.05"));
    CHECK(Value::parse(m, QString()).value().isNull());
}

TEST_CASE("dates accept ISO and the locale's form and reject impossible days")
{
    const Field d = field(FieldType::Date);
    CHECK(Value::parse(d, QStringLiteral("2025-02-28"), es).value().toString() == QStringLiteral("2025-02-28"));
    CHECK(Value::parse(d, QStringLiteral("28/02/2025"), es).value().toString() == QStringLiteral("2025-02-28"));
    CHECK(Value::parse(d, QStringLiteral("2/28/2025"), us).value().toString() == QStringLiteral("2025-02-28"));
    const auto bad = Value::parse(d, QStringLiteral("31/02/2025"), es);
    REQUIRE(!bad.ok());
    CHECK(bad.error().kind == Error::BadInput);
    CHECK(bad.error().message.contains(QStringLiteral("31/02/2025")));
    CHECK(!Value::parse(d, QStringLiteral("2025-13-01"), es).ok());
    CHECK(!Value::parse(d, QStringLiteral("yesterday"), es).ok());
    CHECK(Value::display(d, QStringLiteral("2025-02-28"), es) == QStringLiteral("28/2/25"));
}

TEST_CASE("other field types validate what they must")
{
    CHECK(Value::parse(field(FieldType::Email), QStringLiteral("ana.lópez@ejemplo.es")).ok());
    CHECK(!Value::parse(field(FieldType::Email), QStringLiteral("ana@")).ok());
    CHECK(!Value::parse(field(FieldType::Email), QStringLiteral("no at sign")).ok());
    CHECK(Value::parse(field(FieldType::Phone), QStringLiteral("+34 612 345 678")).ok());
    CHECK(!Value::parse(field(FieldType::Phone), QStringLiteral("call me")).ok());
    CHECK(Value::parse(field(FieldType::Url), QStringLiteral("www.trato.org")).ok());
    CHECK(!Value::parse(field(FieldType::Url), QStringLiteral("not a url")).ok());
    CHECK(Value::parse(field(FieldType::Integer), QStringLiteral("1.500"), es).value().toLongLong() == 1500);
    CHECK(!Value::parse(field(FieldType::Integer), QStringLiteral("1,5"), es).ok());
    CHECK(Value::parse(field(FieldType::Bool), QStringLiteral("sí")).value().toInt() == 1);
    CHECK(Value::parse(field(FieldType::Bool), QStringLiteral("No")).value().toInt() == 0);
    CHECK(!Value::parse(field(FieldType::Bool), QStringLiteral("maybe")).ok());
    CHECK(Value::parse(field(FieldType::Picklist), QStringLiteral("WON")).value().toString() == QStringLiteral("won"));
    CHECK(Value::parse(field(FieldType::Picklist), QStringLiteral("New")).value().toString() == QStringLiteral("new"));
    const auto badPick = Value::parse(field(FieldType::Picklist), QStringLiteral("lost"));
    REQUIRE(!badPick.ok());
    CHECK(badPick.error().message.contains(QStringLiteral("new, won")));
    CHECK(Value::parse(field(FieldType::MultiPicklist), QStringLiteral("won; new, won")).value().toString() == QStringLiteral("won;new"));
    CHECK(Value::parse(field(FieldType::DateTime), QStringLiteral("2025-03-01T10:00:00Z")).value().toString() == QStringLiteral("2025-03-01T10:00:00Z"));
    CHECK(!Value::parse(field(FieldType::DateTime), QStringLiteral("2025-02-30 10:00")).ok());
    CHECK(Value::parse(field(FieldType::Percent), QStringLiteral("12,5 %"), es).value().toDouble() == Approx(12.5));
}

TEST_CASE("display follows the locale, plain and json stay locale-independent")
{
    const Field m = field(FieldType::Money);
    CHECK(Value::display(m, qlonglong(123456), es) == QStringLiteral("1234,56"));
    CHECK(Value::display(m, qlonglong(12345678), us) == QStringLiteral("123,456.78"));
    CHECK(Value::display(m, qlonglong(387100000), es) == QStringLiteral("3.871.000,00")); // Qt 6.4 alone: "3871.000"
    CHECK(Value::display(m, qlonglong(-1234567), es) == QStringLiteral("-12.345,67"));
    CHECK(Value::display(field(FieldType::Integer), qlonglong(1234), us) == QStringLiteral("1,234"));
    CHECK(Value::display(field(FieldType::Integer), qlonglong(1234), es) == QStringLiteral("1234"));
    CHECK(Value::plain(m, qlonglong(12345678)) == QStringLiteral("123456.78"));
    CHECK(Value::json(m, qlonglong(5)).toString() == QStringLiteral("0.05"));
    CHECK(Value::display(field(FieldType::Picklist), QStringLiteral("won"), us) == QStringLiteral("Won"));
    CHECK(Value::json(field(FieldType::MultiPicklist), QStringLiteral("won;new")).toStringList() == QStringList({QStringLiteral("won"), QStringLiteral("new")}));
}

TEST_CASE("sort keys fold accents and case the same way in C++ and in SQL")
{
    CHECK(Value::sortKey(QStringLiteral("Álvarez Ñúñez")) == QStringLiteral("alvarez nunez"));
    CHECK(Value::sortKey(QStringLiteral("ÇA VA")) == QStringLiteral("ca va"));
    CHECK(Value::sortKey(QStringLiteral("Ωmega")) == QStringLiteral("Ωmega")); // outside the folds: unchanged
}

TEST_CASE("the fast email and phone checks agree with the full expressions")
{
    // The expressions Value used before it grew ASCII fast paths: every sample must get the same verdict.
    const QRegularExpression email(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\\-\\x{00C0}-\\x{FFFF}]+@[A-Za-z0-9\\x{00C0}-\\x{FFFF}](?:[A-Za-z0-9\\-\\x{00C0}-\\x{FFFF}]*[A-Za-z0-9\\x{00C0}-\\x{FFFF}])?(?:\\.[A-Za-z0-9\\x{00C0}-\\x{FFFF}](?:[A-Za-z0-9\\-\\x{00C0}-\\x{FFFF}]*[A-Za-z0-9\\x{00C0}-\\x{FFFF}])?)+$"));
    const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()./\\-]{3,}(\\s*(x|ext\\.?)\\s*\\d+)?$"));
    const QStringList emails = {
        QStringLiteral("ana@example.es"), QStringLiteral("a@b.c"), QStringLiteral("a@b"), QStringLiteral("@b.c"),
        QStringLiteral("a@.b.c"), QStringLiteral("a@b..c"), QStringLiteral("a..b@c.d"), QStringLiteral("a@b.c."),
        QStringLiteral("a@-b.c"), QStringLiteral("a@b-.c"), QStringLiteral("a@b-x.c"), QStringLiteral("a b@c.d"),
        QStringLiteral("a@b@c.d"), QStringLiteral("o'neil+tag@x-y.co.uk"), QStringLiteral("a@b_c.d"),
        QStringLiteral("josé@ejemplo.es"), QStringLiteral("ana@ejémplo.es"), QStringLiteral("a@b.c\t"),
        QStringLiteral("{x}|~@q.r"), QStringLiteral("a\"b@c.d"), QStringLiteral("a@1.2"), QStringLiteral(".a@b.c"),
        QStringLiteral("a.@b.c"), QStringLiteral("a@b.c-"), QString(QChar(0)) + QStringLiteral("@b.c"),
    };
    for (const QString &e : emails) {
        INFO(e.toStdString());
        CHECK(Value::isValidEmail(e) == (email.match(e).hasMatch() && !e.contains(QStringLiteral(".."))));
    }
    const QStringList phones = {
        QStringLiteral("+34 612 345 678"), QStringLiteral("612345678"), QStringLiteral("+12"), QStringLiteral("+123"),
        QStringLiteral("(91) 123-45.67/8"), QStringLiteral("++34 612"), QStringLiteral("612 345 x 12"),
        QStringLiteral("612 345 ext. 9"), QStringLiteral("6a12"), QStringLiteral("+ 1 2"), QStringLiteral("1-2"),
        QStringLiteral("12"), QStringLiteral("١٢٣٤٥"), QStringLiteral("+34 612+345"),
    };
    for (const QString &p : phones) {
        INFO(p.toStdString());
        int digits = 0;
        for (QChar c : p)
            digits += c.isDigit();
        CHECK(Value::parse(field(FieldType::Phone), p).ok() == (phone.match(p).hasMatch() && digits >= 3));
    }
}
