// SPDX-License-Identifier: GPL-3.0-or-later
// Sales › Pipeline and Sales › Forecast (issue 6): the board loads on a worker with exact column
// totals, a card dropped on another column changes the stage, a lost stage asks the reason, a
// refusal leaves the record as it was with a message, double-click opens the opportunity; the
// forecast page shows the core's figures.
#include "uitestsupport.h"

#include "sales/forecastpage.h"
#include "sales/pipelineboardpage.h"
#include "sales/salesviews.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "views/moduleviewextensions.h"

#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QStandardItemModel>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

QString stageOf(Database &db, const QString &id)
{
    auto r = RecordStore(db).get(S("opportunity"), id);
    REQUIRE(r.ok());
    return r.value().value(S("stage")).toString();
}

QString opp(Database &db, const char *name, const char *stage, qint64 amount, const char *close, const char *owner)
{
    auto p = Pipelines::pipeline(db);
    REQUIRE(p.ok());
    auto id = RecordStore(db).create(S("opportunity"), {{S("name"), S(name)}, {S("stage"), p.value().stage(S(stage))->id},
                                                        {S("amount"), amount}, {S("expected_close"), S(close)}, {S("owner"), S(owner)},
                                                        {S("next_step"), S("Llamar")}});
    REQUIRE(id.ok());
    return id.value();
}

// The opportunity rows and the change log as text: equal before and after = nothing written.
QString snapshot(Database &db)
{
    QString out;
    for (const char *table : {"opportunity", "change_log"}) {
        auto q = Sql::exec(db.connection(), S("SELECT * FROM %1 ORDER BY 1").arg(S(table)));
        REQUIRE(q.ok());
        while (q.value().next())
            for (int i = 0; i < q.value().record().count(); ++i)
                out += q.value().value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

bool loadOnce(PipelineBoardPage &page)
{
    QSignalSpy spy(&page, &PipelineBoardPage::loaded);
    page.reload();
    return spy.wait(10000);
}
} // namespace

TEST_CASE("pipeline board: columns and totals, drag to another stage, lost reason, refusal and double-click")
{
    UiFixture f;
    Database &db = f.db();
    const QString a = opp(db, "Renovación Talleres Ruiz", "Prospecting", 100005, "2026-03-10", "ana");
    const QString b = opp(db, "Ampliación de licencias – Grupo Norte", "Proposal", 250050, "2026-04-01", "luis");
    opp(db, "Proyecto de implantación", "Proposal", 1200000, "2026-05-20", "ana");

    PipelineBoardPage page(db);
    page.resize(1500, 560);
    QSignalSpy loaded(&page, &PipelineBoardPage::loaded);
    page.show();
    REQUIRE(loaded.wait(10000));
    CHECK(page.windowTitle() == S("Pipeline"));
    REQUIRE(page.data().columns.size() == 7);
    CHECK(page.data().count == 3);
    CHECK(page.data().amount == 100005 + 250050 + 1200000);
    CHECK(page.data().weighted == 10001 + 150030 + 720000);
    PipelineColumnModel *prospecting = page.columnModel(0);
    PipelineColumnModel *proposal = page.columnModel(3);
    REQUIRE(prospecting);
    REQUIRE(proposal);
    CHECK(prospecting->rowCount() == 1);
    CHECK(proposal->rowCount() == 2);
    CHECK(proposal->index(0).data().toString().startsWith(S("Ampliación de licencias")));
    CHECK(page.findChild<QLabel *>(S("boardSummary"))->text().contains(S("3")));
    // Columns are shown by their layout on the next turn of the event loop.
    REQUIRE(waitFor([&] {
        auto *c = page.findChild<QFrame *>(S("stageColumn3"));
        return c && c->isVisible();
    }));
    screenshot(&page, S("pipeline-board"));

    // Drag the Prospecting card to Proposal: the model's drop moves it through RecordStore.
    std::unique_ptr<QMimeData> mime(prospecting->mimeData({prospecting->index(0)}));
    REQUIRE(mime);
    CHECK_FALSE(proposal->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    REQUIRE(waitFor([&] { return stageOf(db, a) == page.data().pipeline.stage(S("Proposal"))->id; }));
    REQUIRE(waitFor([&] { return !page.isLoading() && page.columnModel(3) && page.columnModel(3)->rowCount() == 3; }));
    CHECK(page.columnModel(0)->rowCount() == 0);
    CHECK(RecordStore(db).get(S("opportunity"), a).value().value(S("weighted_amount")).toLongLong() == 60003);

    // To the lost column: the question is asked; cancelled, nothing changes.
    const QString proposalId = page.data().pipeline.stage(S("Proposal"))->id;
    QString askedAbout;
    page.setLostReasonAsker([&](const QString &name) { askedAbout = name; return QString(); });
    REQUIRE(loadOnce(page));
    mime.reset(page.columnModel(3)->mimeData({page.columnModel(3)->index(0)}));
    page.columnModel(6)->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {});
    REQUIRE(waitFor([&] { return !askedAbout.isEmpty(); }));
    CHECK(askedAbout == S("Renovación Talleres Ruiz"));
    CHECK(stageOf(db, a) == proposalId);

    // A refused move (a reason that is no option): the record stays, the board says why.
    const QString dumpBefore = snapshot(db);
    page.setLostReasonAsker([](const QString &) { return S("bogus"); });
    CHECK_FALSE(page.moveCard(a, page.data().pipeline.stage(S("Closed lost"))->id));
    CHECK(stageOf(db, a) == proposalId);
    CHECK(page.message().contains(S("Could not move")));
    CHECK(snapshot(db) == dumpBefore);
    REQUIRE(waitFor([&] { return !page.isLoading(); }));
    screenshot(&page, S("pipeline-board-refused"));

    // With a reason: lost.
    page.setLostReasonAsker([](const QString &) { return S("competitor"); });
    REQUIRE(page.moveCard(b, page.data().pipeline.stage(S("Closed lost"))->id));
    auto lost = RecordStore(db).get(S("opportunity"), b);
    CHECK(lost.value().value(S("status")).toString() == S("lost"));
    CHECK(lost.value().value(S("lost_reason")).toString() == S("competitor"));
    CHECK(page.message().isEmpty());

    // Owner filter.
    REQUIRE(waitFor([&] { return !page.isLoading(); }));
    auto *owner = page.findChild<QComboBox *>(S("ownerFilter"));
    REQUIRE(owner);
    REQUIRE(owner->findData(S("luis")) > 0);
    QSignalSpy reloaded(&page, &PipelineBoardPage::loaded);
    owner->setCurrentIndex(owner->findData(S("luis")));
    REQUIRE(reloaded.wait(10000));
    CHECK(page.data().count == 1);
    CHECK(page.data().amount == 250050);

    // Double-click opens the opportunity.
    owner->setCurrentIndex(0);
    REQUIRE(waitFor([&] { return !page.isLoading() && page.data().count == 3; }));
    QSignalSpy open(&page, &PipelineBoardPage::openRecord);
    QList<QListView *> views = page.findChildren<QListView *>(S("stageCards"));
    QListView *proposalView = nullptr;
    for (QListView *v : views)
        if (v->model() == page.columnModel(3))
            proposalView = v;
    REQUIRE(proposalView);
    REQUIRE(proposalView->model()->rowCount() > 0);
    REQUIRE(waitFor([&] { return proposalView->isVisible() && proposalView->visualRect(proposalView->model()->index(0, 0)).isValid(); }));
    const QRect r = proposalView->visualRect(proposalView->model()->index(0, 0));
    QTest::mouseClick(proposalView->viewport(), Qt::LeftButton, {}, r.center());
    QTest::mouseDClick(proposalView->viewport(), Qt::LeftButton, {}, r.center());
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toString() == S("opportunity"));
    CHECK(open.at(0).at(1).toString() == proposalView->model()->index(0, 0).data(PipelineColumnModel::IdRole).toString());
}

