// SPDX-License-Identifier: GPL-3.0-or-later
// The report builder and the Reports page of Análisis: build a report in the dialog, preview it,
// save it, run it from the page (on a worker) into the table and the chart, export CSV and PDF,
// and a report whose field was removed shown with its warning.
#include "uitestsupport.h"
#include "views/reporttablemodel.h"

#include "analytics/reportservice.h"
#include "store/customfields.h"
#include "store/recordstore.h"
#include "util/background.h"
#include "analytics/reportspage.h"

#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

void seed(Database &db)
{
    RecordStore store(db);
    auto account = [&](const char *name, const char *city) {
        auto id = store.create(S("account"), {{S("name"), S(name)}, {S("city"), S(city)}});
        REQUIRE(id.ok());
        return id.value();
    };
    const QString alfa = account("Alfa SL", "Madrid"), beta = account("Beta SA", "Sevilla"), gamma = account("Gamma", "Madrid");
    auto opp = [&](const char *name, const QString &acc, qint64 cents, const char *close) {
        REQUIRE(store.create(S("opportunity"), {{S("name"), S(name)}, {S("account"), acc}, {S("amount"), cents}, {S("expected_close"), S(close)}})
                    .ok());
    };
    opp("Reforma de oficinas", alfa, 100000, "2026-03-10");
    opp("Mantenimiento anual", beta, 25050, "2026-02-01");
    opp("Ampliación de almacén", gamma, 9999, "2026-03-31");
    opp("Auditoría", alfa, 1000, "2025-12-31");
}
} // namespace

TEST_CASE("the report builder builds a grouped report with related columns and previews it")
{
    test::TempDb t;
    seed(t.db());
    ReportBuilderDialog dialog(t.db());
    dialog.setToday(QDate(2026, 3, 15));
    dialog.show();
    dialog.setName(S("Oportunidades por ciudad"));
    dialog.setShared(true);
    dialog.setEntity(S("opportunity"));
    // The column chooser offers related fields through the relations.
    auto *available = dialog.findChild<QListWidget *>(S("availableFields"));
    REQUIRE(available);
    bool related = false;
    for (int i = 0; i < available->count(); ++i)
        related = related || available->item(i)->data(Qt::UserRole).toString() == S("account.city");
    CHECK(related);
    dialog.addColumn(S("name"));
    dialog.addColumn(S("account"));
    dialog.addColumn(S("account.city"));
    dialog.addColumn(S("amount"), S("sum"));
    dialog.addFilter(S("expected_close"), S("period"), S("this_quarter"));
    dialog.setGroup(0, S("account.city"));
    dialog.setSort(S("amount"), true);
    dialog.findChild<QComboBox *>(S("reportChartType"))->setCurrentIndex(1); // bars
    // The filter row shows the relative period by its label.
    auto *filters = dialog.findChild<QTableWidget *>(S("reportFilters"));
    REQUIRE(filters->rowCount() == 1);
    CHECK(qobject_cast<QComboBox *>(filters->cellWidget(0, 2))->currentText() == S("This quarter"));

    const ReportDefinition d = dialog.definition();
    CHECK(d.entity == S("opportunity"));
    REQUIRE(d.columns.size() == 4);
    CHECK(d.columns.at(3).aggregate == S("sum"));
    REQUIRE(d.filters.size() == 1);
    CHECK(d.filters.at(0).value == S("this_quarter"));
    CHECK(d.groups.value(0).field == S("account.city"));
    CHECK(d.chart == S("bar"));

    QSignalSpy ready(&dialog, &ReportBuilderDialog::previewReady);
    dialog.runPreview();
    REQUIRE(ready.wait(10000));
    const ReportTable &table = dialog.preview()->model()->table();
    REQUIRE(table.rows.size() == 7); // Madrid: header, 2 rows, subtotal; Sevilla: header, 1 row, subtotal
    CHECK(table.rows.at(1).at(0) == S("Reforma de oficinas"));
    CHECK(table.rows.at(1).at(2) == S("Madrid"));
    CHECK(dialog.preview()->model()->rowCount() == 8); // + totals
    CHECK(dialog.preview()->tabs()->isTabEnabled(1));
    screenshot(&dialog, S("report-builder"));

    // The dialog saves; the page lists and runs it.
    auto id = ReportService::save(t.db(), dialog.name(), dialog.definition(), dialog.shared());
    REQUIRE(id.ok());
    waitForBackgroundWork();
}

