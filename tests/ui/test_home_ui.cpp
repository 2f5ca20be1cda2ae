// SPDX-License-Identifier: GPL-3.0-or-later
// Home's My day and Team sections, the reminder window and the reminder presenter.
#include "uitestsupport.h"

#include "activities/mydaysection.h"
#include "activities/reminders.h"
#include "activities/reminderwindow.h"
#include "activities/supervisorstats.h"
#include "demo/demodata.h"
#include "shell/mainwindow.h"
#include "store/recordstore.h"
#include "views/homeview.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {

QString S(const char *s) { return QString::fromUtf8(s); }

QString create(Database &db, const QString &entity, const QVariantMap &values)
{
    auto id = RecordStore(db).create(entity, values, RecordStore::Access::System);
    REQUIRE(id.ok());
    return id.value();
}

QVariant field(Database &db, const QString &id, const char *name)
{
    auto r = RecordStore(db).get(S("activity"), id);
    REQUIRE(r.ok());
    return r.value().value(QString::fromLatin1(name));
}

int rowOf(QTableWidget *table, const QString &subject)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 2) && table->item(row, 2)->text() == subject)
            return row;
    return -1;
}

} // namespace

TEST_CASE("home: My day lists today's items, overdue in red, one click completes, double-click opens")
{
    UiFixture f;
    Database &db = f.db();
    const QDateTime now = QDateTime::currentDateTime();
    const QString ana = create(db, S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}, {S("phone"), S("+34 600 111 222")}});
    const QString late = create(db, S("activity"), {{S("kind"), S("task")}, {S("subject"), S("Enviar presupuesto")},
                                                    {S("start_at"), now.addDays(-2)}, {S("contact"), ana}});
    const QString call = create(db, S("activity"), {{S("kind"), S("call")}, {S("subject"), S("Llamar a Ana")},
                                                    {S("start_at"), now.addDays(1)}, {S("contact"), ana}});

    // A reminder that came due while Trato was closed: the main window's presenter shows it at start.
    const QString reminded = create(db, S("activity"), {{S("kind"), S("call")}, {S("subject"), S("Recordatorio pendiente")},
                                                        {S("start_at"), now.addDays(2)}, {S("remind_at"), now.addSecs(-300)}});
    MainWindow w(db);
    w.show();
    ReminderWindow *reminderWindow = nullptr;
    REQUIRE(waitFor([&] {
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *r = qobject_cast<ReminderWindow *>(top); r && r->isVisible())
                reminderWindow = r;
        return reminderWindow != nullptr;
    }));
    REQUIRE(reminderWindow->reminders().size() == 1);
    CHECK(reminderWindow->reminders().first().id == reminded);
    QTest::mouseClick(reminderWindow->findChild<QPushButton *>(S("dismissReminder")), Qt::LeftButton);
    CHECK(field(db, reminded, "remind_at").isNull());
    CHECK_FALSE(reminderWindow->isVisible());
    auto *section = w.findChild<MyDaySection *>();
    REQUIRE(section);
    QTableWidget *table = section->table();
    REQUIRE(waitFor([&] { return rowOf(table, S("Enviar presupuesto")) >= 0; }));
    const int row = rowOf(table, S("Enviar presupuesto"));
    CHECK(table->item(row, 3)->text() == S("Ana Ruiz"));
    CHECK(table->item(row, 4)->text() == S("+34 600 111 222"));
    CHECK(table->item(row, 2)->foreground().color() == QColor(0xc6, 0x28, 0x28)); // overdue: red
    CHECK(rowOf(table, S("Llamar a Ana")) < 0); // tomorrow's
    screenshot(w.homeView(), S("home-myday"));

    // The next day shows tomorrow's call.
    QTest::mouseClick(section->findChild<QWidget *>(S("myDayNext")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return rowOf(table, S("Llamar a Ana")) >= 0; }));
    CHECK(section->date() == now.date().addDays(1));
    QTest::mouseClick(section->findChild<QPushButton *>(S("myDayToday")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return rowOf(table, S("Enviar presupuesto")) >= 0; }));

    // One click: the activity is completed in the database and the row says so.
    auto *complete = table->findChild<QPushButton *>(S("complete_") + late);
    REQUIRE(complete);
    // ActivityActions::complete may ask for the next step (the sales loop's dialog): take what it
    // proposes. Without a dialog this handler expires unused.
    onNextModal(
        [](QWidget *modal) {
            auto *dialog = qobject_cast<QDialog *>(modal);
            if (!dialog || qobject_cast<QMessageBox *>(modal))
                return false;
            dialog->accept();
            return true;
        },
        3000);
    QTest::mouseClick(complete, Qt::LeftButton);
    CHECK(field(db, late, "status").toString() == S("completed"));
    CHECK_FALSE(field(db, late, "completed_at").isNull());
    // A completed item from an earlier day is no longer on today's list.
    REQUIRE(waitFor([&] { return rowOf(table, S("Enviar presupuesto")) < 0; }));
    (void)call;

    // Double-click opens the activity in its module.
    QTest::mouseClick(section->findChild<QWidget *>(S("myDayNext")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return rowOf(table, S("Llamar a Ana")) >= 0; }));
    QSignalSpy open(section, &MyDaySection::openRecordRequested);
    const int callRow = rowOf(table, S("Llamar a Ana"));
    const QRect cell = table->visualRect(table->model()->index(callRow, 2));
    // A double-click is a click followed by a double-click event for Qt's item views.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).at(1).toString() == call);
    CHECK(w.currentPage() != MainWindow::HomePage);
}

