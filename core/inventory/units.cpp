// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include "../metadata/value.h"

#include <QStringList>

namespace trato {

bool Units::allowsFractions(const QString &unit)
{
    static const QStringList measured = {QStringLiteral("kg"), QStringLiteral("g"),  QStringLiteral("l"),    QStringLiteral("m"),
                                         QStringLiteral("m2"), QStringLiteral("hour"), QStringLiteral("day")};
    return measured.contains(unit);
}

QString Units::pluralName(const QString &unit)
{
    if (unit.isEmpty() || unit == QLatin1String("unit"))
        return tr("units");
    if (unit == QLatin1String("box"))
        return tr("boxes");
    if (unit == QLatin1String("pack"))
        return tr("packs");
    if (unit == QLatin1String("pair"))
        return tr("pairs");
    return unit;
}

QString Units::checkQuantity(const QString &unit, qint64 milli)
{
    if (milli % 1000 == 0 || allowsFractions(unit))
        return {};
    return tr("%1 is not a whole number of %2.").arg(Value::formatMilli(milli), pluralName(unit));
}

} // namespace trato
