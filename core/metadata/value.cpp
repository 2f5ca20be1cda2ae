// SPDX-License-Identifier: GPL-3.0-or-later
#include "value.h"

#include "../util/taxid.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <optional>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace trato::Value {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::Value", text);
}

Error bad(const Field &f, const QString &text, const QString &why)
{
    return Error::badInput(tr("%1: \"%2\" %3").arg(f.name, text, why));
}

// Removes currency signs, spaces (incl. no-break) and a leading '+'.
QString stripNumber(QString s)
{
    static const QRegularExpression junk(QStringLiteral("[\\s\\x{00A0}\\x{202F}€$£%]"));
    s.remove(junk);
    return s;
}

// Decides which of '.' and ',' is the decimal separator and returns digits with '.' as decimal
// point and no grouping. Works on text so money never passes through a double.
bool canonicalDecimal(const QString &input, const QLocale &locale, QString *out)
{
    QString s = stripNumber(input);
    if (s.isEmpty())
        return false;
    QString sign;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        if (s.startsWith(QLatin1Char('-')))
            sign = QStringLiteral("-");
        s.remove(0, 1);
    }
    // Accounting style "(12.50)"
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        sign = QStringLiteral("-");
        s = s.mid(1, s.size() - 2);
    }
    const int lastDot = s.lastIndexOf(QLatin1Char('.'));
    const int lastComma = s.lastIndexOf(QLatin1Char(','));
    QChar decimal;
    if (lastDot >= 0 && lastComma >= 0) {
        decimal = lastDot > lastComma ? QLatin1Char('.') : QLatin1Char(',');
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar sep = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const int pos = qMax(lastDot, lastComma);
        const int occurrences = s.count(sep);
        const int after = s.size() - pos - 1;
        const QString groupSep = locale.groupSeparator();
        // "1.234" in a locale that groups with '.', or "1,234,567": a grouping separator.
        if (occurrences > 1 || (after == 3 && groupSep == QString(sep)))
            decimal = QChar();
        else
            decimal = sep;
    }
    QString intPart = s, fracPart;
    if (!decimal.isNull()) {
        const int pos = s.lastIndexOf(decimal);
        intPart = s.left(pos);
        fracPart = s.mid(pos + 1);
    }
    const QChar group = decimal == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
    if (!decimal.isNull() && intPart.contains(decimal))
        return false;
    // Grouping must be in threes: "1.234.567" yes, "12.34.5" no.
    if (intPart.contains(group) || (decimal.isNull() && (intPart.contains(QLatin1Char('.')) || intPart.contains(QLatin1Char(','))))) {
        static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([.,]\\d{3})+$"));
        if (!grouped.match(intPart).hasMatch())
            return false;
        intPart.remove(QLatin1Char('.'));
        intPart.remove(QLatin1Char(','));
    }
    static const QRegularExpression digits(QStringLiteral("^\\d*$"));
    if (!digits.match(intPart).hasMatch() || !digits.match(fracPart).hasMatch())
        return false;
    if (intPart.isEmpty() && fracPart.isEmpty())
        return false;
    if (intPart.isEmpty())
        intPart = QStringLiteral("0");
    *out = sign + intPart + (fracPart.isEmpty() ? QString() : QLatin1Char('.') + fracPart);
    return true;
}

QDate parseDate(const QString &text, const QLocale &locale)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (d.isValid())
        return d;
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}$"));
    if (iso.match(t).hasMatch())
        return QDate::fromString(t, QStringLiteral("yyyy-M-d"));
    d = locale.toDate(t, QLocale::ShortFormat);
    if (d.isValid())
        return d;
    // Day-first numeric dates (the common form outside the US), then month-first for en_US.
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2,4})$"));
    const auto m = numeric.match(t);
    if (m.hasMatch()) {
        int a = m.captured(1).toInt(), b = m.captured(2).toInt(), y = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            y += y < 70 ? 2000 : 1900;
        const bool monthFirst = locale.dateFormat(QLocale::ShortFormat).startsWith(QLatin1Char('M'));
        return monthFirst ? QDate(y, a, b) : QDate(y, b, a);
    }
    return {};
}

