// SPDX-License-Identifier: GPL-3.0-or-later
// Análisis: relative periods ("last quarter") resolve to the days a manager means, and each has
// the previous period it is compared with.
#include "analytics/period.h"

#include <catch2/catch.hpp>

using namespace trato;

namespace {
DateRange resolved(const char *key, const QDate &today)
{
    auto r = Period::resolve(QString::fromLatin1(key), today);
    INFO(key << ": " << (r.ok() ? "" : r.error().message.toStdString()));
    REQUIRE(r.ok());
    return r.value();
}
} // namespace

TEST_CASE("periods: relative keys resolve on a fixed day, with their previous period")
{
    const QDate today(2026, 5, 14); // a Thursday in the second quarter
    CHECK(resolved("today", today) == DateRange{today, today});
    CHECK(resolved("this_week", today) == DateRange{QDate(2026, 5, 11), QDate(2026, 5, 17)});
    CHECK(resolved("last_week", today) == DateRange{QDate(2026, 5, 4), QDate(2026, 5, 10)});
    CHECK(resolved("this_month", today) == DateRange{QDate(2026, 5, 1), QDate(2026, 5, 31)});
    CHECK(resolved("last_month", today) == DateRange{QDate(2026, 4, 1), QDate(2026, 4, 30)});
    CHECK(resolved("this_quarter", today) == DateRange{QDate(2026, 4, 1), QDate(2026, 6, 30)});
    CHECK(resolved("last_quarter", today) == DateRange{QDate(2026, 1, 1), QDate(2026, 3, 31)});
    CHECK(resolved("last_year", today) == DateRange{QDate(2025, 1, 1), QDate(2025, 12, 31)});
    CHECK(resolved("last_30_days", today) == DateRange{QDate(2026, 4, 15), QDate(2026, 5, 14)});
    CHECK(resolved("last_12_months", today) == DateRange{QDate(2025, 6, 1), QDate(2026, 5, 31)});
    CHECK(resolved("2026-Q1", today) == DateRange{QDate(2026, 1, 1), QDate(2026, 3, 31)});
    CHECK(resolved("2024-02", today) == DateRange{QDate(2024, 2, 1), QDate(2024, 2, 29)});
    CHECK(resolved("2026-03-05..2026-03-09", today).days() == 5);

    // Previous: the month before a month (March has 31 days, February 28), the quarter before a
    // quarter, the year before a year; a run of days steps back by its length.
    CHECK(resolved("2026-03", today).previous() == DateRange{QDate(2026, 2, 1), QDate(2026, 2, 28)});
    CHECK(resolved("this_quarter", today).previous() == DateRange{QDate(2026, 1, 1), QDate(2026, 3, 31)});
    CHECK(resolved("this_year", today).previous() == DateRange{QDate(2025, 1, 1), QDate(2025, 12, 31)});
    CHECK(resolved("last_7_days", today).previous() == DateRange{QDate(2026, 5, 1), QDate(2026, 5, 7)});
}

TEST_CASE("periods: malformed keys and ranges are refused with a message naming them")
{
    const QDate today(2026, 5, 14);
    for (const char *bad : {"next_month", "2026-13", "2026-02-30..2026-03-01", "2026-03-09..2026-03-01", "", "2026-Q5"}) {
        auto r = Period::resolve(QString::fromLatin1(bad), today);
        INFO(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QString::fromLatin1(bad)));
    }
    CHECK(DateRange{}.previous().isValid() == false);
    CHECK(DateRange{QDate(2026, 3, 1), QDate(2026, 3, 31)}.startIso() == QStringLiteral("2026-03-01T00:00:00Z"));
    CHECK(DateRange{QDate(2026, 3, 1), QDate(2026, 3, 31)}.endIsoExclusive() == QStringLiteral("2026-04-01T00:00:00Z"));
}
