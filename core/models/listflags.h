// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace trato {

// A mark a module puts on some rows of an entity's list (a stalled lead, contact or account: no
// next step). RecordListModel reads the fields the test needs even when they are not shown, gives
// the row's cells RecordListModel::FlagRole (the label), and shows the label in the column of
// `field` instead of its empty value; the list view paints flagged rows (ui/views/flagdelegate).
struct ListFlag
{
    QString entity;
    QString field;       // the column that shows the label (next_step_at)
    QStringList needs;   // fields the test reads
    std::function<bool(const std::function<QVariant(const QString &field)> &value)> test;
    const char *context; // translation context of label and toolTip
    const char *label;   // English source: "Stalled"
    const char *toolTip; // English source
    // false: the column of `field` keeps its value (a product's on-hand figure) and only gets the
    // tool tip; the row is still marked.
    bool replacesValue = true;
};

namespace ListFlags {
void add(ListFlag flag);
QList<ListFlag> forEntity(const QString &entity);
} // namespace ListFlags

} // namespace trato