QDateTime parseDateTime(const QString &text, const QLocale &locale)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
        for (const auto &fmt : {QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm")}) {
            dt = QDateTime::fromString(t, fmt);
            if (dt.isValid())
                break;
        }
    }
    if (!dt.isValid())
        dt = locale.toDateTime(t, QLocale::ShortFormat);
    if (!dt.isValid()) {
        // "31/12/2025 14:30" style: date part in the locale's order, then a time.
        const int space = t.lastIndexOf(QLatin1Char(' '));
        if (space > 0) {
            const QDate d = parseDate(t.left(space), locale);
            QTime tm = QTime::fromString(t.mid(space + 1), QStringLiteral("H:mm"));
            if (!tm.isValid())
                tm = QTime::fromString(t.mid(space + 1), QStringLiteral("H:mm:ss"));
            if (d.isValid() && tm.isValid())
                dt = QDateTime(d, tm);
        } else {
            const QDate d = parseDate(t, locale);
            if (d.isValid())
                dt = QDateTime(d, QTime(0, 0));
        }
    }
    return dt;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"),
                                    QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("on"),
                                    QStringLiteral("sí"), QStringLiteral("si"), QStringLiteral("s"),
                                    QStringLiteral("verdadero")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"),
                                   QStringLiteral("n"), QStringLiteral("off"), QStringLiteral("falso")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    if (t == tr("yes").toLower())
        return true;
    if (t == tr("no").toLower())
        return false;
    return std::nullopt;
}

std::optional<QString> matchOption(const Field &f, const QString &text)
{
    const QString t = text.trimmed();
    for (const auto &o : f.options) {
        if (o.value.compare(t, Qt::CaseInsensitive) == 0 || o.label.compare(t, Qt::CaseInsensitive) == 0
            || f.optionLabel(o.value).compare(t, Qt::CaseInsensitive) == 0)
            return o.value;
    }
    return std::nullopt;
}

QString optionList(const Field &f)
{
    QStringList values;
    for (const auto &o : f.options)
        values << o.value;
    return values.join(QStringLiteral(", "));
}

} // namespace

const QList<AccentFold> &accentFolds(bool capitals)
{
    static const QList<AccentFold> small = [] {
        QList<AccentFold> l;
        const QString from = QStringLiteral("áàâäãåéèêëíìîïóòôöõúùûüñç");
        const QString to = QStringLiteral("aaaaaaeeeeiiiiooooouuuunc");
        for (int i = 0; i < from.size(); ++i)
            l.append({from.at(i), to.at(i)});
        return l;
    }();
    static const QList<AccentFold> caps = [] {
        QList<AccentFold> l;
        const QString from = QStringLiteral("ÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇ");
        const QString to = QStringLiteral("aaaaaaeeeeiiiiooooouuuunc");
        for (int i = 0; i < from.size(); ++i)
            l.append({from.at(i), to.at(i)});
        return l;
    }();
    return capitals ? caps : small;
}

QString sortKey(const QString &text)
{
    static const QHash<QChar, QChar> map = [] {
        QHash<QChar, QChar> m;
        for (bool capitals : {true, false})
            for (const auto &f : accentFolds(capitals))
                m.insert(f.from, f.to);
        return m;
    }();
    // Most keys are already folded: then the text itself (shared, no copy) is the key.
    qsizetype first = 0;
    for (const qsizetype n = text.size(); first < n; ++first) {
        const char16_t u = text.at(first).unicode();
        if ((u >= 'A' && u <= 'Z') || u >= 0xC0)
            break;
    }
    if (first == text.size())
        return text;
    QString out = text;
    QChar *d = out.data();
    for (qsizetype i = first, n = out.size(); i < n; ++i) {
        QChar &c = d[i];
        const ushort u = c.unicode();
        if (u >= 'A' && u <= 'Z')
            c = QChar(u + 32); // ASCII only, like SQLite's lower()
        else if (u >= 0xC0)
            c = map.value(c, c);
    }
    return out;
}

