// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace trato {

// Tax identifiers of accounts. Spanish ones are checked to the control character:
//   NIF (DNI) 12345678Z, NIE X1234567L (X/Y/Z), special NIF K/L/M + 7 digits + letter,
//   CIF B12345674 / Q2826000H (organisation letter, 7 digits, control digit or letter).
// Foreign VAT ids are accepted in the EU VIES shape: two-letter country prefix and 2–13 letters or
// digits (DE123456789, FR12345678901); "ES" + a Spanish id is checked as Spanish.
namespace TaxId {

enum class Kind { Invalid, Nif, Nie, Cif, ForeignVat };

struct Check
{
    Kind kind = Kind::Invalid;
    QString normalized; // upper case, without spaces, dots or dashes
    QString why;        // for Invalid: what is wrong, in English source text; translate in context "trato::TaxId"
};

// Upper-cases and strips spaces, dots, dashes and slashes.
QString normalize(const QString &text);
Check check(const QString &text);

} // namespace TaxId
} // namespace trato
