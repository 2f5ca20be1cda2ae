// SPDX-License-Identifier: GPL-3.0-or-later
// Printed documents: DocumentPrinter's PDF read back with pdftotext (company, customer, number,
// lines, configurations, tax breakdown, total, layout switches, pagination), a rendered page, the
// Settings → Company page and the record view's Print… / Export PDF… actions.
#include "uitestsupport.h"

#include "printing/documentprinter.h"
#include "forms/recordview.h"
#include "sales/printactions.h"
#include "sales/salesviews.h"
#include "settings/companypage.h"
#include "settings/settingsdialog.h"

#include "inventory/configuration.h"
#include "sales/companyprofile.h"
#include "sales/documentcalc.h"
#include "sales/printabledocument.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

template <typename T> T must(Result<T> r)
{
    if (!r.ok())
        FAIL(r.error().message.toStdString());
    return r.value();
}

// Text as compared: compatibility-normalized (pdftotext gives the "fi" ligature as one character)
// and without any whitespace (pdftotext spaces right-aligned cells its own way; no-break spaces).
QString squash(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace())
            out.append(c);
    return out;
}

bool has(const QString &squashed, const QString &expected)
{
    return squashed.contains(squash(expected));
}

// The PDF's text, one squashed string per page (pdftotext separates pages with form feeds).
QStringList pdfPages(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(S("pdftotext"));
    REQUIRE_FALSE(tool.isEmpty());
    QProcess p;
    p.start(tool, {pdf, S("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages)
        page = squash(page);
    return pages;
}

struct Sale
{
    UiFixture f;
    QString account, car, invoice, config;
    Sale()
    {
        Database &db = f.db();
        RecordStore store(db);
        REQUIRE(CompanySettings::set(db, S("name"), S("Automóviles Ejemplo S.A.")).ok());
        REQUIRE(CompanySettings::set(db, S("tax_id"), S("A58818501")).ok());
        REQUIRE(CompanySettings::set(db, S("address"), S("Avenida de la Industria 4\n28108 Alcobendas")).ok());
        REQUIRE(CompanySettings::set(db, S("iban"), S("ES9121000418450200051332")).ok());
        REQUIRE(CompanySettings::set(db, S("payment_terms"), S("30 days, bank transfer")).ok());
        account = must(store.create(S("account"), {{S("name"), S("Talleres Norte S.L.")}, {S("tax_id"), S("B12345674")},
                                                   {S("city"), S("Bilbao")}}));
        car = must(store.create(S("product"), {{S("sku"), S("CAR-GT")}, {S("name"), S("Berlina GT")}, {S("unit_price"), qlonglong(2500000)}}));
        must(Configuration::addGroup(db, car, S("Color"), true));
        must(Configuration::addGroup(db, car, S("Interior"), true));
        must(Configuration::addOption(db, car, S("Color"), S("Red"), S("R"), 45000, false));
        must(Configuration::addOption(db, car, S("Interior"), S("Leather"), S("L"), 180000, false));
        config = must(Configuration::validate(db, car, {{S("Color"), S("Red")}, {S("Interior"), S("Leather")}})).json;
        // A draft takes lines; issue() then gives it its status and number, as the document service would.
        invoice = must(store.create(S("invoice"), {{S("account"), account}, {S("invoice_date"), S("2026-03-01")}}));
    }
    void issue()
    {
        if (issued)
            return;
        REQUIRE(RecordStore(f.db()).update(S("invoice"), invoice, {{S("status"), S("issued")}, {S("number"), S("F-2026-0042")}},
                                           RecordStore::Access::System).ok());
        issued = true;
    }
    bool issued = false;
    void line(int position, const QString &description, qlonglong qty, qlonglong price, double discount, double tax, bool configured = false)
    {
        // Free-text lines with a price, or the configured car (a product line).
        QVariantMap v{{S("invoice"), invoice}, {S("position"), position}, {S("kind"), configured ? S("product") : S("text")},
                      {S("description"), description}, {S("quantity"), qty}, {S("unit_price"), price}, {S("discount_percent"), discount},
                      {S("tax_rate"), tax}};
        if (configured) {
            v.insert(S("product"), car);
            v.insert(S("configuration"), config);
        }
        must(RecordStore(f.db()).create(S("sales_line"), v));
    }
    PrintableDocument doc()
    {
        issue();
        return must(PrintableDocument::load(f.db(), S("invoice"), invoice, QLocale::c()));
    }
};

void savePicture(const QImage &image, const QString &name)
{
    QLabel label;
    label.setPixmap(QPixmap::fromImage(image));
    label.resize(image.size());
    screenshot(&label, name);
}
} // namespace

TEST_CASE("a printed invoice PDF holds company, customer, number, lines, configuration, tax breakdown and total")
{
    Sale s;
    s.line(1, S("Berlina GT configurada"), 1000, 2725000, 5, 21, true);
    s.line(2, S("Mantenimiento anual"), 1500, 18000, 0, 21);
    s.line(3, S("Manual impreso"), 2000, 1250, 0, 4);
    const PrintableDocument d = s.doc();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(S("f.pdf"));
    REQUIRE(DocumentPrinter::writePdf(d, pdf).ok());
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 1);
    const QString text = pages.first();
    CHECK(has(text, S("Automóviles Ejemplo S.A.")));
    CHECK(has(text, S("A58818501")));
    CHECK(has(text, S("Talleres Norte S.L.")));
    CHECK(has(text, S("B12345674")));
    CHECK(has(text, S("F-2026-0042")));
    CHECK(has(text, S("Berlina GT configurada")));
    CHECK(has(text, S("Color: Red; Interior: Leather")));
    CHECK(has(text, S("Mantenimiento anual")));
    CHECK(has(text, S("Manual impreso")));

    // Every figure from DocumentCalc, formatted as printed.
    const DocumentTotals t = DocumentCalc::totals({CalcLine{1000, 2725000, 500, 0, 2100, 0}, CalcLine{1500, 18000, 0, 0, 2100, 0},
                                                   CalcLine{2000, 1250, 0, 0, 400, 0}});
    REQUIRE(t.breakdown.size() == 2);
    for (const TaxBucket &b : t.breakdown) {
        CHECK(text.contains(squash(d.money(b.base))));
        CHECK(text.contains(squash(d.money(b.tax))));
        CHECK(text.contains(squash(d.percent(b.taxBp))));
    }
    CHECK(text.contains(squash(d.money(t.total))));
    CHECK(d.totals.total == t.total);
    CHECK(has(text, S("ES91 2100 0418 4502 0005 1332")));
    CHECK(has(text, S("30 days, bank transfer")));
    CHECK(has(text, S("Page 1 of 1")));
    CHECK(has(text, S("Discount")));
    CHECK_FALSE(has(text, S("DRAFT")));

    // A rendered page, to look at, with an SVG logo in the corner (stored in the database).
    REQUIRE(CompanySettings::setLogo(s.f.db(), QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\">"
                                                         "<rect width=\"120\" height=\"40\" rx=\"6\" fill=\"#cc0000\"/></svg>"))
                .ok());
    int count = 0;
    const QImage page = DocumentPrinter(s.doc()).renderPage(1, 96, &count);
    CHECK(count == 1);
    REQUIRE_FALSE(page.isNull());
    CHECK(qAbs(page.width() - 794) <= 1);   // A4 at 96 dpi
    // 15 mm margins at 96 dpi: the logo starts at about (57, 57).
    const QColor logoPixel = page.pixelColor(80, 65);
    CHECK(logoPixel.red() > 180);
    CHECK(logoPixel.green() < 60);
    savePicture(page, S("printed-invoice"));
    REQUIRE(CompanySettings::setLayout(s.f.db(), S("show_logo"), S("no")).ok());
    CHECK(DocumentPrinter(s.doc()).renderPage(1, 96).pixelColor(80, 65).green() > 60);   // no logo there now
}

