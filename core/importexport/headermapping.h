// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../metadata/entity.h"
#include "../util/result.h"

#include <QStringList>

namespace trato {

class Database;

// Which field each column of an imported file goes to. Recognizes the headers of Outlook and
// Google Contacts exports, other CRMs and Spanish spreadsheets ("E-mail Address", "Given Name",
// "Correo electrónico", "Móvil", "CIF"...), plus each field's own name and label in English and in
// the current language; case, accents, spaces and punctuation are ignored. The mapping a user
// chose is remembered per entity and header set (table import_mapping) and offered next time.
namespace HeaderMapping {

// "Correo-electrónico " -> "correoelectronico": what header comparisons look at.
QString normalize(const QString &header);

// The importable field a header means for this entity, or "" when it is not recognized.
QString guessField(const Entity &entity, const QString &header);
// One field (or "") per header; a field is used by at most one column (the first that claims it).
QStringList guess(const Entity &entity, const QStringList &headers);

// The fields a column may be mapped to (importable, not set by Trato).
QList<const Field *> importableFields(const Entity &entity);

// Remembered mappings: keyed by entity and the normalized header set (order ignored).
QString headerKey(const QStringList &headers);
Result<QStringList> remembered(Database &db, const QString &entity, const QStringList &headers);
Status remember(Database &db, const QString &entity, const QStringList &headers, const QStringList &fields);

// What to offer for a file: the remembered mapping if there is one, else the guess.
QStringList suggest(Database &db, const Entity &entity, const QStringList &headers, bool *wasRemembered = nullptr);

} // namespace HeaderMapping
} // namespace trato
