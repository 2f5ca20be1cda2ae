// SPDX-License-Identifier: GPL-3.0-or-later
// The Calendar page: day/week/month/agenda with navigation, drag to move and resize saved through
// the store, a refused move shown and snapped back, double-click to open and to create, the user
// legend filtering and coloring, PDF export, .ics import on a worker, and the module page wiring.
#include "uitestsupport.h"

#include "activities/calendarpage.h"
#include "activities/calendarview.h"
#include "activities/userprofiles.h"
#include "forms/fieldeditor.h"
#include "forms/recordform.h"
#include "forms/recordview.h"
#include "shell/mainwindow.h"
#include "shell/modulepage.h"
#include "views/recordlistview.h"
#include "store/recordstore.h"

#include <QDialog>
#include <QDir>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QHelpEvent>

#include <catch2/catch.hpp>

using namespace trato;
using Mode = CalendarQuery::Span;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

QDateTime local(QDate d, int h, int m = 0)
{
    return QDateTime(d, QTime(h, m)).toUTC();
}

QString add(Database &db, const char *subject, const char *kind, const QDateTime &start, const QDateTime &end,
            const char *owner = "tester", const char *status = "planned")
{
    QVariantMap v{{S("subject"), S(subject)}, {S("kind"), S(kind)}, {S("start_at"), start}, {S("owner"), S(owner)},
                  {S("status"), S(status)}};
    if (end.isValid())
        v.insert(S("end_at"), end);
    auto id = RecordStore(db).create(S("activity"), v);
    REQUIRE(id.ok());
    return id.value();
}

QDateTime stored(Database &db, const QString &id, const char *field)
{
    return QDateTime::fromString(RecordStore(db).get(S("activity"), id).value().value(S(field)).toString(), Qt::ISODate).toUTC();
}

// 2026-06-10 is a Wednesday; its week runs from Monday 8 to Sunday 14 June.
const QDate kDay(2026, 6, 10);

struct Page
{
    explicit Page(Database &db) : page(db)
    {
        page.setNow(local(kDay, 12));
        page.resize(1200, 820);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }
    void go(Mode mode, QDate anchor = kDay)
    {
        QSignalSpy loaded(&page, &CalendarPage::loaded);
        page.setMode(mode);
        page.setAnchor(anchor);
        REQUIRE(uitest::waitFor([&] { return !page.isLoading() && loaded.count() > 0; }));
        QCoreApplication::processEvents();
    }
    void waitReloaded(const std::function<bool()> &pred)
    {
        REQUIRE(uitest::waitFor([&] { return !page.isLoading() && pred(); }));
    }
    CalendarPage page;
};

void drag(QWidget *w, QPoint from, QPoint to)
{
    QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(w, from + QPoint(0, 6));
    QTest::mouseMove(w, (from + to) / 2);
    QTest::mouseMove(w, to);
    QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, to);
}
} // namespace

