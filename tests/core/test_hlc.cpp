// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "store/recordstore.h"
#include "util/hlc.h"

#include <catch2/catch.hpp>

using namespace trato;

TEST_CASE("the hybrid logical clock never goes backwards, even when the wall clock does")
{
    std::uint64_t wall = 1'700'000'000'000ull;
    HybridLogicalClock clock(QStringLiteral("aaaa0001"), [&] { return wall; });
    const HlcStamp a = clock.now();
    const HlcStamp b = clock.now(); // same millisecond: counter steps
    CHECK(a < b);
    CHECK(b.counter == a.counter + 1);
    wall -= 60'000; // the wall clock jumps back a minute
    const HlcStamp c = clock.now();
    CHECK(b < c);
    CHECK(c.ms == b.ms);
    wall += 120'000;
    const HlcStamp d = clock.now();
    CHECK(d.ms == wall);
    CHECK(d.counter == 0);
}

TEST_CASE("observing a remote stamp moves the clock past it")
{
    std::uint64_t wall = 1'000;
    HybridLogicalClock clock(QStringLiteral("site-a"), [&] { return wall; });
    HlcStamp remote;
    remote.ms = 5'000;
    remote.counter = 7;
    remote.site = QStringLiteral("site-b");
    clock.observe(remote);
    const HlcStamp next = clock.now();
    CHECK(remote < next);
    CHECK(next.site == QStringLiteral("site-a"));
}

TEST_CASE("stamps are fixed-width text whose order is clock order")
{
    HlcStamp s;
    s.ms = 0x0190a1b2c3d4ull;
    s.counter = 2;
    s.site = QStringLiteral("0badcafe");
    CHECK(s.toString() == QStringLiteral("0190a1b2c3d40002-0badcafe"));
    HlcStamp parsed;
    REQUIRE(HlcStamp::parse(s.toString(), &parsed));
    CHECK(parsed == s);
    HlcStamp later = s;
    later.counter = 10;
    CHECK(s.toString() < later.toString());
    later.ms += 1;
    later.counter = 0;
    CHECK(s.toString() < later.toString());
    CHECK(!HlcStamp::parse(QStringLiteral("garbage"), &parsed));
}

TEST_CASE("the clock is persisted and resumes after reopening the database")
{
    test::TempDb t;
    RecordStore store(t.db());
    REQUIRE(store.create(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("A")}}).ok());
    const HlcStamp before = t.db().nextStamp();
    t.reopen();
    const HlcStamp after = t.db().nextStamp();
    CHECK(before < after);
}