// QLocale::toString() of Qt 6.4 misplaces separators with CLDR's "minimum grouping digits" (es_ES
// gives "3871.000" for 3,871,000), so integers are grouped here: in threes, except that a locale
// which leaves 4-digit numbers ungrouped ("1234" in Spanish) keeps doing so.
QString formatInteger(qint64 value, const QLocale &locale)
{
    const bool negative = value < 0;
    const QString digits = QString::number(value).remove(QLatin1Char('-'));
    const QString sep = locale.groupSeparator();
    const bool groupFour = locale.toString(1234LL).contains(sep);
    QString out;
    if (!sep.isEmpty() && (digits.size() > 4 || (digits.size() == 4 && groupFour))) {
        for (int i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0)
                out += sep;
            out += digits.at(i);
        }
    } else {
        out = digits;
    }
    return negative ? locale.negativeSign() + out : out;
}

namespace {

bool asciiAlnum(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// isValidEmail()'s expression written out for ASCII text (what nearly every address is; a bulk
// import checks a million of them). Returns nullopt for other text, which the expression decides.
std::optional<bool> asciiEmailValid(const QString &text)
{
    static constexpr char kLocalExtra[] = ".!#$%&'*+/=?^_`{|}~-";
    const QChar *d = text.constData();
    const qsizetype n = text.size();
    qsizetype at = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (c >= 0x80)
            return std::nullopt;
        if (c == '@' && at < 0)
            at = i;
    }
    if (at <= 0)
        return false;
    for (qsizetype i = 0; i < at; ++i) {
        const char16_t c = d[i].unicode();
        if (!asciiAlnum(c) && (c == 0 || !std::strchr(kLocalExtra, char(c))))
            return false;
    }
    // Labels of letters, digits and inner hyphens, at least two of them, separated by single dots.
    int labels = 0;
    qsizetype start = at + 1;
    for (qsizetype i = start; i <= n; ++i) {
        if (i < n && d[i] != QLatin1Char('.')) {
            const char16_t c = d[i].unicode();
            if (!asciiAlnum(c) && c != '-')
                return false;
            continue;
        }
        if (i == start || !asciiAlnum(d[start].unicode()) || !asciiAlnum(d[i - 1].unicode()))
            return false;
        ++labels;
        start = i + 1;
    }
    return labels >= 2;
}

} // namespace

bool isValidEmail(const QString &text)
{
    if (text.size() > 254)
        return false;
    if (const auto ascii = asciiEmailValid(text))
        return *ascii && !text.contains(QStringLiteral(".."));
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\\-\\x{00C0}-\\x{FFFF}]+@[A-Za-z0-9\\x{00C0}-\\x{FFFF}](?:[A-Za-z0-9\\-\\x{00C0}-\\x{FFFF}]*[A-Za-z0-9\\x{00C0}-\\x{FFFF}])?(?:\\.[A-Za-z0-9\\x{00C0}-\\x{FFFF}](?:[A-Za-z0-9\\-\\x{00C0}-\\x{FFFF}]*[A-Za-z0-9\\x{00C0}-\\x{FFFF}])?)+$"));
    return text.size() <= 254 && re.match(text).hasMatch() && !text.contains(QStringLiteral(".."));
}