TEST_CASE("the layout switches what is printed: hidden discount column, footer text, no SKU")
{
    Sale s;
    s.line(1, S("Mantenimiento anual"), 1000, 18000, 10, 21);
    REQUIRE(CompanySettings::setLayout(s.f.db(), S("show_discount"), S("no")).ok());
    REQUIRE(CompanySettings::setLayout(s.f.db(), S("show_sku"), S("no")).ok());
    REQUIRE(CompanySettings::setLayout(s.f.db(), S("footer"), S("Inscrita en el Registro Mercantil de Madrid, tomo 1234")).ok());
    REQUIRE(CompanySettings::setLayout(s.f.db(), S("paper"), S("Letter")).ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(S("f.pdf"));
    REQUIRE(DocumentPrinter::writePdf(s.doc(), pdf).ok());
    const QString text = pdfPages(pdf).join(QLatin1Char(' '));
    CHECK_FALSE(text.contains(QRegularExpression(S("Discount(?!s)"))));
    CHECK_FALSE(has(text, S("10 %")));
    CHECK_FALSE(has(text, S("SKU")));
    CHECK(has(text, S("Unit price")));
    CHECK(has(text, S("Inscrita en el Registro Mercantil de Madrid, tomo 1234")));
    // Letter paper: 8.5 in wide.
    CHECK(qAbs(DocumentPrinter(s.doc()).renderPage(1, 96).width() - 816) <= 1);
}

TEST_CASE("a 200-line invoice paginates: header row and Page N of M on every page, totals on the last")
{
    Sale s;
    {
        // One transaction for the 200 lines, as a document service would.
        for (int i = 1; i <= 200; ++i)
            s.line(i, S("Recambio número %1 con una descripción larga que ocupa más de una línea en la columna de descripción del documento").arg(i),
                   1000 + i, 1000 + 37 * i, i % 3 ? 0 : 5, i % 2 ? 21 : 10);
    }
    const PrintableDocument d = s.doc();
    REQUIRE(d.lines.size() == 200);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(S("long.pdf"));
    REQUIRE(DocumentPrinter::writePdf(d, pdf).ok());
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() >= 3);
    const int m = int(pages.size());
    for (int n = 1; n <= m; ++n) {
        INFO("page " << n);
        CHECK(has(pages.at(n - 1), S("Description")));
        CHECK(has(pages.at(n - 1), S("Unit price")));
        CHECK(has(pages.at(n - 1), S("Page %1 of %2").arg(n).arg(m)));
    }
    CHECK(has(pages.first(), S("Recambio número 1 con")));
    CHECK(has(pages.last(), S("Recambio número 200 con")));
    CHECK(pages.last().contains(squash(d.money(d.totals.total))));
    CHECK_FALSE(pages.first().contains(squash(d.money(d.totals.total))));
    // Every line printed once.
    const QString all = pages.join(QLatin1Char(' '));
    for (int i = 1; i <= 200; ++i)
        CHECK(all.count(squash(S("Recambio número %1 con").arg(i))) == 1);
    savePicture(DocumentPrinter(d).renderPage(2, 96), S("printed-invoice-page2"));
}

