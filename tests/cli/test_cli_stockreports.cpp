// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli stock report, stock movements and stock slow on a real database file.
#include "clitest.h"

#include "inventory/stockledger.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {

StockMove mv(const QString &product, const QString &warehouse, const char *kind, qint64 quantity, const char *when, qint64 cost = -1)
{
    StockMove m;
    m.product = product;
    m.warehouse = warehouse;
    m.kind = S(kind);
    m.quantity = quantity;
    m.unitCost = cost;
    m.at = QDateTime::fromString(S(when), Qt::ISODate);
    return m;
}

// TOR-01 (cost 3.33): +100 central 10 Jan, +40 Sevilla 1 Feb, -15 central 15 Feb -> 125, 416.25
// HAR-25 kg (cost 1.30, reorder at 20): +12.5 on 5 Jan -> 12.5, value 16.25, below reorder level
void seed(test::TempDb &t)
{
    RecordStore store(t.db());
    StockLedger ledger(t.db());
    auto central = store.create(S("warehouse"), {{S("name"), S("Central")}, {S("is_default"), true}});
    auto sevilla = store.create(S("warehouse"), {{S("name"), S("Sevilla")}});
    auto tor = store.create(S("product"), {{S("sku"), S("TOR-01")}, {S("name"), S("Tornillos, caja")}, {S("unit"), S("unit")}, {S("cost"), 333}});
    auto har = store.create(S("product"), {{S("sku"), S("HAR-25")}, {S("name"), S("Harina")}, {S("unit"), S("kg")}, {S("cost"), 130},
                                           {S("reorder_level"), 20000}});
    REQUIRE((central.ok() && sevilla.ok() && tor.ok() && har.ok()));
    REQUIRE(ledger.post({mv(har.value(), central.value(), "receipt", 12500, "2026-01-05T09:00:00Z", 130),
                         mv(tor.value(), central.value(), "receipt", 100000, "2026-01-10T09:00:00Z", 333),
                         mv(tor.value(), sevilla.value(), "receipt", 40000, "2026-02-01T08:30:00Z", 333), // same cost: the average stays 3.33
                         mv(tor.value(), central.value(), "shipment", -15000, "2026-02-15T16:00:00Z")})
                .ok());
}

} // namespace

TEST_CASE("stock report prints on hand and value per product as table, CSV and JSON")
{
    test::TempDb t;
    seed(t);
    t.close();
    Cli cli(t.path());
    const QString before = test::dump(t.path());

    const QString table = cli.ok({S("stock"), S("report")});
    CHECK(table.contains(S("TOR-01")));
    CHECK(table.contains(S("416.25")));
    CHECK(table.contains(S("432.50")));   // 416.25 + 16.25
    CHECK(table.contains(S("Below level")));

    const QStringList csv = cli.lines({S("stock"), S("report"), S("--format"), S("csv")});
    REQUIRE(csv.size() == 4);   // header, two products, totals
    CHECK(csv.at(0) == S("sku,product,unit,on_hand,reserved,available,average_cost,value,reorder"));
    CHECK(csv.at(1) == S("HAR-25,Harina,kg,12.5,0,12.5,1.30,16.25,Below level"));
    CHECK(csv.at(2) == S("TOR-01,\"Tornillos, caja\",unit,125,0,125,3.33,416.25,"));
    CHECK(csv.at(3).contains(S(",137.5,0,137.5,,432.50,")));

    const QJsonObject json = cli.jsonObject({S("stock"), S("report"), S("--warehouse"), S("sevilla"), S("--format"), S("json")});
    CHECK(json.value(S("filters")).toString().contains(S("Sevilla")));
    const QJsonArray rows = json.value(S("rows")).toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(S("on_hand")).toString() == S("40"));
    CHECK(rows.at(0).toObject().value(S("value")).toString() == S("133.20"));
    CHECK(rows.at(0).toObject().value(S("warehouse")).toString() == S("Sevilla"));
    CHECK(json.value(S("totals")).toObject().value(S("value")).toString() == S("133.20"));

    // Unknown warehouse: a clear error, exit code non-zero, nothing written.
    auto bad = cli({S("stock"), S("report"), S("--warehouse"), S("Cádiz")});
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(S("Cádiz")));
    CHECK(test::dump(t.path()) == before);
}

