// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

class QBoxLayout;
class QMenu;
class QWidget;

namespace trato {

class Database;
class RecordListView;
class RecordView;

// Where duplicates, merges and lead conversion meet the generic views, so those views need one hook
// call each: the record view asks before saving a likely duplicate and gets "Convert lead…"; the
// list view gets "Find duplicates…" and a context menu (Merge…, Convert lead…). The phone region
// comes from AppSettings here, in the UI, and is passed to core as a parameter.
namespace DedupeActions {

// Before RecordView saves `changes` (id empty: a new record): when likely duplicates exist, asks
// Open / Save anyway / Cancel. True: go on saving. False: don't; *openId is set when the user chose
// to open an existing record instead.
bool confirmSave(QWidget *parent, Database &db, const QString &entity, const QString &id,
                 const QVariantMap &changes, QString *openId);

void installListActions(RecordListView *view, QMenu *menu, Database &db);
void installRecordActions(RecordView *view, QBoxLayout *buttons, Database &db);

} // namespace DedupeActions
} // namespace trato
