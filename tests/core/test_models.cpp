// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "demo/demodata.h"
#include "models/recordlistmodel.h"
#include "store/recordstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include "util/background.h"
#include <catch2/catch.hpp>

using namespace trato;

TEST_CASE("the record list model passes QAbstractItemModelTester through sorting, search and refresh")
{
    test::TempDb t;
    DemoOptions opts;
    opts.contacts = 600;
    REQUIRE(DemoData::generate(t.db(), opts).ok());
    {
        RecordListModel lazy(t.db(), QStringLiteral("contact"));
        CHECK(lazy.rowCount() == 256); // fetched a page at a time, as the view scrolls
    }
    RecordListModel model(t.db(), QStringLiteral("contact"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QSignalSpy total(&model, &RecordListModel::totalCountChanged);
    REQUIRE(total.wait(5000));
    CHECK(model.totalCount() == 600);
    while (model.canFetchMore())
        model.fetchMore();
    CHECK(model.rowCount() == 600);

    const int lastName = int(model.visibleFields().indexOf(QStringLiteral("last_name")));
    REQUIRE(lastName >= 0);
    model.sort(lastName, Qt::DescendingOrder);
    const QString first = model.data(model.index(0, lastName)).toString();
    const QString second = model.data(model.index(1, lastName)).toString();
    CHECK(first.compare(second, Qt::CaseInsensitive) >= 0);
    CHECK(model.sortColumn() == lastName);

    // A typed search is read on a worker: its page first, then its count.
    QSignalSpy loaded(&model, &RecordListModel::loaded);
    model.setSearchText(QStringLiteral("garcia"));
    REQUIRE(loaded.wait(5000));
    total.clear();
    REQUIRE(total.wait(5000));
    CHECK(model.totalCount() > 0);
    CHECK(model.totalCount() < 600);
    for (int row = 0; row < model.rowCount(); ++row)
        REQUIRE(!model.recordId(row).isEmpty());

    // A write elsewhere refreshes the list.
    RecordStore store(t.db());
    REQUIRE(store.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Garcíazzz")}}).ok());
    REQUIRE(total.wait(5000));
    CHECK(model.rowOfId(QString()) == -1);
    waitForBackgroundWork();
}

TEST_CASE("list values are displayed through the metadata")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto acc = store.create(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Óptica Sol")},
                                                        {QStringLiteral("type"), QStringLiteral("customer")}});
    REQUIRE(acc.ok());
    REQUIRE(store.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Sol")},
                                                     {QStringLiteral("account"), acc.value()}}).ok());
    RecordListModel contacts(t.db(), QStringLiteral("contact"));
    const int accountCol = int(contacts.visibleFields().indexOf(QStringLiteral("account")));
    REQUIRE(accountCol >= 0);
    CHECK(contacts.data(contacts.index(0, accountCol)).toString() == QStringLiteral("Óptica Sol"));
    CHECK(contacts.data(contacts.index(0, accountCol), RecordListModel::RawValueRole).toString() == acc.value());
    RecordListModel accounts(t.db(), QStringLiteral("account"));
    const int typeCol = int(accounts.visibleFields().indexOf(QStringLiteral("type")));
    CHECK(accounts.data(accounts.index(0, typeCol)).toString() == QStringLiteral("Customer"));
    CHECK(accounts.headerData(typeCol, Qt::Horizontal).toString() == QStringLiteral("Type"));
    waitForBackgroundWork();
}
