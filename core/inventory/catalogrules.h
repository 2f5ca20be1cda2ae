// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace trato {

// The catalog's write rules (RecordRules, so forms, trato-cli add/update and CSV import obey them):
// - product SKU and service code: spaces trimmed and upper-cased ("  ab-12 " -> "AB-12"), unique
//   among active records; a duplicate is refused naming the product or service that has it;
// - barcode: when it looks like an EAN-13, UPC-A or EAN-8 (13, 12 or 8 digits) its check digit
//   must be right;
// - unit price and cost never negative;
// - product categories: a parent cannot be the category itself or one of its descendants.
class CatalogRules
{
    Q_DECLARE_TR_FUNCTIONS(trato::CatalogRules)
public:
    static void registerRules(); // called once by RecordRules

    static QString normalizeSku(const QString &text) { return text.trimmed().toUpper(); }
    // True when the text is not a GTIN (not 8, 12 or 13 digits) or its check digit is right.
    static bool barcodeOk(const QString &text);
};

} // namespace trato