TEST_CASE("pipeline board: at most N cards per column with the rest counted, totals exact")
{
    UiFixture f;
    Database &db = f.db();
    for (int i = 0; i < 12; ++i)
        opp(db, "Oportunidad", "Qualification", 1000 + i, "2026-06-01", "ana");
    PipelineBoardPage page(db);
    page.setCardLimit(5);
    page.resize(1400, 500);
    QSignalSpy loaded(&page, &PipelineBoardPage::loaded);
    page.show();
    REQUIRE(loaded.wait(10000));
    CHECK(page.columnModel(1)->rowCount() == 5);
    CHECK(page.data().columns.at(1).count == 12);
    CHECK(page.data().columns.at(1).amount == 12 * 1000 + 66);
    auto *more = page.findChild<QLabel *>(S("stageMore"));
    REQUIRE(more);
    CHECK(more->text().contains(S("7")));
}

TEST_CASE("the lost-reason dialog offers the lost reasons")
{
    UiFixture f;
    LostReasonDialog dialog(f.db(), S("Renovación Talleres Ruiz"));
    auto *combo = dialog.findChild<QComboBox *>(S("lostReason"));
    REQUIRE(combo);
    CHECK(combo->count() == 7);
    dialog.setReason(S("no_budget"));
    CHECK(dialog.reason() == S("no_budget"));
    dialog.show();
    screenshot(&dialog, S("pipeline-lost-reason"));
}

TEST_CASE("forecast page shows the core's figures by month and by owner, and the Sales module lists both pages")
{
    UiFixture f;
    Database &db = f.db();
    opp(db, "A", "Proposal", 250050, "2026-03-31", "luis");
    opp(db, "B", "Closed won", 300000, "2026-03-05", "ana");
    opp(db, "C", "Negotiation", 12345, "2026-04-01", "luis");

    ForecastPage page(db);
    page.resize(900, 400);
    QSignalSpy loaded(&page, &ForecastPage::loaded);
    page.setPeriod(QDate(2026, 3, 1), QDate(2026, 5, 1));
    REQUIRE(loaded.wait(10000));
    QStandardItemModel *m = page.model();
    REQUIRE(m->rowCount() == 4); // March, April, May, total
    CHECK(page.data().rows.at(0).weighted == 150030 + 300000);
    CHECK(page.data().total.bestCase == 250050 + 300000 + 12345);
    CHECK(m->item(3, 4)->text() == S("3"));
    page.show();
    screenshot(&page, S("forecast-month"));

    page.setByOwner(true);
    REQUIRE(loaded.wait(10000));
    REQUIRE(m->rowCount() == 3); // ana, luis, total
    CHECK(m->item(0, 0)->text() == S("ana"));
    CHECK(page.data().rows.at(1).weighted == 150030 + 9876);
    screenshot(&page, S("forecast-owner"));

    registerSalesViews();
    QStringList names;
    for (const auto &factory : ModuleViewExtensions::pages(Module::Sales)) {
        std::unique_ptr<QWidget> w(factory(db));
        names << w->objectName();
    }
    CHECK(names.contains(S("pipelineBoard")));
    CHECK(names.contains(S("forecastPage")));
}
