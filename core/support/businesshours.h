// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTimeZone>

namespace trato {

// A business-hours calendar (the business_calendar entity) parsed for arithmetic: working ranges per
// weekday, holidays, the calendar's IANA time zone. Times come in and go out as UTC; the ranges are
// applied in the calendar's zone day by day, so a DST change moves the UTC instants, never the
// local opening hours. All arithmetic is in integer seconds.
class BusinessHours
{
public:
    // "mon-fri 09:00-14:00,15:00-18:00; sat 10:00-13:00" (Spanish lun..dom too), holidays as ISO
    // dates separated by commas, spaces or new lines. Errors name the offending token.
    static Result<BusinessHours> parse(const QString &hours, const QString &holidays, const QString &timeZone);
    static Status checkHours(const QString &hours);
    static Status checkHolidays(const QString &holidays);
    static Status checkTimeZone(const QString &timeZone);

    // The UTC instant after `seconds` business seconds counted from `start` (UTC). 0 seconds:
    // start itself. Invalid when the calendar has no working time at all.
    QDateTime addBusinessSeconds(const QDateTime &start, qint64 seconds) const;
    // Business seconds between two instants (0 when b <= a).
    qint64 businessSecondsBetween(const QDateTime &a, const QDateTime &b) const;

    QTimeZone zone() const { return m_zone; }
    bool hasWorkingTime() const;

private:
    struct Range { int start = 0; int end = 0; }; // seconds after local midnight, end exclusive
    // The working intervals of one local date as UTC instants.
    QList<QPair<QDateTime, QDateTime>> intervals(const QDate &date) const;

    QTimeZone m_zone;
    QList<Range> m_days[7]; // Monday = 0
    QSet<QDate> m_holidays;
};

} // namespace trato
