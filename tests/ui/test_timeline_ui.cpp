// SPDX-License-Identifier: GPL-3.0-or-later
// The Timeline tab (adding a note shows it, filters, search, opening and completing an activity),
// the relationship badge on the contact card and account header, the "Not reached in N days" bar.
#include "uitestsupport.h"

#include "activities/activityviews.h"
#include "forms/recordview.h"
#include "marketing/marketingviews.h"
#include "marketing/recordheaders.h"
#include "models/recordlistmodel.h"
#include "store/recordstore.h"
#include "timeline/coolingfilter.h"
#include "timeline/relationshipbadge.h"
#include "timeline/timelineview.h"
#include "views/recordlistview.h"

#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

template<typename T>
T *part(RecordView &view)
{
    for (RecordViewPart *p : view.parts())
        if (auto *t = qobject_cast<T *>(p))
            return t;
    return nullptr;
}

QStringList titles(const TimelineView *t)
{
    QStringList out;
    for (const auto &e : t->entries())
        out << e.title;
    return out;
}

QString ago(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(-days).toString(S("yyyy-MM-ddTHH:mm:ss'Z'"));
}
} // namespace

TEST_CASE_METHOD(UiFixture, "the Timeline tab shows a record's history, adds notes and filters", "[ui][timeline]")
{
    registerActivityViews();
    const QString account = addRecord(db(), S("account"), {{S("name"), S("Talleres Norte")}});
    const QString ana = addRecord(db(), S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}, {S("account"), account},
                                                      {S("email"), S("ana@norte.es")}});
    const QString call = addRecord(db(), S("activity"), {{S("kind"), S("call")}, {S("subject"), S("Presentar la oferta de otoño")},
                                                        {S("start_at"), S("2099-03-10 10:00")}, {S("contact"), ana}});
    addRecord(db(), S("activity"), {{S("kind"), S("meeting")}, {S("subject"), S("Reunión de arranque")},
                                    {S("start_at"), S("2025-01-15 09:30")}, {S("status"), S("completed")},
                                    {S("outcome"), S("interested")}, {S("outcome_notes"), S("Quieren precios para 20 unidades")},
                                    {S("contact"), ana}});
    REQUIRE(RecordStore(db()).update(S("contact"), ana, {{S("city"), S("Bilbao")}, {S("title"), S("Jefa de compras")}}));

    RecordView view(db(), S("contact"));
    view.resize(980, 720);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openRecord(ana));
    auto *timeline = part<TimelineView>(view);
    REQUIRE(timeline);
    CHECK(view.tabs()->indexOf(timeline) >= 0);
    CHECK(view.tabs()->tabText(view.tabs()->indexOf(timeline)) == S("Timeline"));
    view.tabs()->setCurrentWidget(timeline);
    REQUIRE(waitFor([&] { return !timeline->isLoading() && timeline->entries().size() == 4; }));
    CHECK(timeline->entries().at(0).title == S("Call: Presentar la oferta de otoño"));
    CHECK(timeline->entries().at(1).title == S("Job title: → Jefa de compras; City: → Bilbao"));

    // Adding a note shows it at the top.
    CHECK_FALSE(timeline->addNoteButton()->isEnabled());
    typeText(timeline->noteEditor(), S("Prefiere que la llamemos por la mañana"));
    REQUIRE(timeline->addNoteButton()->isEnabled());
    QTest::mouseClick(timeline->addNoteButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return timeline->entries().size() == 5; }));
    CHECK(timeline->entries().at(1).kind == S("note"));
    CHECK(timeline->entries().at(1).text == S("Prefiere que la llamemos por la mañana"));
    CHECK(timeline->noteEditor()->toPlainText().isEmpty());
    screenshot(&view, S("ui-timeline.png"));

    // Filters and search.
    QTest::mouseClick(timeline->filterButton(S("note")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !timeline->isLoading() && timeline->entries().size() == 1; }));
    CHECK(timeline->entries().at(0).kind == S("note"));
    QTest::mouseClick(timeline->filterButton(S("activity")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !timeline->isLoading() && titles(timeline) == QStringList{S("Call: Presentar la oferta de otoño"),
                                                                                             S("Meeting: Reunión de arranque")}; }));
    QTest::mouseClick(timeline->filterButton(S("change")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !timeline->isLoading() && titles(timeline) == QStringList{S("Job title: → Jefa de compras; City: → Bilbao"),
                                                                                             S("Record created")}; }));
    QTest::mouseClick(timeline->filterButton(QString()), Qt::LeftButton);
    typeText(timeline->searchBox(), S("precios"));
    REQUIRE(waitFor([&] { return !timeline->isLoading() && titles(timeline) == QStringList{S("Meeting: Reunión de arranque")}; }));
    timeline->searchBox()->clear();
    REQUIRE(waitFor([&] { return !timeline->isLoading() && timeline->entries().size() == 5; }));

    // An activity opens; an open one is completed from here.
    QSignalSpy open(timeline, &RecordViewPart::openRequested);
    QWidget *first = timeline->entryWidget(0);
    REQUIRE(first);
    auto *openButton = first->findChild<QPushButton *>(S("open"));
    auto *complete = first->findChild<QPushButton *>(S("complete"));
    REQUIRE(openButton);
    REQUIRE(complete);
    QTest::mouseClick(openButton, Qt::LeftButton);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).at(0).toString() == S("activity"));
    CHECK(open.at(0).at(1).toString() == call);
    auto completeDialog = acceptNextCompleteDialog(false); // no follow-up: the counts below stay those of the fixture
    QTest::mouseClick(complete, Qt::LeftButton);
    CHECK(completeDialog->seen);
    REQUIRE(waitFor([&] { return RecordStore(db()).get(S("activity"), call).value().value(S("status")).toString() == S("completed"); }));
    REQUIRE(waitFor([&] {
        for (const auto &e : timeline->entries())
            if (e.recordId == call)
                return !e.open;
        return false;
    }));

    // The account's timeline shows its contact's activities, marked with her name.
    RecordView accountView(db(), S("account"));
    accountView.resize(980, 720);
    accountView.show();
    REQUIRE(accountView.openRecord(account));
    auto *accountTimeline = part<TimelineView>(accountView);
    REQUIRE(accountTimeline);
    accountView.tabs()->setCurrentWidget(accountTimeline);
    REQUIRE(waitFor([&] {
        int fromAna = 0;
        for (const auto &e : accountTimeline->entries())
            fromAna += e.via == S("Ana Ruiz") ? 1 : 0;
        return !accountTimeline->isLoading() && fromAna == 3; // two activities and the note
    }));
    screenshot(&accountView, S("ui-timeline-account.png"));
}

