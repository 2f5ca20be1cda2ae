// SPDX-License-Identifier: GPL-3.0-or-later
// Every model the GUI shows, through QAbstractItemModelTester (failures are test failures).
#include "uitestsupport.h"

#include "forms/historymodel.h"
#include "search/searchresultmodel.h"

#include "models/recordlistmodel.h"
#include "search/globalsearch.h"
#include "store/recordstore.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
}

TEST_CASE_METHOD(UiFixture, "RecordListModel passes the model tester through filter, sort and refresh", "[ui][models]")
{
    for (int i = 0; i < 30; ++i)
        addRecord(db(), QStringLiteral("contact"), {{QStringLiteral("first_name"), QStringLiteral("Nombre%1").arg(i)},
                                                    {QStringLiteral("last_name"), i % 2 ? QStringLiteral("Pérez") : QStringLiteral("Núñez")}});
    RecordListModel model(db(), QStringLiteral("contact"));
    QAbstractItemModelTester tester(&model, kFatal);
    CHECK(model.rowCount() == 30);
    // A typed search is read on a worker; the rows change when its first page arrives.
    model.setSearchText(QStringLiteral("perez"));
    CHECK(model.isLoading());
    REQUIRE(waitFor([&] { return !model.isLoading(); }));
    CHECK(model.rowCount() == 15);
    model.sort(int(model.visibleFields().indexOf(QStringLiteral("first_name"))), Qt::DescendingOrder);
    model.setVisibleFields({QStringLiteral("last_name"), QStringLiteral("account"), QStringLiteral("created_at")});
    model.setDeletedFilter(ListQuery::OnlyDeleted);
    CHECK(model.rowCount() == 0);
    model.setDeletedFilter(ListQuery::Active);
    model.refresh();
    CHECK(model.rowCount() == 15);
}

TEST_CASE_METHOD(UiFixture, "HistoryModel passes the model tester", "[ui][models]")
{
    const QString id = addRecord(db(), QStringLiteral("lead"), {{QStringLiteral("last_name"), QStringLiteral("Ortiz")}});
    RecordStore store(db());
    REQUIRE(store.update(QStringLiteral("lead"), id, {{QStringLiteral("estimated_value"), qlonglong(150000)}}));
    REQUIRE(store.remove(QStringLiteral("lead"), id));
    HistoryModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    const Entity *lead = db().registry()->entity(QStringLiteral("lead"));
    model.setEntries(*lead, store.history(QStringLiteral("lead"), id).value());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, HistoryModel::What).data().toString() == QStringLiteral("Moved to the Trash"));
    CHECK(model.index(1, HistoryModel::What).data().toString() == QStringLiteral("Estimated value"));
    CHECK(model.index(1, HistoryModel::To).data().toString() == QStringLiteral("1,500.00"));
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE_METHOD(UiFixture, "SearchResultModel passes the model tester", "[ui][models]")
{
    addRecord(db(), QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Martínez Hermanos")}});
    addRecord(db(), QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Martínez")}});
    addRecord(db(), QStringLiteral("lead"), {{QStringLiteral("last_name"), QStringLiteral("Martín")}});
    SearchResultModel model(*db().registry());
    QAbstractItemModelTester tester(&model, kFatal);
    auto hits = GlobalSearch(db()).search(QStringLiteral("mart"));
    REQUIRE(hits);
    model.setHits(hits.value());
    CHECK(model.rowCount() == 3);
    CHECK(model.hitCount() == 3);
    CHECK(model.isHit(model.firstHit()));
    CHECK_FALSE(model.isHit(model.index(0, 0)));
    CHECK(model.rowCount(model.index(0, 1)) == 0);
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.firstHit().isValid());
}
