// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexportactions.h"

#include "exportdialog.h"
#include "importsdialog.h"
#include "importwizard.h"

namespace trato::ImportExportActions {

// Modeless, deleted on close: the import runs on a worker and the user may keep working.
void showImportWizard(Database &db, const QString &entity, QWidget *parent)
{
    auto *w = new ImportWizard(db, entity, parent);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
}

void showExportDialog(Database &db, const ListQuery &query, QWidget *parent)
{
    auto *d = new ExportDialog(db, query, parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
}

void showImportHistory(Database &db, QWidget *parent)
{
    auto *d = new ImportsDialog(db, parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
}

} // namespace trato::ImportExportActions