TEST_CASE_METHOD(UiFixture, "the timeline reads older entries page by page", "[ui][timeline]")
{
    registerActivityViews();
    const QString lead = addRecord(db(), S("lead"), {{S("last_name"), S("Paginada")}});
    for (int i = 0; i < 60; ++i)
        addRecord(db(), S("note"), {{S("body"), S("Nota %1").arg(i)}, {S("lead"), lead}});
    TimelineView view(db(), S("lead"));
    view.resize(700, 500);
    view.show();
    view.setRecordId(lead);
    REQUIRE(waitFor([&] { return !view.isLoading() && view.entries().size() == 50; }));
    REQUIRE(view.moreButton()->isVisible());
    QTest::mouseClick(view.moreButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !view.isLoading() && view.entries().size() == 61; }));
    CHECK_FALSE(view.moreButton()->isVisible());
    CHECK(view.entries().last().title == S("Record created"));

    // A note is edited and deleted from its entry.
    REQUIRE(view.entries().first().kind == S("note"));
    const QString newest = view.entries().first().text;
    bool edited = false;
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<QInputDialog *>(w);
        if (!dialog)
            return false;
        edited = true;
        CHECK(dialog->textValue() == newest);
        dialog->setTextValue(S("Nota corregida"));
        dialog->accept();
        return true;
    });
    QTest::mouseClick(view.entryWidget(0)->findChild<QPushButton *>(S("edit")), Qt::LeftButton);
    REQUIRE(edited);
    REQUIRE(waitFor([&] { return !view.isLoading() && view.entries().first().text == S("Nota corregida"); }));
    CHECK(view.entries().first().title == S("Note (edited)"));
    CHECK(view.entries().size() == 61); // a refresh keeps what was shown
    auto answered = answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(view.entryWidget(0)->findChild<QPushButton *>(S("delete")), Qt::LeftButton);
    REQUIRE(answered->seen);
    REQUIRE(waitFor([&] { return !view.isLoading() && view.entries().size() == 60; }));
    CHECK(view.entries().first().text != S("Nota corregida"));
}