TEST_CASE("calendar page switches day, week, month and agenda and navigates", "[calendar]")
{
    uitest::UiFixture f;
    add(f.db(), "Llamar a Ana", "call", local(kDay, 10), local(kDay, 10, 30));
    add(f.db(), "Visita Acme", "visit", local(kDay.addDays(1), 9), local(kDay.addDays(1), 12), "maria");
    add(f.db(), "Enviar oferta", "task", local(kDay, 9), QDateTime());              // overdue at 12:00
    add(f.db(), "Cerrada", "meeting", local(kDay, 16), local(kDay, 17), "tester", "completed");
    REQUIRE(RecordStore(f.db()).create(S("activity"), {{S("subject"), S("Feria")}, {S("kind"), S("visit")}, {S("all_day"), true},
                                                       {S("start_at"), QDateTime(kDay.addDays(2), QTime(0, 0)).toUTC()},
                                                       {S("end_at"), QDateTime(kDay.addDays(4), QTime(0, 0)).toUTC()}}).ok());
    Page p(f.db());
    CalendarView *view = p.page.view();
    CHECK(p.page.objectName() == S("calendarPage"));
    CHECK(p.page.windowTitle() == S("Calendar"));

    p.go(Mode::Week);
    CHECK(view->firstDay() == QDate(2026, 6, 8));
    CHECK(view->items().size() == 5);
    CHECK_FALSE(p.page.dateLabelText().isEmpty());
    uitest::screenshot(&p.page, S("calendar-week"));

    p.go(Mode::Day);
    CHECK(view->items().size() == 3); // Feria and Visita are on other days
    uitest::screenshot(&p.page, S("calendar-day"));
    p.page.goNext();
    p.waitReloaded([&] { return view->anchor() == kDay.addDays(1) && view->items().size() == 1; });
    p.page.goPrevious();
    p.page.goPrevious();
    p.waitReloaded([&] { return view->anchor() == kDay.addDays(-1) && view->items().isEmpty(); });
    QTest::mouseClick(p.page.findChild<QToolButton *>(S("calendarToday")), Qt::LeftButton);
    p.waitReloaded([&] { return view->anchor() == kDay && view->items().size() == 3; });

    p.go(Mode::Month);
    CHECK(view->firstDay() == QDate(2026, 6, 1));
    CHECK(view->lastDay() == QDate(2026, 7, 5));
    CHECK(view->items().size() == 5);
    CHECK(p.page.dateLabelText().contains(S("2026")));
    uitest::screenshot(&p.page, S("calendar-month"));

    // The mode buttons do the same.
    QTest::mouseClick(p.page.findChild<QToolButton *>(S("calendarAgenda")), Qt::LeftButton);
    p.waitReloaded([&] { return p.page.mode() == Mode::Agenda; });
    CHECK(view->items().size() == 5);
    CHECK(view->itemRect(view->items().first().id).isValid());
    uitest::screenshot(&p.page, S("calendar-agenda"));
}

