// SPDX-License-Identifier: GPL-3.0-or-later
#include "dedupeactions.h"

#include "views/listviewextensions.h"

#include "duplicatesdialog.h"
#include "duplicatewarningdialog.h"
#include "mergedialog.h"
#include "forms/recordview.h"
#include "marketing/convertleaddialog.h"
#include "views/recordlistview.h"

#include "dedupe/duplicatefinder.h"
#include "metadata/registry.h"
#include "store/database.h"
#include "util/appsettings.h"

#include <QAction>
#include <QBoxLayout>
#include <QCoreApplication>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>

namespace trato::DedupeActions {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("trato::DedupeActions", text, disambiguation, n);
}

bool isLead(const QString &entity)
{
    return entity == QLatin1String("lead");
}

// Opens the conversion dialog; true when the lead was converted.
bool convertLead(QWidget *parent, Database &db, const QString &leadId, QString *message)
{
    ConvertLeadDialog dialog(db, leadId, AppSettings::phoneRegion(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *message = tr("Converted the lead: contact %1.")
                   .arg(RecordStore(db).displayName(QStringLiteral("contact"), dialog.result().contactId));
    // sales: pipeline — the conversion opened an opportunity (core/sales/pipelines).
    if (!dialog.result().opportunityId.isEmpty())
        *message += QLatin1Char(' ') + tr("Opened the opportunity %1.")
                        .arg(RecordStore(db).displayName(QStringLiteral("opportunity"), dialog.result().opportunityId));
    return true;
}
} // namespace

bool confirmSave(QWidget *parent, Database &db, const QString &entity, const QString &id, const QVariantMap &changes,
                 QString *openId)
{
    const Entity *e = db.registry()->entity(entity);
    if (!e || !DuplicateFinder::touchesKeys(*e, changes))
        return true;
    QVariantMap record = changes;
    if (!id.isEmpty()) {
        auto current = RecordStore(db).get(entity, id);
        if (!current)
            return true;
        record = current.value();
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            record.insert(it.key(), it.value());
    }
    // Indexed lookups only (milliseconds at a million records), so fine on the GUI thread.
    auto found = DuplicateFinder(db, AppSettings::phoneRegion()).findFor(entity, record, id);
    if (!found || found.value().isEmpty())
        return true;
    DuplicateWarningDialog dialog(e->displayLabel().toLower(), found.value(), parent);
    dialog.exec();
    switch (dialog.choice()) {
    case DuplicateWarningDialog::SaveAnyway:
        return true;
    case DuplicateWarningDialog::Open:
        *openId = dialog.chosenId();
        return false;
    case DuplicateWarningDialog::Cancel:
        break;
    }
    return false;
}

void installListActions(RecordListView *view, QMenu *menu, Database &db)
{
    const QString entity = view->entityName();
    QAction *find = menu->addAction(tr("Find duplicates…"));
    find->setObjectName(QStringLiteral("findDuplicates"));
    find->setToolTip(tr("Find records that look like the same one and merge them"));
    QObject::connect(find, &QAction::triggered, view, [view, &db, entity] {
        auto *dialog = new DuplicatesDialog(db, entity, AppSettings::phoneRegion(), view);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &DuplicatesDialog::openRequested, view, [view](const QString &, const QString &id) {
            view->openRecord(id);
        });
        dialog->show();
    });

    QTableView *table = view->table();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(table, &QWidget::customContextMenuRequested, view, [view, table, &db, entity](const QPoint &pos) {
        const QStringList ids = view->selectedIds();
        if (ids.isEmpty())
            return;
        QMenu menu(view);
        menu.addAction(tr("Open"), view, &RecordListView::openCurrent);
        QAction *merge = menu.addAction(tr("Merge…"), view, [view, &db, entity, ids] {
            MergeDialog dialog(db, entity, ids, view);
            if (dialog.exec() == QDialog::Accepted)
                Q_EMIT view->message(tr("Merged %n records.", nullptr, int(ids.size())));
        });
        merge->setEnabled(ids.size() >= 2);
        if (isLead(entity)) {
            QAction *convert = menu.addAction(tr("Convert lead…"), view, [view, &db, ids] {
                QString message;
                if (convertLead(view, db, ids.first(), &message))
                    Q_EMIT view->message(message);
            });
            convert->setEnabled(ids.size() == 1);
        }
        ListViewExtensions::appendContextActions(&menu, db, view, ids); // modules' own (an activity's Complete…)
        menu.exec(table->viewport()->mapToGlobal(pos));
    });
}

void installRecordActions(RecordView *view, QBoxLayout *buttons, Database &db)
{
    if (!isLead(view->entityName()))
        return;
    auto *convert = new QPushButton(tr("Convert lead…"));
    convert->setObjectName(QStringLiteral("convertLead"));
    convert->setToolTip(tr("Turn this lead into an account and a contact"));
    convert->setAccessibleName(convert->toolTip());
    convert->hide();
    buttons->insertWidget(buttons->count() - 2, convert); // before the stretch and Close
    QObject::connect(convert, &QPushButton::clicked, view, [view, &db] {
        if (!view->confirmDiscard())
            return;
        QString message;
        if (convertLead(view, db, view->recordId(), &message)) {
            view->reload();
            Q_EMIT view->message(message);
        }
    });
    QObject::connect(view, &RecordView::loaded, convert, [view, &db, convert] {
        bool show = !view->isNew() && !view->isDeleted();
        if (show) {
            auto lead = RecordStore(db).get(QStringLiteral("lead"), view->recordId());
            show = lead && lead.value().value(QStringLiteral("status")).toString() != QLatin1String("converted");
        }
        convert->setVisible(show);
    });
}

} // namespace trato::DedupeActions