// A decimal in text as an integer of `decimals` fixed decimals (money: 2, quantities: 3), exactly.
bool parseScaled(const QString &text, const QLocale &locale, int decimals, qint64 *out, QString *why, const QString &notANumber)
{
    QString canon;
    if (!canonicalDecimal(text, locale, &canon)) {
        if (why)
            *why = notANumber;
        return false;
    }
    const bool negative = canon.startsWith(QLatin1Char('-'));
    if (negative)
        canon.remove(0, 1);
    const int dot = canon.indexOf(QLatin1Char('.'));
    QString units = dot < 0 ? canon : canon.left(dot);
    QString frac = dot < 0 ? QString() : canon.mid(dot + 1);
    if (frac.size() > decimals) {
        if (why)
            *why = decimals == 2 ? tr("has more than two decimals") : tr("has more than three decimals");
        return false;
    }
    frac = frac.leftJustified(decimals, QLatin1Char('0'));
    if (units.size() > 15) {
        if (why)
            *why = tr("is too large");
        return false;
    }
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    bool ok = false;
    qint64 v = units.toLongLong(&ok) * scale + (frac.isEmpty() ? 0 : frac.toLongLong());
    if (!ok) {
        if (why)
            *why = notANumber;
        return false;
    }
    *out = negative ? -v : v;
    return true;
}

bool parseMoney(const QString &text, const QLocale &locale, qint64 *cents, QString *why)
{
    return parseScaled(text, locale, 2, cents, why, tr("is not an amount of money"));
}

// Thousandths as canonical text: "12", "0.5", "-3.125" (no trailing zeros).
QString formatMilli(qint64 milli)
{
    const bool neg = milli < 0;
    const quint64 a = neg ? quint64(-(milli + 1)) + 1 : quint64(milli);
    QString s = QString::number(a / 1000);
    if (a % 1000) {
        QString frac = QStringLiteral("%1").arg(a % 1000, 3, 10, QLatin1Char('0'));
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
        s += QLatin1Char('.') + frac;
    }
    return neg ? QLatin1Char('-') + s : s;
}

QString formatCents(qint64 cents)
{
    const bool neg = cents < 0;
    const quint64 a = neg ? quint64(-(cents + 1)) + 1 : quint64(cents);
    return (neg ? QStringLiteral("-") : QString()) + QString::number(a / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

QStringList normalizeTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    QStringList tags;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (tag.isEmpty())
            continue;
        bool known = false;
        for (const QString &t : std::as_const(tags))
            known = known || t.compare(tag, Qt::CaseInsensitive) == 0;
        if (!known)
            tags << tag;
    }
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        return sortKey(a) < sortKey(b) || (sortKey(a) == sortKey(b) && a < b);
    });
    return tags;
}

