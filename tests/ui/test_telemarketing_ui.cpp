// SPDX-License-Identifier: GPL-3.0-or-later
// The Telemarketing page: the person's card, the filled-in script and the questions, the outcome
// buttons (clicked and by shortcut), call back at…, a bad answer, opening the person, the queue,
// the figures, and the New call list dialog.
#include "uitestsupport.h"

#include "activities/activityviews.h"
#include "forms/fieldeditor.h"
#include "search/segmentstore.h"
#include "shell/mainwindow.h"
#include "shell/modulepage.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "telemarketing/calllistservice.h"
#include "telemarketing/newcalllistdialog.h"
#include "telemarketing/telemarketingpage.h"
#include "views/moduleviewextensions.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

qint64 scalar(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto q = Sql::exec(db.connection(), sql, params);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}

QString field(Database &db, const char *entity, const QString &id, const char *name)
{
    auto r = RecordStore(db).get(S(entity), id);
    REQUIRE(r.ok());
    return r.value().value(S(name)).toString();
}

struct People
{
    QString ana, bea, carl, lena, list;
};

People setUp(Database &db)
{
    People p;
    const QString acme = addRecord(db, S("account"), {{S("name"), S("Acme Ibérica")}});
    p.ana = addRecord(db, S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}, {S("account"), acme},
                                         {S("phone"), S("+34 911 000 001")}, {S("best_time"), S("morning")}, {S("city"), S("Madrid")}});
    p.bea = addRecord(db, S("contact"), {{S("first_name"), S("Bea")}, {S("last_name"), S("Soler")}, {S("mobile"), S("+34 600 000 002")},
                                         {S("city"), S("Madrid")}});
    p.carl = addRecord(db, S("contact"), {{S("first_name"), S("Carl")}, {S("last_name"), S("Vidal")}, {S("phone"), S("+34 911 000 003")},
                                          {S("city"), S("Madrid")}});
    const QString script = addRecord(db, S("call_script"),
                                     {{S("name"), S("Intro")},
                                      {S("body"), S("Buenos días, {first_name}. Soy {operator}, de Trato. ¿Sigue usted en {company}?")},
                                      {S("questions"), S("title | ¿Cuál es su cargo?\nemail | ¿A qué correo le envío la oferta?")}});
    ListQuery q;
    q.entity = S("contact");
    CallListService::Source src;
    src.query = q;
    auto r = CallListService(db).create(S("Madrid"), src, script);
    REQUIRE(r.ok());
    p.list = r.value().listId;
    return p;
}
} // namespace

