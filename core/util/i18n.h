// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace trato::I18n {

// Languages Trato ships: "" means "follow the system", then "en", "es".
QStringList availableLanguages();
// Installs Trato's and Qt's own catalogs for the language ("" = system locale) and makes the
// matching QLocale the default, so dates, numbers and money follow it. Replaces earlier catalogs,
// so it can be called again to switch language at run time. Returns the language in effect.
QString install(const QString &language);
// The language in effect for a setting ("" -> from the system locale).
QString effectiveLanguage(const QString &language);

} // namespace trato::I18n
