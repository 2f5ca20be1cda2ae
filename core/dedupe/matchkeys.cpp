// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchkeys.h"

#include "../metadata/value.h"

#include <QLocale>
#include <QSet>

#include <phonenumbers/phonenumberutil.h>

#include <mutex>
#include <set>

namespace trato::MatchKeys {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumberUtil *util()
{
    return PhoneNumberUtil::GetInstance(); // thread-safe singleton
}

QString digitsOnly(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out += c;
    return out;
}

// Per-region facts the fast bucket needs, read once from libphonenumber's metadata.
struct RegionInfo
{
    QString countryCode; // "34"
    QString trunkPrefix; // "0" in FR/GB/DE, "" in ES
};

RegionInfo regionInfo(const QString &region)
{
    static std::mutex mutex;
    static QHash<QString, RegionInfo> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.constFind(region);
    if (it != cache.constEnd())
        return *it;
    RegionInfo info;
    const std::string code = region.toStdString();
    const int cc = util()->GetCountryCodeForRegion(code);
    if (cc > 0)
        info.countryCode = QString::number(cc);
    std::string ndd;
    util()->GetNddPrefixForRegion(code, true, &ndd);
    info.trunkPrefix = QString::fromStdString(ndd);
    cache.insert(region, info);
    return info;
}

// International call prefixes: "00" almost everywhere, "011" in the North American plan.
QStringList internationalPrefixes(const QString &countryCode)
{
    if (countryCode == QLatin1String("1"))
        return {QStringLiteral("011"), QStringLiteral("00")};
    return {QStringLiteral("00")};
}

// Legal forms dropped from the end of company names (already folded, dots removed).
const QSet<QString> &legalForms()
{
    static const QSet<QString> forms = {
        QStringLiteral("sl"), QStringLiteral("sa"), QStringLiteral("slu"), QStringLiteral("sau"), QStringLiteral("sll"),
        QStringLiteral("slne"), QStringLiteral("slp"), QStringLiteral("scoop"), QStringLiteral("coop"), QStringLiteral("cb"),
        QStringLiteral("sc"), QStringLiteral("scp"), QStringLiteral("sociedad"), QStringLiteral("limitada"),
        QStringLiteral("anonima"), QStringLiteral("unipersonal"), QStringLiteral("cooperativa"), QStringLiteral("laboral"),
        QStringLiteral("ltd"), QStringLiteral("limited"), QStringLiteral("inc"), QStringLiteral("incorporated"),
        QStringLiteral("corp"), QStringLiteral("corporation"), QStringLiteral("llc"), QStringLiteral("llp"),
        QStringLiteral("plc"), QStringLiteral("gmbh"), QStringLiteral("ag"), QStringLiteral("kg"), QStringLiteral("ug"),
        QStringLiteral("sarl"), QStringLiteral("sas"), QStringLiteral("srl"), QStringLiteral("spa"), QStringLiteral("bv"),
        QStringLiteral("nv"), QStringLiteral("lda"), QStringLiteral("oy"), QStringLiteral("ab"),
    };
    return forms;
}

// Folded words in their original order; dots inside words vanish ("S.L." -> "sl").
QStringList foldedWords(const QString &text)
{
    const QString folded = Value::sortKey(text.trimmed()).toLower();
    QStringList words;
    QString word;
    for (const QChar c : folded) {
        if (c == QLatin1Char('.') || c == QLatin1Char('\''))
            continue; // "S.L.", "O'Brien"
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

} // namespace

QString email(const QString &text)
{
    return text.trimmed().toLower();
}

QString phone(const QString &text, const QString &region)
{
    const QString digits = digitsOnly(text);
    if (digits.isEmpty())
        return {};
    PhoneNumber number;
    const auto parsed = util()->Parse(text.trimmed().toStdString(), normalizedRegion(region).toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR || !util()->IsValidNumber(number))
        return digits;
    std::string e164;
    util()->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString phoneBucket(const QString &text, const QString &region)
{
    const QString trimmed = text.trimmed();
    QString digits = digitsOnly(trimmed);
    if (digits.isEmpty())
        return {};
    if (trimmed.startsWith(QLatin1Char('+')))
        return QLatin1Char('+') + digits;
    const RegionInfo info = regionInfo(normalizedRegion(region));
    for (const QString &idd : internationalPrefixes(info.countryCode))
        if (digits.startsWith(idd) && digits.size() > idd.size() + 6)
            return QLatin1Char('+') + digits.mid(idd.size());
    if (!info.trunkPrefix.isEmpty() && digits.startsWith(info.trunkPrefix))
        digits.remove(0, info.trunkPrefix.size());
    return QLatin1Char('+') + info.countryCode + digits;
}

QStringList phoneDigitVariants(const QString &phoneKey, const QString &region)
{
    QStringList out;
    if (phoneKey.isEmpty())
        return out;
    if (!phoneKey.startsWith(QLatin1Char('+'))) {
        out << phoneKey; // not a valid number: stored digits must be the same
        return out;
    }
    PhoneNumber number;
    if (util()->Parse(phoneKey.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        out << phoneKey.mid(1);
        return out;
    }
    const QString cc = QString::number(number.country_code());
    std::string nsnStd;
    util()->GetNationalSignificantNumber(number, &nsnStd);
    const QString nsn = QString::fromStdString(nsnStd);
    out << cc + nsn;
    for (const QString &idd : internationalPrefixes(cc))
        out << idd + cc + nsn;
    // Stored without the country code: only numbers of the default region can be read that way.
    const RegionInfo info = regionInfo(normalizedRegion(region));
    if (info.countryCode == cc) {
        out << nsn;
        if (!info.trunkPrefix.isEmpty())
            out << info.trunkPrefix + nsn;
    }
    out.removeDuplicates();
    return out;
}

QStringList nameWords(const QString &text)
{
    QStringList words = foldedWords(text);
    words.sort();
    return words;
}

QString name(const QString &text)
{
    return nameWords(text).join(QLatin1Char(' '));
}

QString company(const QString &text)
{
    QStringList words = foldedWords(text);
    const QStringList all = words;
    const QSet<QString> &forms = legalForms();
    bool changed = true;
    while (changed && !words.isEmpty()) {
        changed = false;
        if (forms.contains(words.last())) {
            words.removeLast();
            changed = true;
        } else if (words.size() >= 2 && forms.contains(words.at(words.size() - 2) + words.last())) {
            words.removeLast(); // "S. L." -> "s", "l"
            words.removeLast();
            changed = true;
        } else if (words.size() >= 3
                   && forms.contains(words.at(words.size() - 3) + words.at(words.size() - 2) + words.last())) {
            words.removeLast(); // "S. L. U."
            words.removeLast();
            words.removeLast();
            changed = true;
        }
    }
    if (words.isEmpty())
        words = all; // a company called "SA" is still called something
    words.sort();
    return words.join(QLatin1Char(' '));
}

QString normalizedRegion(const QString &region)
{
    const QString code = region.trimmed().toUpper();
    if (code.size() != 2)
        return {};
    return util()->GetCountryCodeForRegion(code.toStdString()) > 0 ? code : QString();
}

QString systemRegion()
{
    const QString code = normalizedRegion(QLocale::territoryToCode(QLocale::system().territory()));
    return code.isEmpty() ? QStringLiteral("US") : code;
}

QStringList supportedRegions()
{
    std::set<std::string> regions;
    util()->GetSupportedRegions(&regions);
    QStringList out;
    for (const auto &r : regions)
        out << QString::fromStdString(r);
    return out;
}

int countryCode(const QString &region)
{
    return util()->GetCountryCodeForRegion(normalizedRegion(region).toStdString());
}

} // namespace trato::MatchKeys
