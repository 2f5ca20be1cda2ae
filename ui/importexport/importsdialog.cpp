// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsdialog.h"

#include "importexport/importlog.h"
#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"
#include "util/background.h"
#include "util/dialogs.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trato {

ImportsDialog::ImportsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, 7))
    , m_revert(new QPushButton(tr("&Revert")))
{
    setObjectName(QStringLiteral("importsDialog"));
    setWindowTitle(tr("Import history"));
    setAccessibleName(tr("Import history"));
    m_table->setObjectName(QStringLiteral("importsTable"));
    m_table->setAccessibleName(tr("Imports"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Into"), tr("File"), tr("Created"), tr("Updated"), tr("Skipped"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_revert->setObjectName(QStringLiteral("revertImport"));
    m_revert->setToolTip(tr("Delete what the selected import created and restore what it changed"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_revert, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_revert, &QPushButton::clicked, this, [this] { revertSelected(false); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_revert->setEnabled(row >= 0 && m_table->item(row, 0)->data(Qt::UserRole + 1).toString() == QLatin1String("done"));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 380);
    reload();
}

void ImportsDialog::reload()
{
    auto list = ImportLog(m_db).list(); // a few hundred rows at most: fine on the GUI thread
    m_table->setRowCount(0);
    m_revert->setEnabled(false);
    if (!list)
        return;
    const QLocale locale;
    m_table->setRowCount(int(list.value().size()));
    for (int r = 0; r < list.value().size(); ++r) {
        const ImportBatch &b = list.value().at(r);
        const Entity *e = m_db.registry()->entity(b.entity);
        const QDateTime at = QDateTime::fromString(b.at, Qt::ISODate).toLocalTime();
        auto *when = new QTableWidgetItem(locale.toString(at, QLocale::ShortFormat));
        when->setData(Qt::UserRole, b.id);
        when->setData(Qt::UserRole + 1, b.status);
        m_table->setItem(r, 0, when);
        m_table->setItem(r, 1, new QTableWidgetItem(e ? e->displayPluralLabel() : b.entity));
        m_table->setItem(r, 2, new QTableWidgetItem(b.file));
        m_table->setItem(r, 3, new QTableWidgetItem(Value::formatInteger(b.created, locale)));
        m_table->setItem(r, 4, new QTableWidgetItem(Value::formatInteger(b.updated, locale)));
        m_table->setItem(r, 5, new QTableWidgetItem(Value::formatInteger(b.skipped, locale)));
        m_table->setItem(r, 6, new QTableWidgetItem(b.status == QLatin1String("reverted") ? tr("Reverted") : tr("Imported")));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

void ImportsDialog::revertSelected(bool force)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString id = m_table->item(row, 0)->data(Qt::UserRole).toString();
    const QString file = m_table->item(row, 2)->text();
    if (!force && !Dialogs::confirm(this, tr("Revert import"),
                                    tr("Delete the records the import of %1 created and restore the values it changed?").arg(file),
                                    tr("Revert")))
        return;
    m_revert->setEnabled(false);
    runInBackground(
        m_db, this, [id, force](Database &db) { return ImportLog(db).revert(id, force); },
        [this, file](Result<ImportLog::RevertResult> result) {
            if (!result) {
                const bool changed = result.error().message.contains(QLatin1String("--force"));
                if (changed && Dialogs::confirm(this, tr("Revert import"),
                                                tr("Some of its records were changed after the import of %1. Revert anyway? "
                                                   "Those later changes are lost.").arg(file),
                                                tr("Revert anyway"))) {
                    revertSelected(true);
                    return;
                }
                if (!changed)
                    Dialogs::error(this, tr("Revert import"), result.error().message);
                reload();
                Q_EMIT reverted(false);
                return;
            }
            reload();
            Q_EMIT reverted(true);
        });
}

} // namespace trato