Result<QVariant> parse(const Field &f, const QString &rawText, const QLocale &locale)
{
    const QString text = f.type == FieldType::LongText ? rawText : rawText.trimmed();
    if (text.isEmpty())
        return QVariant();
    switch (f.type) {
    case FieldType::Text:
        if (f.check == Field::Check::TaxId) {
            const TaxId::Check c = TaxId::check(text);
            if (c.kind == TaxId::Kind::Invalid)
                return bad(f, text, tr("is not a valid tax id: %1")
                                        .arg(QCoreApplication::translate("trato::TaxId", c.why.toUtf8().constData())));
            return QVariant(c.normalized);
        }
        return QVariant(text);
    case FieldType::LongText:
    case FieldType::Relation:
        return QVariant(text);
    case FieldType::Email:
        if (!isValidEmail(text))
            return bad(f, text, tr("is not a valid email address"));
        return QVariant(text);
    case FieldType::Phone: {
        static const QRegularExpression re(QStringLiteral("^\\+?[0-9 ()./\\-]{3,}(\\s*(x|ext\\.?)\\s*\\d+)?$"));
        int digits = 0;
        for (QChar c : text)
            digits += c.isDigit();
        // The common shape, "+34 912 345 678", without the expression: an optional '+' and then
        // only digits, spaces and ( ) . / - always match it.
        bool plain = true;
        for (qsizetype i = text.startsWith(QLatin1Char('+')) ? 1 : 0; plain && i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            plain = (c >= '0' && c <= '9') || c == ' ' || c == '(' || c == ')' || c == '.' || c == '/' || c == '-';
        }
        const bool shaped = (plain && text.size() - (text.startsWith(QLatin1Char('+')) ? 1 : 0) >= 3) || re.match(text).hasMatch();
        if (!shaped || digits < 3)
            return bad(f, text, tr("is not a phone number"));
        return QVariant(text);
    }
    case FieldType::Url: {
        QString t = text;
        if (!t.contains(QStringLiteral("://")))
            t.prepend(QStringLiteral("https://"));
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !url.host().contains(QLatin1Char('.')))
            return bad(f, text, tr("is not a web address"));
        return QVariant(text);
    }
    case FieldType::Integer: {
        QString canon;
        if (!canonicalDecimal(text, locale, &canon) || canon.contains(QLatin1Char('.')))
            return bad(f, text, tr("is not a whole number"));
        bool ok = false;
        const qlonglong v = canon.toLongLong(&ok);
        if (!ok)
            return bad(f, text, tr("is out of range"));
        return QVariant(v);
    }
    case FieldType::Decimal:
    case FieldType::Percent: {
        QString canon;
        if (!canonicalDecimal(text, locale, &canon))
            return bad(f, text, tr("is not a number"));
        return QVariant(canon.toDouble());
    }
    case FieldType::Money: {
        qint64 cents = 0;
        QString why;
        if (!parseMoney(text, locale, &cents, &why))
            return bad(f, text, why);
        return QVariant(qlonglong(cents));
    }
    case FieldType::Quantity: {
        qint64 milli = 0;
        QString why;
        if (!parseScaled(text, locale, 3, &milli, &why, tr("is not a quantity")))
            return bad(f, text, why);
        return QVariant(qlonglong(milli));
    }
    case FieldType::Date: {
        const QDate d = parseDate(text, locale);
        if (!d.isValid())
            return bad(f, text, tr("is not a valid date (use YYYY-MM-DD or %1)")
                                    .arg(locale.dateFormat(QLocale::ShortFormat)));
        return QVariant(d.toString(Qt::ISODate));
    }
    case FieldType::DateTime: {
        const QDateTime dt = parseDateTime(text, locale);
        if (!dt.isValid())
            return bad(f, text, tr("is not a valid date and time (use YYYY-MM-DD HH:MM)"));
        return QVariant(dt.toUTC().toString(Qt::ISODate));
    }
    case FieldType::Bool: {
        const auto b = parseBool(text);
        if (!b)
            return bad(f, text, tr("is not yes or no"));
        return QVariant(*b ? 1 : 0);
    }
    case FieldType::Picklist: {
        const auto v = matchOption(f, text);
        if (!v)
            return bad(f, text, tr("is not one of: %1").arg(optionList(f)));
        return QVariant(*v);
    }
    case FieldType::MultiPicklist: {
        QStringList keys;
        for (const QString &part : text.split(QRegularExpression(QStringLiteral("[;,|]")), Qt::SkipEmptyParts)) {
            const auto v = matchOption(f, part);
            if (!v)
                return bad(f, part.trimmed(), tr("is not one of: %1").arg(optionList(f)));
            if (!keys.contains(*v))
                keys << *v;
        }
        return keys.isEmpty() ? QVariant() : QVariant(keys.join(QLatin1Char(';')));
    }
    case FieldType::Tags: {
        const QStringList tags = normalizeTags(text);
        return tags.isEmpty() ? QVariant() : QVariant(tags.join(QLatin1Char(';')));
    }
    }
    return QVariant(text);
}