TEST_CASE_METHOD(UiFixture, "the telemarketing page shows the person, the script and the questions, and the outcome buttons log calls",
                 "[ui][telemarketing]")
{
    const People p = setUp(db());
    const QDateTime t0 = QDateTime::fromString(S("2026-03-02T09:00:00Z"), Qt::ISODate);
    QDateTime clockNow = t0;
    TelemarketingPage page(db());
    page.setClock([&clockNow] { return clockNow; });
    page.resize(1200, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.selectList(p.list);
    REQUIRE(waitFor([&] { return page.isUpToDate(); }));
    CHECK(page.objectName() == S("telemarketingPage"));

    // The card, the script filled in for Ana, the questions as editors with her values.
    REQUIRE(page.currentEntry().has_value());
    CHECK(page.currentEntry()->recordId == p.ana);
    CHECK(page.findChild<QLabel *>(S("personName"))->text() == S("Ana Ruiz"));
    CHECK(page.findChild<QLabel *>(S("personPhone"))->text() == S("+34 911 000 001"));
    CHECK(page.findChild<QLabel *>(S("personCompany"))->text() == S("Acme Ibérica"));
    CHECK(page.findChild<QLabel *>(S("personBestTime"))->text() == S("Morning"));
    CHECK(page.scriptText() == S("Buenos días, Ana. Soy tester, de Trato. ¿Sigue usted en Acme Ibérica?"));
    REQUIRE(page.questionEditor(S("title")));
    REQUIRE(page.questionEditor(S("email")));
    CHECK(page.progressText().startsWith(S("0 / 3 done")));
    auto *queue = page.findChild<QTableWidget *>(S("queueTable"));
    REQUIRE(queue->rowCount() == 2); // Ana is on screen, not in the queue
    CHECK(queue->item(0, 0)->text() == S("Bea Soler"));
    CHECK(page.findChild<QLabel *>(S("callTimer"))->text() == S("00:00"));
    uitest::screenshot(&page, S("telemarketing_page"));

    // Opening the person.
    QSignalSpy open(&page, &TelemarketingPage::openRecord);
    QTest::mouseClick(page.findChild<QPushButton *>(S("openPersonButton")), Qt::LeftButton);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toString() == S("contact"));
    CHECK(open.at(0).at(1).toString() == p.ana);

    // A bad answer: refused with a message, nothing written, Ana still on screen.
    const qint64 activities = scalar(db(), S("SELECT count(*) FROM activity"));
    auto *emailEdit = page.questionEditor(S("email"))->findChild<QLineEdit *>();
    REQUIRE(emailEdit);
    emailEdit->setFocus();
    typeText(emailEdit, S("not an email"));
    auto answered = answerNextMessageBox(QMessageBox::Ok);
    QTest::mouseClick(page.outcomeButton(S("interested")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return answered->seen; }));
    CHECK(scalar(db(), S("SELECT count(*) FROM activity")) == activities);
    CHECK(page.currentEntry()->recordId == p.ana);

    // A good answer with "Interested": the call, the meeting and the title are saved; Bea is next.
    emailEdit->clear();
    typeText(emailEdit, S("ana@acme.es"));
    auto *titleEdit = page.questionEditor(S("title"))->findChild<QLineEdit *>();
    titleEdit->setFocus();
    typeText(titleEdit, S("Directora de compras"));
    page.findChild<QPlainTextEdit *>(S("outcomeNotes"))->setPlainText(S("Quiere una demo"));
    QTest::mouseClick(page.outcomeButton(S("interested")), Qt::LeftButton);
    CHECK(field(db(), "contact", p.ana, "title") == S("Directora de compras"));
    CHECK(field(db(), "contact", p.ana, "email") == S("ana@acme.es"));
    CHECK(scalar(db(), S("SELECT count(*) FROM activity WHERE kind = 'meeting' AND contact = ?"), {p.ana}) == 1);
    CHECK(scalar(db(), S("SELECT count(*) FROM activity WHERE kind = 'call' AND outcome = 'interested' AND outcome_notes = 'Quiere una demo'")) == 1);
    REQUIRE(page.currentEntry().has_value());
    CHECK(page.currentEntry()->recordId == p.bea);
    CHECK(page.findChild<QLabel *>(S("personPhone"))->text() == S("+34 600 000 002")); // her mobile

    // Busy by keyboard (Alt+2): Bea goes back to the end of the queue; Carl is next.
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(&page, Qt::Key_2, Qt::AltModifier);
    // A shortcut "animates" the click: the button fires a moment later.
    REQUIRE(waitFor([&] { return page.currentEntry() && page.currentEntry()->recordId == p.carl; }));
    CHECK(scalar(db(), S("SELECT attempts FROM call_list_entry WHERE contact = ?"), {p.bea}) == 1);

    // Call back at…: the dialog asks for the time.
    onNextModal([&](QWidget *modal) {
        if (modal->objectName() != S("callBackDialog"))
            return false;
        auto *when = modal->findChild<QDateTimeEdit *>(S("callBackAt"));
        when->setDateTime(QDateTime::fromString(S("2026-03-03T17:15:00Z"), Qt::ISODate).toLocalTime());
        modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        return true;
    });
    QTest::mouseClick(page.outcomeButton(S("call_back")), Qt::LeftButton);
    CHECK(scalar(db(), S("SELECT count(*) FROM call_list_entry WHERE contact = ? AND status = 'call_back' "
                         "AND callback_at = '2026-03-03T17:15:00Z'"), {p.carl}) == 1);
    CHECK(scalar(db(), S("SELECT count(*) FROM activity WHERE kind = 'call' AND status = 'planned' AND contact = ? "
                         "AND start_at = '2026-03-03T17:15:00Z'"), {p.carl}) == 1);
    // Bea again (the only one left to call now).
    REQUIRE(page.currentEntry().has_value());
    CHECK(page.currentEntry()->recordId == p.bea);
    CHECK(page.findChild<QLabel *>(S("personAttempts"))->text() == S("1"));

    // The figures and the progress follow.
    REQUIRE(waitFor([&] { return page.isUpToDate(); }));
    CHECK(page.progressText().startsWith(S("1 / 3 done")));
    auto *stats = page.findChild<QTableWidget *>(S("operatorStats"));
    REQUIRE(stats->columnCount() == 1); // one operator
    CHECK(stats->horizontalHeaderItem(0)->text() == S("tester"));
    CHECK(stats->item(0, 0)->text() == S("3")); // calls
    CHECK(stats->item(1, 0)->text() == S("2")); // reached: interested, call back
    CHECK(stats->item(2, 0)->text() == S("1")); // interested
    CHECK(stats->item(5, 0)->text() == S("1")); // busy
    CHECK(stats->item(7, 0)->text() == S("0.0 %")); // no sale yet

    // Today only: the same three calls; a day later, none.
    page.findChild<QComboBox *>(S("statsPeriod"))->setCurrentIndex(1);
    REQUIRE(waitFor([&] { return page.isUpToDate(); }));
    REQUIRE(stats->columnCount() == 1);
    CHECK(stats->item(0, 0)->text() == S("3"));
    clockNow = t0.addDays(1);
    page.refresh();
    REQUIRE(waitFor([&] { return page.isUpToDate(); }));
    CHECK(stats->columnCount() == 0);
    page.findChild<QComboBox *>(S("statsScope"))->setCurrentIndex(1); // all calls
    page.findChild<QComboBox *>(S("statsPeriod"))->setCurrentIndex(0);
    REQUIRE(waitFor([&] { return page.isUpToDate(); }));
    CHECK(stats->columnCount() == 1);

    // The next day, Carl's call-back is due and comes first after Bea's call.
    clockNow = QDateTime::fromString(S("2026-03-03T17:20:00Z"), Qt::ISODate);
    QTest::mouseClick(page.outcomeButton(S("no_answer")), Qt::LeftButton);
    REQUIRE(page.currentEntry().has_value());
    CHECK(page.currentEntry()->recordId == p.carl);
    CHECK(page.currentEntry()->status == S("call_back"));
    // A sale, and nobody is left but Bea.
    QTest::mouseClick(page.outcomeButton(S("sale")), Qt::LeftButton);
    CHECK(page.currentEntry()->recordId == p.bea);
    page.findChild<QPushButton *>(S("skipButton"))->click();
    CHECK_FALSE(page.currentEntry().has_value());
    CHECK_FALSE(page.outcomeButton(S("sale"))->isEnabled());
    REQUIRE(waitFor([&] { return page.isUpToDate(); }));
    CHECK(page.findChild<QProgressBar *>(S("callListProgress"))->value() == 3);
    uitest::screenshot(&page, S("telemarketing_page_done"));
}

