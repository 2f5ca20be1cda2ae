// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../metadata/field.h"
#include "../util/result.h"

#include <QSqlDatabase>
#include <utility>

namespace trato {

class Database;

// Fields users add to any entity (Settings -> Fields, `trato-cli field add`). Adding one stores its
// description, adds the column, regenerates triggers (and the FTS index when searchable) and
// updates the registry, in one transaction and without a restart.
namespace CustomFields {

Result<QList<std::pair<QString, Field>>> load(const QSqlDatabase &conn);
// A name derived from a label: "Código cliente" -> "codigo_cliente".
QString nameFromLabel(const QString &label);
Status add(Database &db, const QString &entity, Field field);
Status remove(Database &db, const QString &entity, const QString &fieldName);

} // namespace CustomFields
} // namespace trato
