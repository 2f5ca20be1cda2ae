// SPDX-License-Identifier: GPL-3.0-or-later
// Inventario's report pages (run on a worker, double-click opens the product, CSV export) and the
// TablePrinter's PDF, whose text is read back with pdftotext.
#include "uitestsupport.h"
#include "views/reporttablemodel.h"

#include "inventory/stockledger.h"
#include "inventory/stockreportpages.h"
#include "printing/tableprinter.h"
#include "store/recordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QSpinBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

StockMove mv(const QString &product, const char *kind, qint64 quantity, const char *when, qint64 cost = -1)
{
    StockMove m;
    m.product = product;
    m.kind = S(kind);
    m.quantity = quantity;
    m.unitCost = cost;
    m.at = QDateTime::fromString(S(when), Qt::ISODate);
    return m;
}

QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(S("pdftotext"));
    REQUIRE_FALSE(tool.isEmpty());   // poppler-utils (packaging/install-deps.sh, TEST list)
    QProcess p;
    p.start(tool, {S("-layout"), pdf, S("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST_CASE("the stock report page runs on a worker, shows totals, opens products and exports CSV and PDF")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto tor = store.create(S("product"), {{S("sku"), S("TOR-01")}, {S("name"), S("Tornillos de acero")}, {S("unit"), S("unit")},
                                           {S("cost"), 333}, {S("reorder_level"), 200000}});
    auto har = store.create(S("product"), {{S("sku"), S("HAR-25")}, {S("name"), S("Harina de trigo")}, {S("unit"), S("kg")}, {S("cost"), 130}});
    REQUIRE((tor.ok() && har.ok()));
    StockLedger ledger(t.db());
    REQUIRE(ledger.post({mv(tor.value(), "receipt", 125000, "2026-01-10T09:00:00Z", 333),
                         mv(har.value(), "receipt", 12250, "2026-01-05T09:00:00Z", 130)})
                .ok());

    StockReportPage page(t.db(), StockReportPage::Kind::Stock);
    page.setToday(QDate(2026, 3, 1));
    page.resize(1000, 420);
    page.show();
    QSignalSpy ready(&page, &StockReportPage::reportReady);
    REQUIRE(ready.wait(10000));
    CHECK(page.objectName() == S("stockReportPage"));
    ReportTableModel *model = page.model();
    REQUIRE(model->rowCount() == 3);   // two products + totals
    const int value = int(model->table().headers.indexOf(S("Value")));
    CHECK(model->index(0, 0).data().toString() == S("HAR-25"));
    CHECK(model->index(0, value).data().toString() == S("15.93"));
    CHECK(model->index(1, value).data().toString() == S("416.25"));
    CHECK(model->index(2, value).data().toString() == S("432.18"));
    CHECK(model->index(1, model->columnCount() - 1).data().toString() == S("Below level"));
    CHECK(model->index(2, 0).data(Qt::FontRole).value<QFont>().bold());
    screenshot(&page, S("stock-report"));

    // Double-click a product: openRecord(product, id).
    auto *view = page.findChild<QTableView *>(S("reportTable"));
    REQUIRE(view);
    QSignalSpy open(&page, &StockReportPage::openRecord);
    const QRect cell = view->visualRect(model->index(1, 1));
    // A double-click is a click followed by a double-click event for Qt's item views.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).at(0).toString() == S("product"));
    CHECK(open.at(0).at(1).toString() == tor.value());

    QTemporaryDir dir;
    QSignalSpy exported(&page, &StockReportPage::exported);
    page.exportCsv(dir.filePath(S("stock.csv")));
    REQUIRE(exported.wait(10000));
    CHECK(exported.at(0).at(1).toBool());
    QFile csv(dir.filePath(S("stock.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    CHECK(csvText.contains(S("TOR-01,Tornillos de acero,unit,125,0,125,3.33,416.25,Below level\r\n")));

    page.exportPdf(dir.filePath(S("stock.pdf")));
    REQUIRE(exported.wait(20000));
    CHECK(exported.at(1).at(1).toBool());
    const QString text = pdfText(dir.filePath(S("stock.pdf")));
    if (const QString shots = qEnvironmentVariable("TRATO_SCREENSHOT_DIR"); !shots.isEmpty())
        QFile::copy(dir.filePath(S("stock.pdf")), QDir(shots).filePath(S("stock-report.pdf")));
    CHECK(text.contains(S("Stock on hand and valuation")));
    CHECK(text.contains(S("Tornillos de acero")));
    CHECK(text.contains(S("416.25")));
    CHECK(text.contains(S("432.18")));
    CHECK(text.contains(S("Page 1 of 1")));
    CHECK(text.contains(S("Date: 2026-03-01")));

    // Filters: the warehouse picker lists the default warehouse the first receipt made; picking it
    // gives one row per product in that warehouse, with its name in the filters line.
    auto *warehouse = page.findChild<QComboBox *>(S("warehouseFilter"));
    REQUIRE(warehouse);
    page.refresh();   // refills nothing: the picker was filled when the page was built
    REQUIRE(ready.wait(10000));
    StockReportPage fresh(t.db(), StockReportPage::Kind::Stock);
    auto *picker = fresh.findChild<QComboBox *>(S("warehouseFilter"));
    REQUIRE(picker->count() == 2);   // "All warehouses" + the default one
    picker->setCurrentIndex(1);
    QSignalSpy freshReady(&fresh, &StockReportPage::reportReady);
    REQUIRE(freshReady.wait(10000));   // the first, automatic run
    fresh.refresh();
    REQUIRE(freshReady.wait(10000));
    CHECK(fresh.model()->table().headers.contains(S("Warehouse")));
    CHECK(fresh.model()->rowCount() == 3);
    CHECK(fresh.model()->table().filters.contains(picker->currentText()));
}

TEST_CASE("the movements and slow movers pages")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto tor = store.create(S("product"), {{S("sku"), S("TOR-01")}, {S("name"), S("Tornillos")}, {S("unit"), S("unit")}, {S("cost"), 333}});
    REQUIRE(tor.ok());
    StockLedger ledger(t.db());
    REQUIRE(ledger.post({mv(tor.value(), "receipt", 100000, "2026-01-10T09:00:00Z", 333),
                         mv(tor.value(), "shipment", -15000, "2026-02-15T16:00:00Z")})
                .ok());

    StockReportPage movements(t.db(), StockReportPage::Kind::Movements);
    movements.setToday(QDate(2026, 3, 1));
    movements.resize(1000, 360);
    movements.show();
    auto *product = movements.findChild<QLineEdit *>(S("productFilter"));
    REQUIRE(product);
    product->setText(S("TOR-01"));
    auto edits = movements.findChildren<QDateEdit *>();
    REQUIRE(edits.size() == 2);
    edits.at(0)->setDate(QDate(2026, 2, 1));
    edits.at(1)->setDate(QDate(2026, 2, 28));
    QSignalSpy ready(&movements, &StockReportPage::reportReady);
    movements.refresh();
    REQUIRE(ready.wait(10000));
    ReportTableModel *model = movements.model();
    REQUIRE(model->rowCount() == 3);   // opening, one shipment, closing
    CHECK(model->index(0, 8).data().toString() == S("100"));
    CHECK(model->index(1, 3).data().toString() == S("-15"));
    CHECK(model->index(2, 8).data().toString() == S("85"));
    screenshot(&movements, S("stock-movements"));

    StockReportPage slow(t.db(), StockReportPage::Kind::SlowMovers);
    slow.setToday(QDate(2026, 3, 1));
    slow.resize(1000, 300);
    slow.show();
    QSignalSpy slowReady(&slow, &StockReportPage::reportReady);
    REQUIRE(slowReady.wait(10000));
    CHECK(slow.model()->rowCount() == 1);   // shipped on 15 Feb: not slow over 90 days, only the totals row
    auto *days = slow.findChild<QSpinBox *>(S("daysFilter"));
    REQUIRE(days);
    days->setValue(10);
    slow.refresh();
    REQUIRE(slowReady.wait(10000));
    REQUIRE(slow.model()->rowCount() == 2);
    CHECK(slow.model()->index(0, 6).data().toString() == S("14"));
    CHECK(slow.model()->index(0, 8).data().toString() == S("283.05"));   // 85 × 3.33
    screenshot(&slow, S("slow-movers"));
}

TEST_CASE("TablePrinter paginates a long table: header on every page, page numbers, totals at the end")
{
    ReportTable t;
    t.title = S("Lista larga");
    t.filters = S("Filtro: todos");
    t.date = QDate(2026, 3, 1);
    t.headers = {S("Code"), S("Name"), S("Amount")};
    t.numeric = {false, false, true};
    for (int i = 1; i <= 300; ++i)
        t.rows << QStringList{QStringLiteral("R%1").arg(i, 4, 10, QLatin1Char('0')), S("Fila número %1").arg(i), QString::number(i * 10)};
    t.totals = {S("Total"), QString(), S("451500")};
    QTemporaryDir dir;
    int calls = 0, pagesSeen = 0;
    REQUIRE(TablePrinter::writePdf(t, dir.filePath(S("long.pdf")), [&](int done, int all) {
                ++calls;
                pagesSeen = all;
                return done <= all;
            }).ok());
    REQUIRE(pagesSeen > 1);
    CHECK(calls == pagesSeen);
    const QString text = pdfText(dir.filePath(S("long.pdf")));
    if (const QString shots = qEnvironmentVariable("TRATO_SCREENSHOT_DIR"); !shots.isEmpty())
        QFile::copy(dir.filePath(S("long.pdf")), QDir(shots).filePath(S("long-table.pdf")));
    CHECK(text.count(S("Amount")) == pagesSeen);   // header repeated on every page
    CHECK(text.contains(S("Page %1 of %1").arg(pagesSeen)));
    CHECK(text.contains(S("R0300")));
    CHECK(text.contains(S("451500")));
    CHECK(text.contains(S("Fila número 1")));

    // Cancel after the first page: no file is left behind.
    auto cancelled = TablePrinter::writePdf(t, dir.filePath(S("cancelled.pdf")), [](int, int) { return false; });
    CHECK_FALSE(cancelled.ok());
    CHECK_FALSE(QFile::exists(dir.filePath(S("cancelled.pdf"))));
}
