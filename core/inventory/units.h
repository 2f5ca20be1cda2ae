// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace trato {

// Units of measure of products and services (the `unit` picklist of inventoryentities.cpp).
// Quantities are exact thousandths (FieldType::Quantity); only measured units (kg, g, l, m, m2,
// hour, day) take fractions, counted ones (unit, box, pack, pair) whole numbers only. The stock
// ledger, purchase lines and sales lines all check quantities here.
class Units
{
    Q_DECLARE_TR_FUNCTIONS(trato::Units)
public:
    static bool allowsFractions(const QString &unit);
    // Empty when the quantity (thousandths) fits the unit, else a message for people:
    // "2.5 is not a whole number of boxes."
    static QString checkQuantity(const QString &unit, qint64 milli);
    // The unit's plural name for messages ("boxes"); unknown units are shown as they are.
    static QString pluralName(const QString &unit);
};

} // namespace trato