TEST_CASE("home: the Team section shows each user's counts and the total, as the core computes them")
{
    UiFixture f;
    Database &db = f.db();
    DemoOptions o;
    o.contacts = 300;
    REQUIRE(DemoData::generate(db, o).ok());
    TeamSection team(db);
    QSignalSpy loaded(&team, &TeamSection::loaded);
    team.setPeriod(SupervisorStats::Period::ThisMonth);
    REQUIRE(waitFor([&] { return team.table()->rowCount() > 0 && loaded.size() > 0; }, 10000));
    const QDateTime now = QDateTime::currentDateTime();
    const auto range = SupervisorStats::range(SupervisorStats::Period::ThisMonth, now);
    auto stats = SupervisorStats::compute(db, range.first, range.second, now);
    REQUIRE(stats.ok());
    QTableWidget *t = team.table();
    REQUIRE(t->rowCount() == stats.value().users.size() + 1);
    const int last = t->rowCount() - 1;
    CHECK(t->item(last, 0)->text() == stats.value().total.displayName);
    CHECK(t->item(last, 1)->text() == QString::number(stats.value().total.callsMade));
    CHECK(t->item(last, 5)->text() == QString::number(stats.value().total.tasksDone));
    CHECK(t->item(last, 6)->text() == QString::number(stats.value().total.overdueNow));
    team.resize(760, team.sizeHint().height());
    team.show();
    screenshot(&team, S("home-team"));

    MainWindow w(db);
    w.resize(1280, 1000);
    w.show();
    auto *section = w.findChild<MyDaySection *>();
    REQUIRE(section);
    REQUIRE(waitFor([&] { return section->table()->rowCount() >= 6; }, 10000));
    // The user picker offers the demo's team, the current user first.
    auto *users = section->findChild<QComboBox *>(S("myDayUser"));
    REQUIRE(users);
    CHECK(users->count() == 5);
    CHECK(users->itemData(0).toString() == db.user());
    users->setCurrentIndex(users->findData(S("lucia.fernandez")));
    REQUIRE(waitFor([&] { return section->current().user == S("lucia.fernandez") && section->table()->rowCount() >= 6; }, 10000));
    users->setCurrentIndex(0);
    REQUIRE(waitFor([&] { return section->current().user == db.user(); }, 10000));
    screenshot(&w, S("home-demo"));
}

TEST_CASE("reminders: the window snoozes and dismisses with the scheduler's fake clock")
{
    UiFixture f;
    Database &db = f.db();
    QDateTime now(QDate(2026, 3, 11), QTime(8, 50));
    const QString a = create(db, S("activity"), {{S("kind"), S("call")}, {S("subject"), S("Llamar a Ana")},
                                                 {S("start_at"), QDateTime(QDate(2026, 3, 11), QTime(9, 0))},
                                                 {S("remind_at"), QDateTime(QDate(2026, 3, 11), QTime(8, 45))}});
    const QString b = create(db, S("activity"), {{S("kind"), S("meeting")}, {S("subject"), S("Reunión con Talleres Gil")},
                                                 {S("start_at"), QDateTime(QDate(2026, 3, 11), QTime(9, 30))},
                                                 {S("remind_at"), QDateTime(QDate(2026, 3, 11), QTime(8, 30))}});
    QWidget host;
    ReminderPresenter presenter(db, &host, [&now] { return now; });
    QSignalSpy open(&presenter, &ReminderPresenter::openRecordRequested);
    presenter.start();
    ReminderWindow *window = presenter.reminderWindow();
    REQUIRE(window->isVisible());
    REQUIRE(window->list()->count() == 2);
    CHECK(window->list()->item(0)->text().startsWith(S("Reunión con Talleres Gil")));
    screenshot(window, S("reminder-window"));

    // Open: asks for the activity, the reminder stays.
    window->list()->setCurrentRow(1);
    QTest::mouseClick(window->findChild<QPushButton *>(S("openReminder")), Qt::LeftButton);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).at(1).toString() == a);
    CHECK(window->list()->count() == 2);

    // Snooze 5 min: remind_at = the fake now + 5 minutes.
    window->list()->setCurrentRow(1);
    QTest::mouseClick(window->findChild<QPushButton *>(S("snooze5")), Qt::LeftButton);
    CHECK(field(db, a, "remind_at").toString() == now.addSecs(300).toUTC().toString(Qt::ISODate));
    REQUIRE(window->list()->count() == 1);
    // Tomorrow: 9:00 the next day.
    QTest::mouseClick(window->findChild<QPushButton *>(S("snoozeTomorrow")), Qt::LeftButton);
    CHECK(field(db, b, "remind_at").toString() == QDateTime(QDate(2026, 3, 12), QTime(9, 0)).toUTC().toString(Qt::ISODate));
    CHECK(window->list()->count() == 0);
    CHECK_FALSE(window->isVisible());

    // When the snoozed time comes, the window is back with that reminder; Dismiss clears it.
    now = now.addSecs(300);
    presenter.scheduler()->check();
    REQUIRE(window->isVisible());
    REQUIRE(window->list()->count() == 1);
    QTest::mouseClick(window->findChild<QPushButton *>(S("dismissReminder")), Qt::LeftButton);
    CHECK(field(db, a, "remind_at").isNull());
    CHECK_FALSE(window->isVisible());
    now = now.addSecs(3600);
    presenter.scheduler()->check();
    CHECK_FALSE(window->isVisible());
}
