// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence.h"

namespace trato {

namespace {
const char *const kNames[] = {"none", "daily", "weekly", "monthly"};
} // namespace

QString Recurrence::frequencyName(RecurrenceRule::Frequency f)
{
    return QString::fromLatin1(kNames[int(f)]);
}

bool Recurrence::frequencyFromName(const QString &name, RecurrenceRule::Frequency *out)
{
    const QString key = name.isEmpty() ? QStringLiteral("none") : name;
    for (int i = 0; i < 4; ++i)
        if (key == QLatin1String(kNames[i])) {
            *out = RecurrenceRule::Frequency(i);
            return true;
        }
    return false;
}

Result<RecurrenceRule> Recurrence::fromValues(const QVariantMap &values)
{
    RecurrenceRule rule;
    if (!frequencyFromName(values.value(QStringLiteral("repeat")).toString(), &rule.frequency))
        return Error::badInput(tr("Repeats (repeat) must be none, daily, weekly or monthly, not \"%1\".")
                                   .arg(values.value(QStringLiteral("repeat")).toString()));
    if (rule.frequency == RecurrenceRule::Frequency::None)
        return rule;
    const QVariant interval = values.value(QStringLiteral("repeat_interval"));
    rule.interval = interval.isNull() || interval.toString().isEmpty() ? 1 : interval.toInt();
    const QVariant until = values.value(QStringLiteral("repeat_until"));
    if (!until.isNull() && !until.toString().isEmpty())
        rule.until = QDate::fromString(until.toString(), Qt::ISODate);
    const QVariant count = values.value(QStringLiteral("repeat_count"));
    const bool hasCount = !count.isNull() && !count.toString().isEmpty();
    rule.count = hasCount ? count.toInt() : 0;
    if (hasCount && (rule.count < 1 || rule.count > kMaxOccurrences))
        return Error::badInput(tr("Occurrences (repeat_count) must be between 1 and %1, not %2.")
                                   .arg(kMaxOccurrences).arg(rule.count));
    const QDateTime start = QDateTime::fromString(values.value(QStringLiteral("start_at")).toString(), Qt::ISODate);
    auto dates = occurrences(rule, start);
    if (!dates)
        return dates.error();
    return rule;
}

Result<QList<QDateTime>> Recurrence::occurrences(const RecurrenceRule &rule, const QDateTime &start)
{
    if (!start.isValid())
        return Error::badInput(tr("A repeating activity needs a start (start_at)."));
    if (rule.frequency == RecurrenceRule::Frequency::None)
        return QList<QDateTime>{start.toUTC()};
    if (rule.interval < 1 || rule.interval > kMaxInterval)
        return Error::badInput(tr("Every (repeat_interval) must be between 1 and %1, not %2.").arg(kMaxInterval).arg(rule.interval));
    if (rule.count < 0 || rule.count > kMaxOccurrences)
        return Error::badInput(tr("Occurrences (repeat_count) must be between 1 and %1, not %2.")
                                   .arg(kMaxOccurrences).arg(rule.count));
    if (!rule.until.isValid() && rule.count == 0)
        return Error::badInput(tr("A repeating activity needs an end: Until (repeat_until) or Occurrences (repeat_count)."));
    const QDateTime local = start.toLocalTime();
    if (rule.until.isValid() && rule.until < local.date())
        return Error::badInput(tr("Until (repeat_until) %1 is before the start %2.")
                                   .arg(rule.until.toString(Qt::ISODate), local.date().toString(Qt::ISODate)));
    QList<QDateTime> out;
    // Every step from the first start (not from the previous occurrence), so a monthly series on
    // the 31st comes back to the 31st after a shorter month.
    for (int k = 0;; ++k) {
        if (rule.count > 0 && out.size() >= rule.count)
            break;
        const int step = k * rule.interval;
        QDate day = local.date();
        switch (rule.frequency) {
        case RecurrenceRule::Frequency::Daily: day = day.addDays(step); break;
        case RecurrenceRule::Frequency::Weekly: day = day.addDays(qint64(step) * 7); break;
        case RecurrenceRule::Frequency::Monthly: day = day.addMonths(step); break; // clamps to the month's last day
        case RecurrenceRule::Frequency::None: break;
        }
        if (rule.until.isValid() && day > rule.until)
            break;
        if (out.size() >= kMaxOccurrences)
            return Error::badInput(tr("That makes more than %1 occurrences; choose an earlier Until (repeat_until) or fewer "
                                      "Occurrences (repeat_count).").arg(kMaxOccurrences));
        out << QDateTime(day, local.time(), Qt::LocalTime).toUTC();
    }
    return out;
}

} // namespace trato
