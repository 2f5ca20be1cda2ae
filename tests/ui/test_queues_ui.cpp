// SPDX-License-Identifier: GPL-3.0-or-later
// Customer service's Queues page (live counts, the queue's tickets) and the Support KPIs page.
#include "uitestsupport.h"
#include "views/reporttablemodel.h"

#include "activities/userprofiles.h"
#include "inventory/stockreportpages.h"
#include "models/recordlistmodel.h"
#include "shell/mainwindow.h"
#include "store/recordstore.h"
#include "support/kpipage.h"
#include "support/queuepage.h"
#include "views/recordlistview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

QString ticket(Database &db, const char *subject, const QString &owner, const char *status, QVariantMap extra = {})
{
    extra[S("subject")] = S(subject);
    extra[S("status")] = S(status);
    extra[S("owner")] = owner;
    if (qstrcmp(status, "resolved") == 0)
        extra[S("resolution")] = S("Hecho");
    auto id = RecordStore(db).create(S("ticket"), extra, RecordStore::Access::System);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    // The clock fields as this data set states them (the write rules derive their own from now).
    REQUIRE(test::pinTicketClock(db, id.value(), extra));
    return id.value();
}

int columnOf(const RecordListModel *model, const QString &field)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->fieldAt(c) == field)
            return c;
    return -1;
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(S(text), Qt::ISODate);
}
} // namespace

TEST_CASE("queues page shows each queue's count and updates when a ticket changes")
{
    UiFixture f;
    Database &db = f.db();
    const QString me = db.user();
    REQUIRE(UserProfiles(db).set(me, {std::nullopt, std::nullopt, S("n1")}).ok());
    const QString a = ticket(db, "Impresora no imprime", me, "open",
                             {{S("resolution_due"), utc("2026-03-12T12:00:00Z")}, {S("sla_state"), S("breached")}, {S("team"), S("n1")}});
    ticket(db, "Factura duplicada", me, "new", {{S("resolution_due"), utc("2026-03-10T12:00:00Z")}, {S("sla_state"), S("at_risk")}});
    ticket(db, "Pedido sin llegar", S("luis"), "waiting_customer", {{S("team"), S("n1")}});
    ticket(db, "Resuelto ayer", me, "resolved", {});

    QueuePage page(db);
    page.resize(1100, 520);
    page.show();
    REQUIRE(waitFor([&] { return page.counts().size() == 6; }));
    // mine, team, unassigned, at-risk, overdue, waiting
    CHECK(page.counts() == QList<qint64>{2, 2, 0, 1, 1, 1});
    CHECK(page.queueList()->item(0)->text() == S("Assigned to me (2)"));
    CHECK(page.currentQueue() == SupportQueues::Queue::Mine);
    RecordListModel *model = page.ticketList()->model();
    REQUIRE(waitFor([&] { return model->totalCount() == 2 && model->rowCount() == 2; }));
    // Most urgent due time first.
    CHECK(model->data(model->index(0, columnOf(model, S("subject")))).toString() == S("Factura duplicada"));

    page.queueList()->setCurrentRow(int(SupportQueues::all().indexOf(SupportQueues::Queue::Waiting)));
    CHECK(page.currentQueue() == SupportQueues::Queue::Waiting);
    REQUIRE(waitFor([&] { return model->totalCount() == 1; }));
    screenshot(&page, S("support-queues"));

    // The customer answers nothing: the open ticket waits too. Counts follow without a reload.
    QSignalSpy refreshed(&page, &QueuePage::countsRefreshed);
    REQUIRE(RecordStore(db).update(S("ticket"), a, {{S("status"), S("waiting_customer")}}).ok());
    REQUIRE(waitFor([&] { return page.counts().value(5) == 2; }));
    CHECK(refreshed.count() >= 1);
    CHECK(page.queueList()->item(5)->text() == S("Waiting (2)"));
    REQUIRE(waitFor([&] { return model->totalCount() == 2; }));
}

TEST_CASE("support KPIs page computes the table on a worker for the chosen period")
{
    UiFixture f;
    Database &db = f.db();
    ticket(db, "Uno", S("ana"), "resolved", {{S("opened_at"), utc("2026-03-02T09:00:00Z")}, {S("first_response_at"), utc("2026-03-02T10:00:00Z")},
                                               {S("resolved_at"), utc("2026-03-03T09:00:00Z")}, {S("resolution_due"), utc("2026-03-04T09:00:00Z")}});
    ticket(db, "Dos", S("luis"), "open", {{S("opened_at"), utc("2026-03-10T12:00:00Z")}});

    KpiPage page(db);
    page.resize(1200, 420);
    page.setNow(utc("2026-04-10T00:00:00Z"));
    page.show();
    QSignalSpy done(&page, &KpiPage::refreshed);
    page.fromEdit()->setDate(QDate(2026, 3, 1));
    page.toEdit()->setDate(QDate(2026, 3, 31));
    page.refresh();
    REQUIRE(waitFor([&] { return page.model()->table().filters.startsWith(S("2026-03-01 to 2026-03-31")); }));
    const ReportTable &t = page.model()->table();
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows.at(0) == QStringList{S("ana"), S("1"), S("1"), S("0"), S("1.00"), S("1.00"), S("24.00"), S("24.00"), S("0.0"),
                                      S("1"), S("1"), S("100.0"), S("0")});
    CHECK(t.totals.value(3) == S("1")); // backlog: Dos
    CHECK(page.model()->rowCount() == 3);
    screenshot(&page, S("support-kpis"));

    page.byCombo()->setCurrentIndex(2); // per month
    REQUIRE(waitFor([&] { return page.model()->table().rows.size() == 1 && page.model()->table().rows.at(0).value(0) == S("2026-03"); }));
    CHECK(done.count() >= 2);
}

TEST_CASE("the navigator shows mine plus overdue beside Customer service")
{
    UiFixture f;
    Database &db = f.db();
    const QString me = db.user();
    ticket(db, "Impresora no imprime", me, "open", {{S("sla_state"), S("breached")}});
    ticket(db, "Otro de Luis", S("luis"), "open", {{S("sla_state"), S("breached")}});
    MainWindow w(db);
    w.show();
    QListWidget *nav = w.navigator();
    int row = -1;
    for (int i = 0; i < nav->count(); ++i)
        if (nav->item(i)->text().startsWith(moduleLabel(Module::Support)))
            row = i;
    REQUIRE(row >= 0);
    // mine 1 + overdue 2
    REQUIRE(waitFor([&] { return nav->item(row)->text() == moduleLabel(Module::Support) + S(" (3)"); }));
}