TEST_CASE("a draft invoice prints marked DRAFT without a number, and an unwritable path is a clear error")
{
    Sale s;
    const QString draft = must(RecordStore(s.f.db()).create(S("invoice"), {{S("account"), s.account}, {S("number"), S("X-1")}},
                                                            RecordStore::Access::System));
    must(RecordStore(s.f.db()).create(S("sales_line"), {{S("invoice"), draft}, {S("position"), 1}, {S("kind"), S("text")},
                                                         {S("description"), S("Consultoría")}, {S("unit_price"), qlonglong(9000)}}));
    const PrintableDocument d = must(PrintableDocument::load(s.f.db(), S("invoice"), draft, QLocale::c()));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(S("draft.pdf"));
    REQUIRE(DocumentPrinter::writePdf(d, pdf).ok());
    const QString text = pdfPages(pdf).join(QLatin1Char(' '));
    CHECK(has(text, S("DRAFT")));
    CHECK_FALSE(has(text, S("X-1")));
    CHECK(has(text, S("Consultoría")));
    savePicture(DocumentPrinter(d).renderPage(1, 96), S("printed-draft"));

    auto bad = DocumentPrinter::writePdf(d, dir.filePath(S("no/such/folder/x.pdf")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(S("no/such/folder/x.pdf")));
}

TEST_CASE("Settings Company page: edits with a live preview, saves checked values, refuses a bad IBAN")
{
    UiFixture f;
    QDialog dialog;
    auto *page = new CompanyPage(f.db(), &dialog);
    page->resize(900, 640);
    page->show();
    QSignalSpy updated(page, &CompanyPage::previewUpdated);
    REQUIRE(updated.wait(10000));
    page->edit(S("name"))->setText(S("Automóviles Ejemplo S.A."));
    page->edit(S("tax_id"))->setText(S("A58818501"));
    page->edit(S("iban"))->setText(S("ES91 2100 0418 4502 0005 1332"));
    page->footerEdit()->setText(S("Gracias por su confianza"));
    page->columnBox(S("show_discount"))->setChecked(false);
    REQUIRE(waitFor([&] { return updated.count() >= 2; }, 10000));
    REQUIRE(page->preview()->pixmap().width() > 100);
    screenshot(page, S("settings-company"));
    REQUIRE(page->save().ok());
    CHECK(CompanySettings::load(f.db()).iban == S("ES9121000418450200051332"));
    CHECK(CompanySettings::load(f.db()).name == S("Automóviles Ejemplo S.A."));
    CHECK_FALSE(CompanySettings::loadLayout(f.db()).showDiscount);
    CHECK(CompanySettings::loadLayout(f.db()).footer == S("Gracias por su confianza"));

    page->edit(S("name"))->setText(S("Otro"));
    page->edit(S("iban"))->setText(S("ES91 2100 0418 4502 0005 1333"));
    auto refused = page->save();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(S("IBAN")));
    CHECK(CompanySettings::load(f.db()).name == S("Automóviles Ejemplo S.A."));   // nothing saved

    // In the real Settings dialog, at its own size.
    SettingsDialog settings(f.db());
    auto *tabs = settings.findChild<QTabWidget *>();
    REQUIRE(tabs);
    auto *inDialog = settings.findChild<CompanyPage *>(S("companyPage"));
    REQUIRE(inDialog);
    tabs->setCurrentWidget(inDialog);
    settings.show();
    QSignalSpy shown(inDialog, &CompanyPage::previewUpdated);
    REQUIRE(shown.wait(10000));
    CHECK(inDialog->edit(S("iban"))->text() == S("ES91 2100 0418 4502 0005 1332"));
    screenshot(&settings, S("settings-company-dialog"));
}

