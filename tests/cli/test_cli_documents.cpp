// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: the sales document workflow (line add, lines, quote convert, order ship/cancel,
// invoice issue/pay/overdue, credit-note, tax-rates) on the real binary.
#include "clitest.h"

#include <QDate>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

TEST_CASE("trato-cli builds converts issues pays and credits documents and refusals change nothing")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("add"), S("account"), S("name=Ferretería Sol"), S("payment_terms=30 días")});
    cli.ok({S("add"), S("product"), S("sku=WID-1"), S("name=Widget"), S("unit_price=10")});
    cli.ok({S("add"), S("service"), S("code=CONS"), S("name=Consultoría"), S("unit_price=50")});
    cli.ok({S("stock"), S("adjust"), S("WID-1"), S("10"), S("--reason"), S("inicial")});

    const QJsonArray rates = cli.jsonArray({S("tax-rates"), S("--format"), S("json")});
    REQUIRE(rates.size() == 4);
    CHECK(rates.at(0).toObject().value(S("code")).toString() == S("IVA21"));
    CHECK(rates.at(0).toObject().value(S("surcharge")).toString() == S("5.2"));

    const QString quote = cli.ok({S("add"), S("quote"), S("account=Ferretería Sol"), S("subject=Obra")}).trimmed();
    const QString year = QString::number(QDate::currentDate().year());
    const QString quoteNumber = S("QUO-%1-0001").arg(year);
    const QJsonObject l1 = cli.jsonObject({S("line"), S("add"), S("quote"), quoteNumber, S("--product"), S("WID-1"), S("--qty"), S("3"),
                                           S("--discount"), S("10"), S("--format"), S("json")});
    CHECK(l1.value(S("unit_price")).toString() == S("10.00"));
    CHECK(l1.value(S("net")).toString() == S("27.00"));
    cli.ok({S("line"), S("add"), S("quote"), quote, S("--service"), S("CONS"), S("--qty"), S("1.5")});
    cli.ok({S("line"), S("add"), S("quote"), quote, S("--text"), S("Entrega en obra")});

    // Bad lines: discount over 100 %, a negative price, two kinds at once. Nothing written.
    QString before = test::dump(t.path());
    auto discount = cli({S("line"), S("add"), S("quote"), quote, S("--product"), S("WID-1"), S("--discount"), S("120")});
    CHECK(discount.exitCode == 2);
    CHECK(discount.err.contains(S("100 %")));
    auto negative = cli({S("line"), S("add"), S("quote"), quote, S("--product"), S("WID-1"), S("--price"), S("-3")});
    CHECK(negative.exitCode == 2);
    CHECK(negative.err.contains(S("negative")));
    CHECK(cli({S("line"), S("add"), S("quote"), quote, S("--product"), S("WID-1"), S("--text"), S("x")}).exitCode == 1); // usage
    CHECK(test::dump(t.path()) == before);

    const QJsonObject lines = cli.jsonObject({S("lines"), S("quote"), quote, S("--format"), S("json")});
    CHECK(lines.value(S("lines")).toArray().size() == 3);
    CHECK(lines.value(S("subtotal")).toString() == S("105.00"));
    CHECK(lines.value(S("tax_total")).toString() == S("21.42"));
    CHECK(lines.value(S("total")).toString() == S("123.42"));
    REQUIRE(lines.value(S("taxes")).toArray().size() == 1);
    CHECK(lines.value(S("taxes")).toArray().at(0).toObject().value(S("base")).toString() == S("102.00"));
    const QString text = cli.ok({S("lines"), S("quote"), quote});
    CHECK(text.contains(S("Total:")));
    CHECK(text.contains(S("123.42 EUR")));

    // Quote -> order -> ship -> invoice -> issue.
    const QString order = cli.ok({S("quote"), S("convert"), quoteNumber, S("--to"), S("sales_order")}).trimmed();
    REQUIRE(order.size() == 36);
    CHECK(cli.jsonObject({S("show"), S("quote"), quote, S("--format"), S("json")}).value(S("status")).toString() == S("accepted"));
    CHECK(cli.ok({S("order"), S("ship"), order}).trimmed() == S("shipped"));
    const QString invoice = cli.ok({S("order"), S("invoice"), order}).trimmed();
    CHECK(cli.ok({S("invoice"), S("issue"), invoice}).trimmed() == S("INV-%1-00001").arg(year));
    CHECK(cli.jsonArray({S("stock"), S("WID-1"), S("--format"), S("json")}).at(0).toObject().value(S("on_hand")).toString() == S("7"));

    // Editing the issued invoice, paying more than due: refused, nothing written.
    before = test::dump(t.path());
    auto edit = cli({S("update"), S("invoice"), invoice, S("subject=Otra")});
    CHECK(edit.exitCode == 2);
    CHECK(edit.err.contains(S("credit note")));
    CHECK(cli({S("delete"), S("invoice"), invoice}).exitCode != 0);
    auto tooMuch = cli({S("invoice"), S("pay"), invoice, S("200")});
    CHECK(tooMuch.exitCode == 2);
    CHECK(tooMuch.err.contains(S("balance due")));
    CHECK(test::dump(t.path()) == before);

    const QJsonObject paid = cli.jsonObject({S("invoice"), S("pay"), S("INV-%1-00001").arg(year), S("23.42"), S("--method"), S("card"),
                                             S("--reference"), S("TPV-7"), S("--format"), S("json")});
    CHECK(paid.value(S("status")).toString() == S("partially_paid"));
    CHECK(paid.value(S("balance_due")).toString() == S("100.00"));

    const QString cn = cli.ok({S("credit-note"), invoice, S("--reason"), S("Una unidad defectuosa"), S("--restock"), S("--line"), S("1=1")}).trimmed();
    CHECK(cn == S("CN-%1-0001").arg(year));
    const QJsonObject after = cli.jsonObject({S("lines"), S("invoice"), invoice, S("--format"), S("json")});
    CHECK(after.value(S("credited")).toString() == S("10.89"));
    CHECK(after.value(S("balance_due")).toString() == S("89.11"));
    CHECK(cli.jsonArray({S("stock"), S("WID-1"), S("--format"), S("json")}).at(0).toObject().value(S("on_hand")).toString() == S("8"));
    auto noReason = cli({S("credit-note"), invoice});
    CHECK(noReason.exitCode == 1);

    // A cancelled order, a rejected quote.
    const QString order2 = cli.ok({S("add"), S("sales_order"), S("account=Ferretería Sol")}).trimmed();
    cli.ok({S("line"), S("add"), S("sales_order"), order2, S("--product"), S("WID-1"), S("--qty"), S("2")});
    CHECK(cli.ok({S("order"), S("cancel"), order2}).trimmed() == S("cancelled"));
    const QString rejected = cli.ok({S("add"), S("quote"), S("account=Ferretería Sol"), S("status=rejected")}).trimmed();
    before = test::dump(t.path());
    auto conv = cli({S("quote"), S("convert"), rejected, S("--to"), S("invoice")});
    CHECK(conv.exitCode == 2);
    CHECK(conv.err.contains(S("cannot be converted")));
    CHECK(test::dump(t.path()) == before);

    // Overdue: an issued invoice past its due date.
    const QString late = cli.ok({S("add"), S("invoice"), S("account=Ferretería Sol"), S("invoice_date=2026-01-01"), S("due_date=2026-01-15")}).trimmed();
    cli.ok({S("line"), S("add"), S("invoice"), late, S("--service"), S("CONS")});
    cli.ok({S("invoice"), S("issue"), late});
    const QJsonArray overdue = cli.jsonArray({S("invoice"), S("overdue"), S("--format"), S("json")});
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.at(0).toObject().value(S("balance_due")).toString() == S("60.50"));
}

