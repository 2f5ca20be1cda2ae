// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QMenu;
class QToolBar;

namespace trato {

class Database;
class RecordListView;

// Bars a module adds under the toolbar of one entity's list (the lead list's status quick
// filter). The bar narrows the list through RecordListView::model()->setWhere().
namespace ListViewExtensions {
using Factory = std::function<QWidget *(Database &db, RecordListView *list)>;
void addFilterBar(const QString &entity, Factory factory);
QList<QWidget *> createFilterBars(Database &db, RecordListView *list);
// Actions a module adds to the context menu of one entity's list (an activity's "Complete…"), for
// the selected records' ids.
using ContextActions = std::function<void(QMenu *menu, Database &db, RecordListView *list, const QStringList &ids)>;
void addContextActions(const QString &entity, ContextActions actions);
void appendContextActions(QMenu *menu, Database &db, RecordListView *list, const QStringList &ids);
// Buttons a module adds to the toolbar of every entity's list (Records mode), right of the
// search, before More ("Print" of analytics: printing).
using ToolbarActions = std::function<void(QToolBar *toolbar, Database &db, RecordListView *list)>;
void addToolbarActions(ToolbarActions actions);
void appendToolbarActions(QToolBar *toolbar, Database &db, RecordListView *list);
} // namespace ListViewExtensions

} // namespace trato
