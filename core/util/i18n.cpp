// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace trato::I18n {

namespace {
std::vector<std::unique_ptr<QTranslator>> s_installed;
}

QStringList availableLanguages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("es")};
}

QString effectiveLanguage(const QString &language)
{
    if (!language.isEmpty())
        return language;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return system == QLatin1String("es") ? system : QStringLiteral("en");
}

QString install(const QString &language)
{
    for (auto &t : s_installed)
        QCoreApplication::removeTranslator(t.get());
    s_installed.clear();

    const QString lang = effectiveLanguage(language);
    // An explicit choice also moves number/date formats to that language, unless the system
    // locale already speaks it (a user in Mexico keeps es_MX formats).
    if (language.isEmpty() || QLocale::system().name().startsWith(lang))
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(lang == QLatin1String("es") ? QLocale(QLocale::Spanish, QLocale::Spain)
                                                        : QLocale(QLocale::English, QLocale::UnitedStates));
    if (lang == QLatin1String("en"))
        return lang;

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s_installed.push_back(std::move(qt));
    }
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/trato_") + lang)) {
        QCoreApplication::installTranslator(ours.get());
        s_installed.push_back(std::move(ours));
    }
    return lang;
}

} // namespace trato::I18n
