// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "field.h"
#include "../util/result.h"

#include <QLocale>
#include <QVariant>

namespace trato {

// Conversions between what people type (CLI arguments, CSV cells, form text) and what the store
// keeps. Storage forms: text as is; integer and money (in cents) as qlonglong; decimal and percent
// as double; date "yyyy-MM-dd"; datetime UTC "yyyy-MM-ddTHH:mm:ssZ"; bool 0/1; picklist the option
// key; multi-picklist keys joined with ';'; relation the target record's id. Empty text -> null.
namespace Value {

// Parse user text for a field. Accepts the locale's formats and the ISO / C ones.
// The error message names the field and the offending text.
Result<QVariant> parse(const Field &field, const QString &text, const QLocale &locale = QLocale());

// Check an already-typed value (from a form editor) against the field; normalises it.
Result<QVariant> normalize(const Field &field, const QVariant &value, const QLocale &locale = QLocale());

// Human display in the locale ("1.234,50 €", "31/12/2025", "Sí", picklist labels translated).
QString display(const Field &field, const QVariant &stored, const QLocale &locale = QLocale());

// Locale-independent text form used by CSV/JSON/CLI output: ISO dates, "1234.50" for money.
QString plain(const Field &field, const QVariant &stored);
QVariant json(const Field &field, const QVariant &stored);

// An integer with the locale's digit grouping (works around Qt 6.4 misgrouping es_ES: use this, not
// QLocale::toString, for counts shown to people).
QString formatInteger(qint64 value, const QLocale &locale = QLocale());

// Money helpers: cents <-> text without binary floating point.
bool parseMoney(const QString &text, const QLocale &locale, qint64 *cents, QString *why);
QString formatCents(qint64 cents); // "1234.50"
QString formatMilli(qint64 milli); // thousandths as "12", "0.5", "-3.125"

bool isValidEmail(const QString &text);

// Tags as typed ("vip, Feria 2025;vip") -> the stored list: separated by ';' or ',', spaces
// simplified, duplicates (case ignored) dropped, sorted with accents and case folded.
QStringList normalizeTags(const QString &text);

// Sorting: the text with the accented Latin letters of our users' languages folded to their base
// letter and ASCII lower-cased ("Álvarez" -> "alvarez"). SchemaBuilder does the same in SQL for
// writers outside Trato, from the same table of folds.
struct AccentFold
{
    QChar from;
    QChar to;
};
const QList<AccentFold> &accentFolds(bool capitals);
QString sortKey(const QString &text);

} // namespace Value
} // namespace trato