TEST_CASE("the reports page runs a saved report into the table and chart and exports CSV and PDF")
{
    test::TempDb t;
    seed(t.db());
    ReportDefinition d;
    d.entity = S("opportunity");
    d.columns = {{S("name"), {}, {}}, {S("account.city"), {}, {}}, {S("amount"), {}, S("sum")}};
    d.groups = {{S("account.city"), {}}};
    d.chart = S("bar");
    REQUIRE(ReportService::save(t.db(), S("Por ciudad"), d, true).ok());

    ReportsPage page(t.db());
    page.setToday(QDate(2026, 3, 15));
    page.resize(1100, 600);
    QSignalSpy loaded(&page, &ReportsPage::reportsLoaded);
    page.show();
    REQUIRE(loaded.wait(10000));
    REQUIRE(page.list()->count() == 1);
    CHECK(page.list()->item(0)->text().startsWith(S("Por ciudad")));
    REQUIRE(page.selectReport(S("Por ciudad")));

    QSignalSpy ran(&page, &ReportsPage::reportRan);
    page.run();
    REQUIRE(ran.wait(10000));
    CHECK(ran.first().first().toBool());
    const ReportTable &table = page.preview()->model()->table();
    CHECK(table.totals.value(2) == S("1,360.49"));
    CHECK(table.rowKind(0) == ReportTable::GroupHeader);
    screenshot(&page, S("reports-page"));
    page.preview()->tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    screenshot(&page, S("reports-page-chart"));
    CHECK(page.preview()->chartView()->chart()->series().size() == 1);

    QTemporaryDir dir;
    QSignalSpy exported(&page, &ReportsPage::exported);
    const QString csv = dir.filePath(S("r.csv"));
    page.exportCsv(csv);
    REQUIRE(exported.wait(10000));
    CHECK(exported.last().at(1).toBool());
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.startsWith(S("Opportunity name,Account › City,Amount\r\n")));
    CHECK(text.endsWith(S("Total (4 rows),,1360.49\r\n")));

    const QString pdf = dir.filePath(S("r.pdf"));
    page.exportPdf(pdf);
    REQUIRE(exported.wait(10000));
    CHECK(exported.last().at(1).toBool());
    QFile p(pdf);
    REQUIRE(p.open(QIODevice::ReadOnly));
    CHECK(p.read(4) == "%PDF");
    waitForBackgroundWork();
}

TEST_CASE("the reports page marks a report whose field was removed and explains it")
{
    test::TempDb t;
    seed(t.db());
    Field region;
    region.label = S("Región");
    region.type = FieldType::Text;
    region.show = Field::InForm | Field::InList | Field::InImport;
    REQUIRE(CustomFields::add(t.db(), S("account"), region).ok());
    ReportDefinition d;
    d.entity = S("account");
    d.columns = {{S("name"), {}, {}}, {S("region"), S("Región"), {}}};
    REQUIRE(ReportService::save(t.db(), S("Regiones"), d, false).ok());
    REQUIRE(CustomFields::remove(t.db(), S("account"), S("region")).ok());

    ReportsPage page(t.db());
    page.resize(1000, 500);
    QSignalSpy loaded(&page, &ReportsPage::reportsLoaded);
    page.show();
    REQUIRE(loaded.wait(10000));
    REQUIRE(page.list()->count() == 1);
    CHECK(page.list()->item(0)->text().startsWith(S("⚠ Regiones")));
    auto *info = page.findChild<QLabel *>(S("reportInfo"));
    CHECK(info->text().contains(S("Column 'Región' refers to the field account.region, which no longer exists.")));
    screenshot(&page, S("reports-page-broken"));
    // Run without the broken parts (the page offers it; run(true) is what the button does).
    QSignalSpy ran(&page, &ReportsPage::reportRan);
    page.run(true);
    REQUIRE(ran.wait(10000));
    CHECK(page.preview()->model()->table().columnCount() == 1);
    // Still saved with its broken column.
    CHECK(ReportService::find(t.db(), S("Regiones"))->definitionText.contains(S("\"region\"")));
    waitForBackgroundWork();
}
