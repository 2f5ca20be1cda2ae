// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "util/uuid7.h"

#include <QDateTime>
#include <QSet>
#include <QThread>
#include <catch2/catch.hpp>

using namespace trato;

TEST_CASE("UUIDv7 ids are well-formed, unique and sort in creation order")
{
    QStringList ids;
    for (int i = 0; i < 20000; ++i)
        ids << Uuid7::create();
    QSet<QString> unique(ids.begin(), ids.end());
    CHECK(unique.size() == ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        REQUIRE(Uuid7::isValid(ids.at(i)));
        if (i > 0)
            REQUIRE(ids.at(i - 1) < ids.at(i)); // text order = creation order, even within one ms
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 ts = qint64(Uuid7::timestampMs(ids.last()));
    CHECK(qAbs(now - ts) < 5000);
}

TEST_CASE("UUIDv7 layout follows RFC 9562")
{
    const QString id = Uuid7::fromParts(0x0190a1b2c3d4ull, 0x0abc, 0x3fffffffffffffffull);
    CHECK(id == QStringLiteral("0190a1b2-c3d4-7abc-bfff-ffffffffffff"));
    CHECK(Uuid7::timestampMs(id) == 0x0190a1b2c3d4ull);
    CHECK(Uuid7::isValid(id));
    CHECK(!Uuid7::isValid(QStringLiteral("0190a1b2-c3d4-4abc-bfff-ffffffffffff"))); // v4
    CHECK(!Uuid7::isValid(QStringLiteral("not-an-id")));
    // Ids from different milliseconds order by time whatever their random parts.
    CHECK(Uuid7::fromParts(1000, 0xfff, 0x3fffffffffffffffull) < Uuid7::fromParts(1001, 0, 0));
}

TEST_CASE("UUIDv7 generation is safe across threads")
{
    QList<QStringList> perThread(4);
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&perThread, t] {
            for (int i = 0; i < 5000; ++i)
                perThread[t] << Uuid7::create();
        });
        threads.last()->start();
    }
    QSet<QString> all;
    for (int t = 0; t < 4; ++t) {
        threads.at(t)->wait();
        delete threads.at(t);
        for (const auto &id : perThread.at(t))
            all.insert(id);
        for (int i = 1; i < perThread.at(t).size(); ++i)
            REQUIRE(perThread.at(t).at(i - 1) < perThread.at(t).at(i));
    }
    CHECK(all.size() == 20000);
}