TEST_CASE("dragging moves an activity in week and month views, the bottom edge resizes it", "[calendar]")
{
    uitest::UiFixture f;
    const QString id = add(f.db(), "Reunión", "meeting", local(kDay, 10), local(kDay, 11));
    Page p(f.db());
    CalendarView *view = p.page.view();
    p.go(Mode::Week);
    QRect r = view->itemRect(id);
    REQUIRE(r.isValid());

    SECTION("week: a day later and two hours later")
    {
        const QPoint from = r.center();
        const QPoint to = from + QPoint(view->pointAt(kDay.addDays(1), QTime(12, 0)).x() - view->pointAt(kDay, QTime(12, 0)).x(),
                                        2 * CalendarView::kHourHeight);
        drag(view, from, to);
        p.waitReloaded([&] { return stored(f.db(), id, "start_at") != local(kDay, 10); });
        CHECK(stored(f.db(), id, "start_at") == local(kDay.addDays(1), 12));
        CHECK(stored(f.db(), id, "end_at") == local(kDay.addDays(1), 13));
        p.waitReloaded([&] { return view->items().size() == 1 && view->items().first().start == local(kDay.addDays(1), 12); });
    }
    SECTION("week: drag the bottom edge an hour down")
    {
        const QPoint from(r.center().x(), r.bottom() - 1);
        drag(view, from, from + QPoint(0, CalendarView::kHourHeight));
        p.waitReloaded([&] { return stored(f.db(), id, "end_at") != local(kDay, 11); });
        CHECK(stored(f.db(), id, "start_at") == local(kDay, 10));
        CHECK(stored(f.db(), id, "end_at") == local(kDay, 12));
    }
    SECTION("month: two days later, same time")
    {
        p.go(Mode::Month);
        r = view->itemRect(id);
        REQUIRE(r.isValid());
        const QPoint to = r.center() + (view->pointAt(kDay.addDays(2), QTime()) - view->pointAt(kDay, QTime()));
        drag(view, r.center(), to);
        p.waitReloaded([&] { return stored(f.db(), id, "start_at") != local(kDay, 10); });
        CHECK(stored(f.db(), id, "start_at") == local(kDay.addDays(2), 10));
        CHECK(stored(f.db(), id, "end_at") == local(kDay.addDays(2), 11));
    }
    SECTION("week: an all-day item moves by whole days in the all-day row")
    {
        auto allDay = RecordStore(f.db()).create(S("activity"), {{S("subject"), S("Feria")}, {S("kind"), S("visit")}, {S("all_day"), true},
                                                                 {S("start_at"), QDateTime(kDay, QTime(0, 0)).toUTC()},
                                                                 {S("end_at"), QDateTime(kDay.addDays(2), QTime(0, 0)).toUTC()}});
        REQUIRE(allDay.ok());
        p.waitReloaded([&] { return view->items().size() == 2; });
        const QRect band = view->itemRect(allDay.value());
        REQUIRE(band.isValid());
        const int dayWidth = view->pointAt(kDay.addDays(1), QTime(12, 0)).x() - view->pointAt(kDay, QTime(12, 0)).x();
        const QPoint from(band.left() + dayWidth / 2, band.center().y());
        drag(view, from, from + QPoint(dayWidth * 3, 0));
        p.waitReloaded([&] { return stored(f.db(), allDay.value(), "start_at") != QDateTime(kDay, QTime(0, 0)).toUTC(); });
        CHECK(stored(f.db(), allDay.value(), "start_at") == QDateTime(kDay.addDays(3), QTime(0, 0)).toUTC());
        // Stored as the last whole day (the activity rules' form of an all-day end).
        CHECK(stored(f.db(), allDay.value(), "end_at") == QDateTime(kDay.addDays(4), QTime(23, 59, 59)).toUTC());
        CHECK(stored(f.db(), id, "start_at") == local(kDay, 10));
    }
    SECTION("day: half an hour earlier")
    {
        p.go(Mode::Day);
        r = view->itemRect(id);
        REQUIRE(r.isValid());
        drag(view, r.center(), r.center() - QPoint(0, CalendarView::kHourHeight / 2));
        p.waitReloaded([&] { return stored(f.db(), id, "start_at") != local(kDay, 10); });
        CHECK(stored(f.db(), id, "start_at") == local(kDay, 9, 30));
        CHECK(stored(f.db(), id, "end_at") == local(kDay, 10, 30));
    }
    SECTION("a refused move is shown and the item snaps back")
    {
        p.page.moveActivity(S("no-such-activity"), local(kDay, 14), local(kDay, 15));
        CHECK(p.page.messageText().contains(S("Could not move the activity")));
        p.waitReloaded([&] { return view->items().size() == 1; });
        CHECK(view->items().first().start == local(kDay, 10));
        CHECK(stored(f.db(), id, "start_at") == local(kDay, 10));
    }
}