TEST_CASE("stock movements and stock slow from the command line")
{
    test::TempDb t;
    seed(t);
    t.close();
    Cli cli(t.path());

    const QJsonObject m = cli.jsonObject({S("stock"), S("movements"), S("TOR-01"), S("--from"), S("2026-02-01"), S("--to"),
                                          S("2026-02-28"), S("--format"), S("json")});
    const QJsonArray rows = m.value(S("rows")).toArray();
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).toObject().value(S("balance")).toString() == S("100"));   // opening
    CHECK(rows.at(1).toObject().value(S("quantity")).toString() == S("40"));
    CHECK(rows.at(1).toObject().value(S("unit_cost")).toString() == S("3.33"));
    CHECK(rows.at(1).toObject().value(S("warehouse")).toString() == S("Sevilla"));
    CHECK(rows.at(2).toObject().value(S("quantity")).toString() == S("-15"));
    CHECK(rows.at(2).toObject().value(S("balance")).toString() == S("125"));
    CHECK(m.value(S("totals")).toObject().value(S("balance")).toString() == S("125"));
    CHECK(m.value(S("totals")).toObject().value(S("kind")).toString() == S("In 40"));

    auto none = cli({S("stock"), S("movements"), S("NADA-00")});
    CHECK(none.exitCode != 0);
    CHECK(none.err.contains(S("NADA-00")));
    auto backwards = cli({S("stock"), S("movements"), S("TOR-01"), S("--from"), S("2026-03-01"), S("--to"), S("2026-02-01")});
    CHECK(backwards.exitCode != 0);

    // 90 days up to 1 March: only HAR-25 never shipped. 10 days: TOR-01 too, 14 days since, first by value.
    QStringList slow = cli.lines({S("stock"), S("slow"), S("--today"), S("2026-03-01"), S("--format"), S("csv")});
    REQUIRE(slow.size() == 3);
    CHECK(slow.at(1).startsWith(S("HAR-25,Harina,kg,12.5,0,never,,1.30,16.25")));
    slow = cli.lines({S("stock"), S("slow"), S("--days"), S("10"), S("--today"), S("2026-03-01"), S("--format"), S("csv")});
    REQUIRE(slow.size() == 4);
    CHECK(slow.at(1) == S("TOR-01,\"Tornillos, caja\",unit,125,0,2026-02-15,14,3.33,416.25"));
    slow = cli.lines({S("stock"), S("slow"), S("--max-shipped"), S("15"), S("--today"), S("2026-03-01"), S("--format"), S("csv")});
    CHECK(slow.size() == 4);
    auto badDays = cli({S("stock"), S("slow"), S("--days"), S("0")});
    CHECK(badDays.exitCode != 0);
}

TEST_CASE("stock report --pdf writes the report through TablePrinter without a display")
{
    test::TempDb t;
    seed(t);
    t.close();
    Cli cli(t.path());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(S("stock.pdf"));
    if (!Cli::bare({S("help"), S("stock"), S("report")}).out.contains(S("--pdf"))) {
        // Built without the GUI (TRATO_BUILD_GUI=OFF): no TablePrinter, so --pdf is a usage error.
        CHECK(cli({S("stock"), S("report"), S("--pdf"), pdf}).exitCode != 0);
        CHECK_FALSE(QFile::exists(pdf));
        return;
    }
    auto r = cli({S("stock"), S("report"), S("--today"), S("2026-03-01"), S("--pdf"), pdf});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(pdf));
    const QString tool = QStandardPaths::findExecutable(S("pdftotext"));
    REQUIRE_FALSE(tool.isEmpty());   // poppler-utils (packaging/install-deps.sh, TEST list)
    auto text = test::run(tool, {S("-layout"), pdf, S("-")}, {}, {}, 30000);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(S("Stock on hand and valuation")));
    CHECK(text.out.contains(S("Tornillos, caja")));
    CHECK(text.out.contains(S("416.25")));
    CHECK(text.out.contains(S("432.50")));
    CHECK(text.out.contains(S("Date: 2026-03-01")));
    CHECK(text.out.contains(S("Page 1 of 1")));

    // A file that cannot be written: an error naming it, no partial file.
    auto bad = cli({S("stock"), S("slow"), S("--pdf"), dir.filePath(S("no/such/dir/slow.pdf"))});
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(S("slow.pdf")));
}