TEST_CASE("trato-cli import of sales lines obeys the line rules and an issued invoice refuses them")
{
    test::TempDb t;
    const QString dir = t.dir();
    t.close();
    Cli cli(t.path());
    cli.ok({S("add"), S("account"), S("name=Bazar Luna"), S("equivalence_surcharge=true")});
    cli.ok({S("add"), S("product"), S("sku=LIB-1"), S("name=Libro"), S("unit_price=20"), S("tax_class=super_reduced")});
    const QString quote = cli.ok({S("add"), S("quote"), S("account=Bazar Luna")}).trimmed();
    const QString csv = dir + S("/lines.csv");
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("quote,product,quantity\n%1,Libro,2\n%1,Libro,3\n").arg(quote).toUtf8());
    }
    cli.ok({S("import"), S("sales_line"), csv});
    const QJsonObject lines = cli.jsonObject({S("lines"), S("quote"), quote, S("--format"), S("json")});
    REQUIRE(lines.value(S("lines")).toArray().size() == 2);
    const QJsonObject first = lines.value(S("lines")).toArray().at(0).toObject();
    CHECK(first.value(S("tax_rate")).toString() == S("4"));
    CHECK(first.value(S("surcharge_rate")).toString() == S("0.5"));
    CHECK(first.value(S("unit_price")).toString() == S("20.00"));
    // 100.00 at 4 % + 0.5 % = 4.00 + 0.50.
    CHECK(lines.value(S("total")).toString() == S("104.50"));

    const QString invoice = cli.ok({S("quote"), S("convert"), quote, S("--to"), S("invoice")}).trimmed();
    cli.ok({S("invoice"), S("issue"), invoice});
    const QString csv2 = dir + S("/more.csv");
    {
        QFile f(csv2);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("invoice,product,quantity\n%1,Libro,1\n").arg(invoice).toUtf8());
    }
    const QString before = test::dump(t.path());
    auto refused = cli({S("import"), S("sales_line"), csv2});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(S("cannot change")));
    CHECK(test::dump(t.path()) == before);
}
