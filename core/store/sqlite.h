// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

struct sqlite3;

namespace trato::Sql {

// The raw sqlite3* behind a QSQLITE connection, for what QtSql cannot do (multi-statement
// scripts, fast bulk inserts). nullptr if the connection is not SQLite.
sqlite3 *handle(const QSqlDatabase &db);

// Runs a script of several statements (migrations, generated DDL) through sqlite3_exec.
Status execScript(const QSqlDatabase &db, const QString &script);

// Prepares, binds positionally and executes; on failure the error names the statement.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &params = {});

// Quotes an identifier that comes from metadata (never user text): "name" with embedded quotes doubled.
QString ident(const QString &name);
// An SQL string literal for DDL, where parameters cannot be bound (defaults, trigger bodies).
QString literal(const QString &text);

} // namespace trato::Sql