TEST_CASE("Print and Export PDF actions on the invoice record view work off the GUI thread")
{
    Sale s;
    s.line(1, S("Berlina GT configurada"), 1000, 2725000, 0, 21, true);
    s.issue();
    registerSalesViews();
    bool registered = false;
    for (const auto &e : RecordViewExtensions::forEntity(S("invoice")))
        registered = registered || e.place == RecordViewExtensions::Place::Action;
    CHECK(registered);

    PrintActions fresh(s.f.db(), S("invoice"));
    CHECK_FALSE(fresh.pdfButton()->isEnabled());   // a new record: nothing to print

    // The invoice's record view carries the actions, told which record is open.
    RecordView view(s.f.db(), S("invoice"));
    REQUIRE(view.openRecord(s.invoice));
    view.resize(1000, 640);
    view.show();
    PrintActions *found = nullptr;
    for (RecordViewPart *p : view.parts())
        if (auto *a = qobject_cast<PrintActions *>(p))
            found = a;
    REQUIRE(found);
    PrintActions &actions = *found;
    CHECK(actions.pdfButton()->isEnabled());
    CHECK(actions.printButton()->isVisible());
    screenshot(&view, S("invoice-record-print-actions"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(S("action.pdf"));
    QSignalSpy done(&actions, &PrintActions::pdfFinished);
    actions.exportPdf(pdf);
    CHECK_FALSE(actions.pdfButton()->isEnabled());   // busy while the worker writes
    REQUIRE(done.wait(20000));
    CHECK(done.first().at(1).toString().isEmpty());
    const QString text = pdfPages(pdf).join(QLatin1Char(' '));
    CHECK(has(text, S("F-2026-0042")));
    CHECK(has(text, S("Color: Red; Interior: Leather")));

    // Print…: Qt's preview dialog painted by DocumentPrinter.
    bool previewed = false;
    onNextModal([&](QWidget *w) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(w);
        if (!preview)
            return false;
        previewed = true;
        preview->reject();
        return true;
    }, 20000);
    QSignalSpy closed(&actions, &PrintActions::previewClosed);
    QTest::mouseClick(actions.printButton(), Qt::LeftButton);
    REQUIRE(closed.wait(20000));
    CHECK(previewed);
    CHECK(closed.first().at(0).toInt() == 1);
}