TEST_CASE_METHOD(UiFixture, "New call list builds a list from a segment on a worker and reports what it left out (the page registered in Activities)",
                 "[ui][telemarketing]")
{
    const People p = setUp(db());
    addRecord(db(), S("contact"), {{S("first_name"), S("Dora")}, {S("last_name"), S("Sin Teléfono")}, {S("city"), S("Madrid")}});
    addRecord(db(), S("contact"), {{S("first_name"), S("Eva")}, {S("last_name"), S("No Llamar")}, {S("city"), S("Madrid")},
                                   {S("phone"), S("+34 911 000 009")}, {S("do_not_call"), S("yes")}});
    Segment seg;
    seg.entity = S("contact");
    seg.name = S("Madrid");
    seg.conditions = {Condition{S("city"), Condition::Equals, S("Madrid")}};
    REQUIRE(SegmentStore(db()).add(seg).ok());

    registerActivityViews();
    QWidget *registered = nullptr;
    for (const auto &factory : ModuleViewExtensions::pages(Module::Activities)) {
        QWidget *w = factory(db());
        if (w->objectName() == S("telemarketingPage") && !registered)
            registered = w;
        else
            delete w;
    }
    REQUIRE(registered);
    auto *page = qobject_cast<TelemarketingPage *>(registered);
    REQUIRE(page);
    CHECK(page->windowTitle() == S("Telemarketing"));
    // Built but not shown: nobody has been handed a person yet.
    CHECK_FALSE(page->currentEntry().has_value());
    CHECK(scalar(db(), S("SELECT count(*) FROM call_list_entry WHERE claimed_at IS NOT NULL")) == 0);
    page->resize(1200, 800);
    page->show();
    REQUIRE(QTest::qWaitForWindowExposed(page));
    REQUIRE(waitFor([&] { return page->isUpToDate(); }));
    CHECK(page->currentListId() == p.list);
    REQUIRE(page->currentEntry().has_value());
    CHECK(page->currentEntry()->recordId == p.ana);

    bool shot = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<NewCallListDialog *>(modal);
        if (!dialog)
            return false;
        CHECK_FALSE(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled()); // no name yet
        typeText(dialog->nameEdit(), S("Madrid, otoño"));
        dialog->segmentChoice()->setChecked(true);
        CHECK(dialog->segmentBox()->currentText().startsWith(S("Madrid")));
        CHECK(dialog->scriptBox()->currentText() == S("Intro"));
        uitest::screenshot(dialog, S("new_call_list_dialog"));
        shot = true;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        return true;
    });
    QTest::mouseClick(page->findChild<QPushButton *>(S("newCallListButton")), Qt::LeftButton);
    CHECK(shot);
    REQUIRE(waitFor([&] { return page->isUpToDate() && page->reportText().contains(S("Left out")); }));
    CHECK(page->reportText() == S("“Madrid, otoño”: 3 to call. Left out: 1 without a phone, 1 do-not-call, 0 already in the list, 0 not people."));
    auto *picker = page->findChild<QComboBox *>(S("callListPicker"));
    CHECK(picker->currentText() == S("Madrid, otoño"));
    REQUIRE(page->currentEntry().has_value());
    CHECK(page->currentEntry()->recordId == p.ana);
    CHECK(page->scriptText().startsWith(S("Buenos días, Ana.")));
    // The first list's claim was given back when the page switched lists.
    CHECK(scalar(db(), S("SELECT count(*) FROM call_list_entry WHERE call_list = ? AND claimed_at IS NOT NULL"), {p.list}) == 0);
    delete page;
}

TEST_CASE_METHOD(UiFixture, "the main window's Activities module has the Telemarketing page", "[ui][telemarketing]")
{
    const People p = setUp(db());
    MainWindow w(db());
    w.resize(1400, 900);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    // Built with the window, but nobody is handed a person until the page is on screen.
    CHECK(scalar(db(), S("SELECT count(*) FROM call_list_entry WHERE claimed_at IS NOT NULL")) == 0);
    QTest::keyClick(&w, Qt::Key_7, Qt::ControlModifier);
    ModulePage *activities = w.modulePage(6);
    REQUIRE(activities);
    REQUIRE(activities->showPage(S("telemarketingPage")));
    auto *page = activities->findChild<TelemarketingPage *>(S("telemarketingPage"));
    REQUIRE(page);
    REQUIRE(waitFor([&] { return page->isVisible() && page->currentEntry().has_value() && page->isUpToDate(); }));
    CHECK(page->currentEntry()->recordId == p.ana);
    uitest::screenshot(&w, S("telemarketing_in_main_window"));
}
