// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace trato {

class Database;
class RecordListView;

// Bars a module adds under the toolbar of one entity's list (the lead list's status quick
// filter). The bar narrows the list through RecordListView::model()->setWhere().
namespace ListViewExtensions {
using Factory = std::function<QWidget *(Database &db, RecordListView *list)>;
void addFilterBar(const QString &entity, Factory factory);
QList<QWidget *> createFilterBars(Database &db, RecordListView *list);
} // namespace ListViewExtensions

} // namespace trato
