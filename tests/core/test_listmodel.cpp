// SPDX-License-Identifier: GPL-3.0-or-later
// The list model while someone types: searches run on a worker, superseded results are dropped,
// exact matches come first across pages.
#include "testsupport.h"

#include "demo/demodata.h"
#include "models/recordlistmodel.h"
#include "search/filter.h"
#include "store/recordstore.h"
#include "store/transaction.h"
#include "util/background.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace trato;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

bool waitUntil(const std::function<bool()> &done, int ms = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace

TEST_CASE("typing quickly: only the newest search is shown, stale pages are dropped")
{
    test::TempDb t;
    DemoOptions opts;
    opts.contacts = 600;
    REQUIRE(DemoData::generate(t.db(), opts).ok());
    RecordListModel model(t.db(), S("contact"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(&model, &RecordListModel::loaded);
    const int before = model.rowCount(); // the tester may have fetched more than the first page
    CHECK(before >= RecordListModel::kPageSize);

    // Keystrokes faster than any query: the rows stay as they were until the newest text is read.
    for (const char *text : {"g", "ga", "gar", "garc", "garcí", "garcía"}) {
        model.setSearchText(S(text));
        CHECK(model.isLoading());
        CHECK(model.rowCount() == before);
        CHECK_FALSE(model.canFetchMore());
    }
    REQUIRE(waitUntil([&] { return !model.isLoading(); }));
    CHECK(loaded.count() == 1);
    CHECK(resets.count() == 1); // "g" was still running: its page was dropped, never shown
    REQUIRE(model.rowCount() > 0);
    const int last = int(model.visibleFields().indexOf(S("last_name")));
    const int first = int(model.visibleFields().indexOf(S("first_name")));
    const int email = int(model.visibleFields().indexOf(S("email")));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text = (model.index(row, first).data().toString() + QLatin1Char(' ') + model.index(row, last).data().toString()
                              + QLatin1Char(' ') + model.index(row, email).data().toString()).toLower();
        INFO(text.toStdString());
        CHECK((text.contains(S("garcía")) || text.contains(S("garcia"))));
    }

    // Backspaces to nothing: every record again.
    for (const char *text : {"garcí", "garc", "gar", "ga", "g", ""})
        model.setSearchText(S(text));
    REQUIRE(waitUntil([&] { return !model.isLoading(); }));
    CHECK(model.rowCount() >= RecordListModel::kPageSize);
    QSignalSpy total(&model, &RecordListModel::totalCountChanged);
    REQUIRE(waitUntil([&] { return model.totalCount() == 600; }));

    // A write while a search is on its way: the refresh wins, the late page is dropped.
    model.setSearchText(S("lopez"));
    RecordStore store(t.db());
    REQUIRE(store.create(S("contact"), {{S("last_name"), S("López")}, {S("first_name"), S("Nuevo")}}).ok());
    CHECK_FALSE(model.isLoading());
    const int rows = model.rowCount();
    CHECK(rows > 0);
    waitForBackgroundWork();
    QCoreApplication::processEvents();
    CHECK(model.rowCount() == rows);
    waitForBackgroundWork();
}

TEST_CASE("the list model pages exact matches first, then the rest, without gaps or repeats")
{
    test::TempDb t;
    {
        Transaction tx(t.db());
        RecordStore store(t.db());
        for (int i = 0; i < 300; ++i) {
            REQUIRE(store.create(S("contact"), {{S("first_name"), S("N%1").arg(i, 3, 10, QLatin1Char('0'))}, {S("last_name"), S("Gilabert")}}).ok());
            REQUIRE(store.create(S("contact"), {{S("first_name"), S("N%1").arg(i, 3, 10, QLatin1Char('0'))}, {S("last_name"), i % 2 ? S("Gil") : S("GÍL")}}).ok());
        }
        REQUIRE(store.create(S("contact"), {{S("last_name"), S("Ruiz")}}).ok());
        REQUIRE(tx.commit().ok());
    }
    RecordListModel model(t.db(), S("contact"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSearchText(S("gil"));
    REQUIRE(waitUntil([&] { return !model.isLoading(); }));
    while (model.canFetchMore())
        model.fetchMore();
    REQUIRE(model.rowCount() == 600);
    const int last = int(model.visibleFields().indexOf(S("last_name")));
    QSet<QString> ids;
    for (int row = 0; row < 600; ++row) {
        ids.insert(model.recordId(row));
        const QString name = model.index(row, last).data().toString();
        INFO(row);
        if (row < 300)
            CHECK((name == S("Gil") || name == S("GÍL")));
        else
            CHECK(name == S("Gilabert"));
    }
    CHECK(ids.size() == 600);

    // Conditions narrow the same pages.
    const Entity *e = t.db().registry()->entity(S("contact"));
    model.setConditions({Filter::parse(*e, S("first_name^=N29")).value()});
    CHECK(model.isLoading());
    REQUIRE(waitUntil([&] { return !model.isLoading(); }));
    while (model.canFetchMore())
        model.fetchMore();
    CHECK(model.rowCount() == 20); // N290..N299, exact and prefix
    CHECK((model.index(0, last).data().toString() == S("GÍL") || model.index(0, last).data().toString() == S("Gil")));
    CHECK(model.index(19, last).data().toString() == S("Gilabert"));
    waitForBackgroundWork();
}
