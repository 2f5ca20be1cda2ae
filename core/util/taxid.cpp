// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxid.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace trato::TaxId {

namespace {

constexpr char kDniLetters[] = "TRWAGMYFPDXBNJZSQVHLCKE";
constexpr char kCifLetters[] = "JABCDEFGHI";

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return !s.isEmpty();
}

QChar dniLetter(qint64 number)
{
    return QLatin1Char(kDniLetters[number % 23]);
}

Check invalid(const QString &normalized, const char *why)
{
    return {Kind::Invalid, normalized, QString::fromLatin1(why)};
}

Check checkSpanish(const QString &s)
{
    if (s.size() != 9)
        return invalid(s, QT_TRANSLATE_NOOP("trato::TaxId", "a Spanish NIF, NIE or CIF has 9 characters"));
    const QChar first = s.at(0);
    const QChar last = s.at(8);
    if (first.isDigit()) { // DNI-based NIF: 8 digits + letter
        if (!allDigits(QStringView(s).left(8)))
            return invalid(s, QT_TRANSLATE_NOOP("trato::TaxId", "a NIF has 8 digits and a letter"));
        if (dniLetter(QStringView(s).left(8).toLongLong()) != last)
            return invalid(s, QT_TRANSLATE_NOOP("trato::TaxId", "the NIF's control letter does not match its number"));
        return {Kind::Nif, s, {}};
    }
    if (first == QLatin1Char('X') || first == QLatin1Char('Y') || first == QLatin1Char('Z')) {
        if (!allDigits(QStringView(s).mid(1, 7)))
            return invalid(s, QT_TRANSLATE_NOOP("trato::TaxId", "a NIE is X, Y or Z, 7 digits and a letter"));
        const qint64 n = QString(QChar(u'0' + (first.unicode() - u'X')) + s.mid(1, 7)).toLongLong();
        if (dniLetter(n) != last)
            return invalid(s, QT_TRANSLATE_NOOP("trato::TaxId", "the NIE's control letter does not match its number"));
        return {Kind::Nie, s, {}};
    }
    if (first == QLatin1Char('K') || first == QLatin1Char('L') || first == QLatin1Char('M')) {
        if (!allDigits(QStringView(s).mid(1, 7)))
            return invalid(s, QT_TRANSLATE_NOOP("trato::TaxId", "this NIF is K, L or M, 7 digits and a letter"));
        if (dniLetter(QStringView(s).mid(1, 7).toLongLong()) != last)
            return invalid(s, QT_TRANSLATE_NOOP("trato::TaxId", "the NIF's control letter does not match its number"));
        return {Kind::Nif, s, {}};
    }
    static const QString cifOrgs = QStringLiteral("ABCDEFGHJNPQRSUVW");
    if (!cifOrgs.contains(first))
        return invalid(s, QT_TRANSLATE_NOOP("trato::TaxId", "it does not start like a Spanish NIF, NIE or CIF"));
    if (!allDigits(QStringView(s).mid(1, 7)))
        return invalid(s, QT_TRANSLATE_NOOP("trato::TaxId", "a CIF is a letter, 7 digits and a control digit or letter"));
    int sum = 0;
    for (int i = 0; i < 7; ++i) {
        const int d = s.at(1 + i).digitValue();
        if (i % 2 == 1) {
            sum += d;
        } else {
            const int twice = d * 2;
            sum += twice / 10 + twice % 10;
        }
    }
    const int control = (10 - sum % 10) % 10;
    const QChar asDigit = QChar(u'0' + control);
    const QChar asLetter = QLatin1Char(kCifLetters[control]);
    // Public bodies, foreign entities and non-residents use a letter; S.A. / S.L. and a few more a digit.
    static const QString letterOnly = QStringLiteral("NPQRSW");
    static const QString digitOnly = QStringLiteral("ABEH");
    const bool ok = letterOnly.contains(first) ? last == asLetter
                  : digitOnly.contains(first) ? last == asDigit
                                              : (last == asLetter || last == asDigit);
    if (!ok)
        return invalid(s, QT_TRANSLATE_NOOP("trato::TaxId", "the CIF's control character does not match"));
    return {Kind::Cif, s, {}};
}

} // namespace

QString normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/'))
            continue;
        out += c.toUpper();
    }
    return out;
}

Check check(const QString &text)
{
    const QString s = normalize(text);
    if (s.isEmpty())
        return invalid(s, QT_TRANSLATE_NOOP("trato::TaxId", "it is empty"));
    for (QChar c : s)
        if (c.unicode() > 127 || !c.isLetterOrNumber())
            return invalid(s, QT_TRANSLATE_NOOP("trato::TaxId", "a tax id has only letters and digits"));
    if (s.startsWith(QLatin1String("ES")) && s.size() == 11) {
        Check es = checkSpanish(s.mid(2));
        es.normalized = s;
        return es;
    }
    // A Spanish id starts with a digit or has 9 characters with digits in the middle.
    const bool looksSpanish = s.at(0).isDigit() || (s.size() == 9 && allDigits(QStringView(s).mid(1, 7)));
    if (looksSpanish)
        return checkSpanish(s);
    static const QRegularExpression vat(QStringLiteral("^[A-Z]{2}[0-9A-Z]{2,13}$"));
    if (vat.match(s).hasMatch())
        return {Kind::ForeignVat, s, {}};
    return invalid(s, QT_TRANSLATE_NOOP("trato::TaxId", "it is neither a Spanish NIF, NIE or CIF nor a VAT id with a country prefix (DE123456789)"));
}

} // namespace trato::TaxId