TEST_CASE_METHOD(UiFixture, "the contact card and the account header show the relationship and when it was last reached", "[ui][timeline]")
{
    registerMarketingViews();
    const auto sys = RecordStore::Access::System;
    const QString account = RecordStore(db()).create(S("account"), {{S("name"), S("Ferretería Sol")}, {S("relationship"), S("good_acquaintance")},
                                                                  {S("last_activity_at"), ago(3)}}, sys).value();
    const QString ana = RecordStore(db()).create(S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Sol")}, {S("account"), account},
                                                              {S("relationship"), S("friend")}, {S("last_activity_at"), ago(12)}}, sys).value();
    const QString bea = addRecord(db(), S("contact"), {{S("last_name"), S("Nueva")}});

    RecordView view(db(), S("contact"));
    view.resize(900, 650);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openRecord(ana));
    auto *card = part<ContactCard>(view);
    REQUIRE(card);
    auto *badge = card->findChild<RelationshipBadge *>();
    REQUIRE(badge);
    CHECK(badge->isVisible());
    CHECK(badge->text() == S("Friend · last reached 12 days ago"));
    screenshot(&view, S("ui-relationship-card.png"));
    REQUIRE(view.openRecord(bea));
    CHECK(badge->text() == S("Unknown · never reached"));
    // The activity service updates the derived fields: the card follows.
    REQUIRE(RecordStore(db()).update(S("contact"), bea, {{S("relationship"), S("acquaintance")}, {S("last_activity_at"), ago(0)}}, sys));
    REQUIRE(waitFor([&] { return badge->text() == S("Acquaintance · last reached today"); }));

    RecordView accountView(db(), S("account"));
    accountView.resize(900, 600);
    accountView.show();
    REQUIRE(accountView.openRecord(account));
    auto *summary = part<AccountSummaryHeader>(accountView);
    REQUIRE(summary);
    auto *accountBadge = summary->findChild<RelationshipBadge *>();
    REQUIRE(accountBadge);
    CHECK(accountBadge->text() == S("Good acquaintance · last reached 3 days ago"));
    screenshot(&accountView, S("ui-relationship-account.png"));
}

TEST_CASE_METHOD(UiFixture, "the contact list's \"Not reached in N days\" bar narrows the list and leaves other filters alone", "[ui][timeline]")
{
    registerActivityViews();
    const auto sys = RecordStore::Access::System;
    RecordStore store(db());
    store.create(S("contact"), {{S("last_name"), S("Reciente")}, {S("last_activity_at"), ago(5)}}, sys);
    const QString cold = store.create(S("contact"), {{S("last_name"), S("Fría")}, {S("last_activity_at"), ago(40)}}, sys).value();
    store.create(S("contact"), {{S("last_name"), S("Helada")}, {S("last_activity_at"), ago(100)}, {S("city"), S("Soria")}}, sys);
    store.create(S("contact"), {{S("last_name"), S("No llamar")}, {S("last_activity_at"), ago(100)}, {S("do_not_call"), 1}}, sys);

    RecordListView list(db(), S("contact"), RecordListView::Mode::Records);
    list.resize(1000, 600);
    list.show();
    REQUIRE(QTest::qWaitForWindowExposed(&list));
    auto *bar = list.findChild<CoolingFilter *>();
    REQUIRE(bar);
    REQUIRE(waitFor([&] { return list.model()->rowCount() == 4; }));
    bar->toggle()->setChecked(true);
    REQUIRE(waitFor([&] { return !list.model()->isLoading() && list.model()->rowCount() == 2; }));
    screenshot(&list, S("ui-cooling-filter.png"));
    bar->days()->setValue(60);
    REQUIRE(waitFor([&] { return !list.model()->isLoading() && list.model()->rowCount() == 1; }));
    // Another condition set elsewhere stays when the bar changes, and the bar's go when unchecked.
    QList<Condition> conditions = list.model()->conditions();
    conditions.append({S("city"), Condition::NotEquals, S("Soria")});
    list.model()->setConditions(conditions);
    REQUIRE(waitFor([&] { return !list.model()->isLoading() && list.model()->rowCount() == 0; }));
    bar->days()->setValue(30);
    REQUIRE(waitFor([&] { return !list.model()->isLoading() && list.model()->rowCount() == 1; }));
    CHECK(list.model()->recordId(0) == cold);
    bar->toggle()->setChecked(false);
    REQUIRE(waitFor([&] { return !list.model()->isLoading() && list.model()->rowCount() == 3; }));
}
