// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace trato {

class Database;
struct ListQuery;

// The entry points the shell and the lists hook up (one call each, so their files stay small).
namespace ImportExportActions {
void showImportWizard(Database &db, const QString &entity, QWidget *parent);
void showExportDialog(Database &db, const ListQuery &query, QWidget *parent);
void showImportHistory(Database &db, QWidget *parent);
} // namespace ImportExportActions

} // namespace trato