TEST_CASE("double-click opens an activity or creates one at that time, the legend filters by user", "[calendar]")
{
    uitest::UiFixture f;
    const QString mine = add(f.db(), "Mía", "call", local(kDay, 10), local(kDay, 10, 30));
    const QString hers = add(f.db(), "De María", "call", local(kDay, 14), local(kDay, 15), "maria");
    UserProfiles::Changes c;
    c.color = S("#aa3377");
    c.displayName = S("María López");
    REQUIRE(UserProfiles(f.db()).set(S("maria"), c).ok());
    Page p(f.db());
    CalendarView *view = p.page.view();
    p.go(Mode::Week);

    QSignalSpy open(&p.page, &CalendarPage::openRecord);
    QTest::mouseDClick(view, Qt::LeftButton, Qt::NoModifier, view->itemRect(mine).center());
    REQUIRE(open.count() == 1);
    CHECK(open.first().at(0).toString() == S("activity"));
    CHECK(open.first().at(1).toString() == mine);

    // An empty slot: Thursday 15:10 -> a new meeting at 15:00.
    QTest::mouseDClick(view, Qt::LeftButton, Qt::NoModifier, view->pointAt(kDay.addDays(1), QTime(15, 10)));
    auto *dialog = p.page.findChild<QDialog *>(S("newActivityDialog"));
    REQUIRE(dialog);
    REQUIRE(uitest::waitFor([&] { return dialog->isVisible(); }));
    auto *form = dialog->findChild<RecordView *>()->form();
    CHECK(QDateTime::fromString(form->editor(S("start_at"))->value().value().toString(), Qt::ISODate).toUTC() == local(kDay.addDays(1), 15));
    CHECK(form->editor(S("kind"))->value().value().toString() == S("meeting"));
    uitest::screenshot(dialog, S("calendar-new-activity"));
    dialog->reject();

    // Legend: both users, María's color; unticking her hides her activity.
    auto *users = p.page.findChild<QListWidget *>(S("calendarUsers"));
    REQUIRE(uitest::waitFor([&] { return users->count() >= 2; }));
    QListWidgetItem *maria = nullptr;
    for (int i = 0; i < users->count(); ++i)
        if (users->item(i)->data(Qt::UserRole).toString() == S("maria"))
            maria = users->item(i);
    REQUIRE(maria);
    CHECK(maria->text() == S("María López"));
    CHECK(view->itemRect(hers).isValid());
    maria->setCheckState(Qt::Unchecked);
    CHECK_FALSE(view->itemRect(hers).isValid());
    CHECK(view->itemRect(mine).isValid());
    maria->setCheckState(Qt::Checked);
    CHECK(view->itemRect(hers).isValid());
    // Hovering shows the whole item.
    QHelpEvent help(QEvent::ToolTip, view->itemRect(hers).center(), view->mapToGlobal(view->itemRect(hers).center()));
    QCoreApplication::sendEvent(view, &help);
    CHECK(QToolTip::text().contains(S("De María")));
    CHECK(QToolTip::text().contains(S("14:00–15:00")));
    // The painted color is hers: sample the middle of her item.
    const QImage shot = view->grab().toImage();
    const QRect r = view->itemRect(hers);
    CHECK(shot.pixelColor(r.left() + 2, r.bottom() - 3) == QColor(S("#aa3377")));
}

