// SPDX-License-Identifier: GPL-3.0-or-later
// analytics: printing — "Print this list" and "Print record": TablePrinter's stream paints the same
// pages as paint(), ListPrinter's PDF has the list's filtered rows only (pdftotext), a PrintJob's
// Cancel leaves no file, and the Print buttons on a list and on a record view produce their PDFs
// (a page rendered by pdftoppm is saved with the screenshots).
#include "uitestsupport.h"

#include "analytics/analyticsviews.h"
#include "analytics/printactions.h"
#include "demo/demodata.h"
#include "forms/recordview.h"
#include "models/recordlistmodel.h"
#include "printing/listprinter.h"
#include "printing/printjob.h"
#include "printing/recordprinter.h"
#include "printing/tableprinter.h"
#include "search/filter.h"
#include "metadata/registry.h"
#include "views/recordlistview.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(S("pdftotext"));
    REQUIRE_FALSE(tool.isEmpty());
    auto text = test::run(tool, {S("-layout"), pdf, S("-")}, {}, {}, 30000);
    REQUIRE(text.exitCode == 0);
    return text.out;
}

int pdfPages(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(S("pdfinfo"));
    REQUIRE_FALSE(tool.isEmpty());
    auto info = test::run(tool, {pdf}, {}, {}, 30000);
    REQUIRE(info.exitCode == 0);
    for (const QString &line : info.out.split(QLatin1Char('\n')))
        if (line.startsWith(S("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

// Page 1 of a PDF as a PNG in $TRATO_SCREENSHOT_DIR (for people reviewing the layout).
void renderFirstPage(const QString &pdf, const QString &name)
{
    const QString dir = qEnvironmentVariable("TRATO_SCREENSHOT_DIR");
    const QString tool = QStandardPaths::findExecutable(S("pdftoppm"));
    if (dir.isEmpty() || tool.isEmpty())
        return;
    auto r = test::run(tool, {S("-png"), S("-r"), S("70"), S("-f"), S("1"), S("-l"), S("1"), S("-singlefile"), pdf,
                              QDir(dir).filePath(name)}, {}, {}, 30000);
    CHECK(r.exitCode == 0);
}

ReportTable bigTable(int rows)
{
    ReportTable t;
    t.title = S("Big");
    t.filters = S("All records");
    t.date = QDate(2026, 3, 2);
    t.headers = {S("Number"), S("Name"), S("City"), S("Amount")};
    t.numeric = {true, false, false, true};
    for (int i = 0; i < rows; ++i)
        t.rows << QStringList{QString::number(i), S("Cliente %1").arg(i), S("Madrid"), QString::number(i * 3) + S(".00")};
    t.totals = {S(""), S("Total"), S(""), S("999.00")};
    return t;
}

void seedContacts(Database &db)
{
    addRecord(db, S("account"), {{S("name"), S("Talleres Norte S.L.")}});
    addRecord(db, S("contact"), {{S("first_name"), S("Ana"), }, {S("last_name"), S("Gil")}, {S("city"), S("Madrid")}});
    addRecord(db, S("contact"), {{S("first_name"), S("Luis")}, {S("last_name"), S("Pérez")}, {S("city"), S("Sevilla")}});
    addRecord(db, S("contact"), {{S("first_name"), S("Marta")}, {S("last_name"), S("Ruiz")}, {S("city"), S("Madrid")}});
}
} // namespace

TEST_CASE_METHOD(UiFixture, "TablePrinter's stream paints the pages paint() paints, off the GUI thread too", "[ui][printing]")
{
    QTemporaryDir dir;
    const ReportTable t = bigTable(5000);   // beyond the width sample of 2,000 rows
    const QString whole = dir.filePath(S("whole.pdf"));
    REQUIRE(TablePrinter::writePdf(t, whole).ok());
    const QString streamed = dir.filePath(S("streamed.pdf"));
    {
        auto writer = TablePrinter::pdfWriter(t, streamed);
        TablePrinter::Stream stream(t, writer.get());
        REQUIRE(stream.begin(t.rows.size()));
        for (const QStringList &row : t.rows)
            REQUIRE(stream.addRow(row));
        REQUIRE(stream.finish());
        CHECK(stream.pagesDone() == pdfPages(whole));
    }
    CHECK(pdfPages(streamed) == pdfPages(whole));
    CHECK(pdfPages(whole) > 50);
    const QString text = pdfText(streamed);
    CHECK(text.contains(S("Cliente 4999")));
    CHECK(text.contains(S("999.00")));
    CHECK(text.contains(S("Page %1 of %1").arg(pdfPages(whole))));

    // Cancelled at page 3: painting stops and writePdf leaves no file.
    const QString cancelled = dir.filePath(S("cancelled.pdf"));
    int seen = 0;
    const Status s = TablePrinter::writePdf(t, cancelled, [&seen](int page, int) {
        seen = page;
        return page < 3;
    });
    CHECK_FALSE(s.ok());
    CHECK(seen == 3);
    CHECK_FALSE(QFile::exists(cancelled));
}

TEST_CASE_METHOD(UiFixture, "Print this list: the toolbar's Print button writes the list's filtered rows to a PDF", "[ui][printing]")
{
    registerAnalyticsViews();
    seedContacts(db());
    RecordListView view(db(), S("contact"), RecordListView::Mode::Records);
    view.resize(1000, 500);
    view.show();
    auto *button = view.findChild<QToolButton *>(S("printButton"));
    REQUIRE(button);
    REQUIRE(button->menu());
    CHECK(button->menu()->findChild<QAction *>(S("printListAction")) != nullptr);
    CHECK(button->menu()->findChild<QAction *>(S("exportListPdfAction")) != nullptr);
    screenshot(&view, S("print-list-toolbar"));

    auto condition = Filter::parse(*db().registry()->entity(S("contact")), S("city=Madrid"), QLocale::c());
    REQUIRE(condition.ok());
    view.model()->setConditions({condition.value()});
    REQUIRE(waitFor([&] { return view.model()->rowCount() == 2; }));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(S("madrid.pdf"));
    PrintJob *job = PrintActions::exportListPdf(db(), &view, pdf);
    QSignalSpy finished(job, &PrintJob::finished);
    QSignalSpy messages(&view, &RecordListView::message);
    REQUIRE(waitFor([&] { return finished.count() == 1; }, 15000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(QFile::exists(pdf));
    CHECK(messages.count() == 1);
    const QString text = pdfText(pdf);
    CHECK(text.contains(S("Contacts")));
    CHECK(text.contains(S("Madrid")));
    CHECK(text.contains(S("Ruiz")));
    CHECK(text.contains(S("Gil")));
    CHECK_FALSE(text.contains(S("Pérez")));
    CHECK_FALSE(text.contains(S("Sevilla")));
    renderFirstPage(pdf, S("print-list-page"));

    // An unwritable path: the job fails with a message naming it, nothing is written.
    const QString nowhere = dir.filePath(S("missing/list.pdf"));
    auto box = answerNextMessageBox(QMessageBox::Ok);
    PrintJob *bad = PrintActions::exportListPdf(db(), &view, nowhere);
    QSignalSpy badFinished(bad, &PrintJob::finished);
    REQUIRE(waitFor([&] { return badFinished.count() == 1; }, 15000));
    CHECK_FALSE(badFinished.at(0).at(0).toBool());
    CHECK(badFinished.at(0).at(1).toString().contains(nowhere));
    CHECK(waitFor([&] { return box->seen; }));
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE_METHOD(UiFixture, "a print job's Cancel stops the worker and leaves no partial file", "[ui][printing]")
{
    registerAnalyticsViews();
    DemoOptions options;
    options.contacts = 4000;
    REQUIRE(DemoData::generate(db(), options).ok());
    QTemporaryDir dir;

    // ListPrinter told to stop at page 3 of a long list: an error, no file.
    ListQuery query;
    query.entity = S("contact");
    const QString stopped = dir.filePath(S("stopped.pdf"));
    int last = 0, total = 0;
    const Status s = ListPrinter::writePdf(db(), query, {S("first_name"), S("last_name"), S("city")}, QDate(2026, 3, 2), stopped,
                                           [&](int page, int pages) {
                                               last = page;
                                               total = pages;
                                               return page < 3;
                                           });
    CHECK_FALSE(s.ok());
    CHECK(last == 3);
    CHECK(total > 50);
    CHECK_FALSE(QFile::exists(stopped));

    // A job whose producer writes page after page until told to stop: the dialog's Cancel stops it
    // mid-way and the partial file is gone.
    RecordListView view(db(), S("contact"), RecordListView::Mode::Records);
    view.show();
    const QString partial = dir.filePath(S("partial.pdf"));
    std::atomic_int pagesWritten{0};
    PrintJob *job = PrintJob::toPdf(&view, db(), S("Contacts"), partial,
                                    [partial, &pagesWritten](Database &, const TablePrinter::Progress &progress) -> Status {
                                        QFile f(partial);
                                        if (!f.open(QIODevice::WriteOnly))
                                            return Error::failure(S("cannot write"));
                                        for (int page = 1; page <= 2000; ++page) {
                                            f.write("page\n");
                                            f.flush();
                                            pagesWritten = page;
                                            if (!progress(page, 2000))
                                                return Error::failure(S("stopped at page %1").arg(page));
                                            QThread::msleep(2);
                                        }
                                        return Status::success();
                                    });
    QSignalSpy finished(job, &PrintJob::finished);
    QSignalSpy progressed(job, &PrintJob::progressed);
    REQUIRE(waitFor([&] { return progressed.count() >= 3; }, 15000));
    CHECK(QFile::exists(partial));
    REQUIRE(job->progressDialog());
    auto *cancel = job->progressDialog()->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click();   // the dialog's Cancel button
    REQUIRE(waitFor([&] { return finished.count() == 1; }, 15000));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(finished.at(0).at(1).toString().contains(S("Cancelled")));
    CHECK(pagesWritten < 2000);
    CHECK_FALSE(QFile::exists(partial));
}

TEST_CASE_METHOD(UiFixture, "Print record: the record view's Print button writes the record's labels and values", "[ui][printing]")
{
    registerAnalyticsViews();
    seedContacts(db());
    const QString id = addRecord(db(), S("contact"), {{S("first_name"), S("Elena")}, {S("last_name"), S("Navarro")},
                                                       {S("city"), S("Zaragoza")}, {S("title"), S("Jefa de taller")}});
    RecordView view(db(), S("contact"));
    view.resize(900, 700);
    REQUIRE(view.openRecord(id));
    view.show();
    auto *button = view.findChild<QToolButton *>(S("printRecordButton"));
    REQUIRE(button);
    CHECK(button->isEnabled());
    REQUIRE(button->menu());
    CHECK(button->menu()->findChild<QAction *>(S("printRecordAction")) != nullptr);
    CHECK(button->menu()->findChild<QAction *>(S("exportRecordPdfAction")) != nullptr);
    screenshot(&view, S("print-record-button"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(S("elena.pdf"));
    PrintJob *job = PrintActions::exportRecordPdf(&view, db(), S("contact"), id, pdf);
    QSignalSpy finished(job, &PrintJob::finished);
    REQUIRE(waitFor([&] { return finished.count() == 1; }, 15000));
    CHECK(finished.at(0).at(0).toBool());
    const QString text = pdfText(pdf);
    CHECK(text.contains(S("Contact: Elena Navarro")));
    CHECK(text.contains(S("First name")));
    CHECK(text.contains(S("Zaragoza")));
    CHECK(text.contains(S("Jefa de taller")));
    CHECK(text.contains(S("Page 1 of 1")));
    renderFirstPage(pdf, S("print-record-page"));
}

TEST_CASE_METHOD(UiFixture, "Print this list previews a small list and offers a PDF for a long one", "[ui][printing]")
{
    registerAnalyticsViews();
    DemoOptions options;
    options.contacts = PrintActions::kPreviewRowLimit + 200;
    REQUIRE(DemoData::generate(db(), options).ok());
    RecordListView view(db(), S("contact"), RecordListView::Mode::Records);
    view.resize(1000, 600);
    view.show();
    auto *button = view.findChild<QToolButton *>(S("printButton"));
    REQUIRE(button);
    QAction *print = button->menu()->findChild<QAction *>(S("printListAction"));
    REQUIRE(print);

    // Narrowed to Madrid: previewed, the preview shown and looked at.
    auto condition = Filter::parse(*db().registry()->entity(S("contact")), S("city=Madrid"), QLocale::c());
    REQUIRE(condition.ok());
    view.model()->setConditions({condition.value()});
    REQUIRE(waitFor([&] { return !view.model()->isLoading(); }));
    bool previewed = false;
    onNextModal([&](QWidget *w) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(w);
        if (!preview)
            return false;
        previewed = true;
        preview->resize(900, 700);
        screenshot(preview, S("print-list-preview"));
        preview->reject();
        return true;
    }, 15000);
    print->trigger();
    REQUIRE(waitFor([&] { return previewed; }, 15000));

    // Every contact: too many for a preview; the question is answered No and nothing is written.
    view.model()->setConditions({});
    REQUIRE(waitFor([&] { return !view.model()->isLoading(); }));
    auto box = answerNextMessageBox(QMessageBox::No, 15000);
    print->trigger();
    REQUIRE(waitFor([&] { return box->seen; }, 15000));
    CHECK(box->text.contains(S("too many for a print preview")));
}