Result<QVariant> normalize(const Field &f, const QVariant &value, const QLocale &locale)
{
    if (!value.isValid() || value.isNull())
        return QVariant();
    switch (f.type) {
    case FieldType::Date:
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().isValid() ? QVariant(value.toDate().toString(Qt::ISODate)) : QVariant();
        break;
    case FieldType::DateTime:
        if (value.typeId() == QMetaType::QDateTime)
            return value.toDateTime().isValid() ? QVariant(value.toDateTime().toUTC().toString(Qt::ISODate)) : QVariant();
        break;
    case FieldType::Bool:
        if (value.typeId() == QMetaType::Bool)
            return QVariant(value.toBool() ? 1 : 0);
        break;
    case FieldType::Integer:
    case FieldType::Money:
    case FieldType::Quantity:
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            return QVariant(value.toLongLong());
        break;
    case FieldType::Decimal:
    case FieldType::Percent:
        if (value.typeId() == QMetaType::Double)
            return value;
        break;
    default:
        break;
    }
    // Anything else goes through the same text parser as CLI and CSV input; a stored-form string
    // (ISO date, "1234.50" cents text) parses back to itself.
    return parse(f, value.toString(), locale);
}

QString plain(const Field &f, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (f.type) {
    case FieldType::Money:
        return formatCents(v.toLongLong());
    case FieldType::Quantity:
        return formatMilli(v.toLongLong());
    case FieldType::Bool:
        return v.toLongLong() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Decimal:
    case FieldType::Percent:
        return QString::number(v.toDouble(), 'g', 15);
    default:
        return v.toString();
    }
}

QVariant json(const Field &f, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QVariant::fromValue(nullptr);
    switch (f.type) {
    case FieldType::Integer:
        return v.toLongLong();
    case FieldType::Decimal:
    case FieldType::Percent:
        return v.toDouble();
    case FieldType::Bool:
        return v.toLongLong() != 0;
    case FieldType::Money:
        return formatCents(v.toLongLong()); // a string: exact, no binary floating point in JSON
    case FieldType::Quantity:
        return formatMilli(v.toLongLong());
    case FieldType::MultiPicklist:
    case FieldType::Tags:
        return v.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    default:
        return v.toString();
    }
}

QString display(const Field &f, const QVariant &v, const QLocale &locale)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (f.type) {
    case FieldType::Integer:
        return formatInteger(v.toLongLong(), locale);
    case FieldType::Decimal:
        return locale.toString(v.toDouble(), 'g', 12);
    case FieldType::Percent:
        return locale.toString(v.toDouble(), 'g', 6) + QStringLiteral(" %");
    case FieldType::Money: {
        const qint64 cents = v.toLongLong();
        const qint64 units = cents / 100;
        const int frac = int(qAbs(cents % 100));
        QString s = formatInteger(qAbs(units), locale) + locale.decimalPoint()
            + QStringLiteral("%1").arg(frac, 2, 10, QLatin1Char('0'));
        if (cents < 0)
            s.prepend(locale.negativeSign());
        return s;
    }
    case FieldType::Quantity: {
        const qint64 milli = v.toLongLong();
        QString s = formatInteger(qAbs(milli / 1000), locale);
        if (const int frac = int(qAbs(milli % 1000))) {
            QString digits = QStringLiteral("%1").arg(frac, 3, 10, QLatin1Char('0'));
            while (digits.endsWith(QLatin1Char('0')))
                digits.chop(1);
            s += locale.decimalPoint() + digits;
        }
        if (milli < 0)
            s.prepend(locale.negativeSign());
        return s;
    }
    case FieldType::Date: {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : v.toString();
    }
    case FieldType::DateTime: {
        QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODate);
        return dt.isValid() ? locale.toString(dt.toLocalTime(), QLocale::ShortFormat) : v.toString();
    }
    case FieldType::Bool:
        return v.toLongLong() ? tr("Yes") : tr("No");
    case FieldType::Picklist:
        return f.optionLabel(v.toString());
    case FieldType::MultiPicklist: {
        QStringList labels;
        for (const auto &key : v.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            labels << f.optionLabel(key);
        return labels.join(QStringLiteral(", "));
    }
    case FieldType::Tags:
        return v.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts).join(QStringLiteral(", "));
    default:
        return v.toString();
    }
}

} // namespace trato::Value