TEST_CASE("a week exported to PDF has the activities' text", "[calendar]")
{
    uitest::UiFixture f;
    add(f.db(), "Llamar a Ana Ruiz", "call", local(kDay, 10), local(kDay, 10, 30));
    add(f.db(), "Visita a Construcciones Pérez", "visit", local(kDay.addDays(3), 9), local(kDay.addDays(3), 12));
    add(f.db(), "Fuera de la semana", "call", local(kDay.addDays(10), 9), local(kDay.addDays(10), 10));
    for (int i = 0; i < 90; ++i) // enough for a second page
        add(f.db(), "Seguimiento", "task", local(kDay.addDays(1), 8).addSecs(i * 60), QDateTime());
    Page p(f.db());
    p.go(Mode::Week);
    const QString pdf = QDir(f.temp.dir()).filePath(S("week.pdf"));
    QString error;
    REQUIRE(p.page.exportPdf(pdf, Mode::Week, &error));
    CHECK(error.isEmpty());
    const auto text = test::run(S("pdftotext"), {S("-layout"), pdf, S("-")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(S("Llamar a Ana Ruiz")));
    CHECK(text.out.contains(S("Visita a Construcciones Pérez")));
    CHECK(text.out.contains(S("Page 2")));
    CHECK_FALSE(text.out.contains(S("Fuera de la semana")));
    // For people reviewing the layout, like the screenshots.
    if (const QString dir = qEnvironmentVariable("TRATO_SCREENSHOT_DIR"); !dir.isEmpty())
        QFile::copy(pdf, QDir(dir).filePath(S("calendar-week.pdf")));
    const auto info = test::run(S("pdfinfo"), {pdf});
    CHECK(info.out.contains(S("Pages:")));

    const QString dayPdf = QDir(f.temp.dir()).filePath(S("day.pdf"));
    REQUIRE(p.page.exportPdf(dayPdf, Mode::Day, &error));
    const auto day = test::run(S("pdftotext"), {dayPdf, S("-")});
    CHECK(day.out.contains(S("Llamar a Ana Ruiz")));
    CHECK_FALSE(day.out.contains(S("Construcciones")));
}

TEST_CASE("importing and exporting .ics from the page runs on a worker and refreshes the view", "[calendar]")
{
    uitest::UiFixture f;
    Page p(f.db());
    p.go(Mode::Week);
    CHECK(p.page.view()->items().isEmpty());
    const QString ics = QDir(f.temp.dir()).filePath(S("in.ics"));
    QFile file(ics);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:ui-1\r\nDTSTART;TZID=Europe/Madrid:20260610T100000\r\n"
               "DTEND;TZID=Europe/Madrid:20260610T110000\r\nSUMMARY:Desde Google\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    file.close();
    QSignalSpy done(&p.page, &CalendarPage::icsFinished);
    p.page.importIcs(ics);
    REQUIRE(done.wait(10000));
    CHECK(done.first().at(0).toBool());
    CHECK(done.first().at(1).toString().contains(S("1 new")));
    p.waitReloaded([&] { return p.page.view()->items().size() == 1; });
    CHECK(p.page.view()->items().first().start == QDateTime::fromString(S("2026-06-10T08:00:00Z"), Qt::ISODate));

    const QString out = QDir(f.temp.dir()).filePath(S("out.ics"));
    p.page.exportIcs(out);
    REQUIRE(done.wait(10000));
    CHECK(done.last().at(0).toBool());
    CHECK(QString::fromUtf8(test::run(S("cat"), {out}).out.toUtf8()).contains(S("SUMMARY:Desde Google")));

    // A broken file: the message says where, nothing changes.
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:ui-2\r\nSUMMARY:Rota\r\nEND:VCALENDAR\r\n");
    file.close();
    p.page.importIcs(ics);
    REQUIRE(done.wait(10000));
    CHECK_FALSE(done.last().at(0).toBool());
    CHECK(p.page.messageText().contains(S("in.ics:5:")));
    CHECK(p.page.view()->items().size() == 1);
}

TEST_CASE("the Activities module page connects the calendar's openRecord", "[calendar]")
{
    uitest::UiFixture f;
    auto *calendar = new CalendarPage(f.db());
    ModulePage page(f.db(), S("Activities"), {S("activity")}, RecordListView::Mode::Records, QString(), {calendar});
    QSignalSpy spy(&page, &ModulePage::openElsewhere);
    Q_EMIT calendar->openRecord(S("activity"), S("some-id"));
    REQUIRE(spy.count() == 1);
    CHECK(spy.first().at(1).toString() == S("some-id"));
    CHECK(page.showPage(S("calendarPage")));
}

TEST_CASE("in the main window the Activities module has the Calendar tab and opens activities from it", "[calendar]")
{
    uitest::UiFixture f;
    const QString id = add(f.db(), "Reunión semanal", "meeting", local(kDay, 10), local(kDay, 11));
    MainWindow w(f.db());
    w.resize(1280, 860);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.showPageByName(S("activity")));
    ModulePage *activities = w.modulePage(w.currentPage());
    REQUIRE(activities);
    CalendarPage *calendar = nullptr;
    for (QWidget *page : activities->extraPages())
        if (auto *c = qobject_cast<CalendarPage *>(page))
            calendar = c;
    REQUIRE(calendar);
    REQUIRE(activities->showPage(S("calendarPage")));
    calendar->setNow(local(kDay, 12));
    QSignalSpy loaded(calendar, &CalendarPage::loaded);
    calendar->setAnchor(kDay);
    REQUIRE(uitest::waitFor([&] { return !calendar->isLoading() && calendar->view()->itemRect(id).isValid(); }));
    uitest::screenshot(&w, S("calendar-main-window"));

    // Double-click the item: the activity list opens with its record.
    QTest::mouseDClick(calendar->view(), Qt::LeftButton, Qt::NoModifier, calendar->view()->itemRect(id).center());
    REQUIRE(uitest::waitFor([&] { return w.currentListView() != nullptr; }));
    CHECK(w.currentListView()->entityName() == S("activity"));
    CHECK(w.currentListView()->recordView()->recordId() == id);
}
