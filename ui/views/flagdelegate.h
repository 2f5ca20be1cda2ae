// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace trato {

// Paints the rows a ListFlag marks (RecordListModel::FlagRole, core/models/listflags.h): the label
// in red where it stands in for an empty value, and a red bar at the start of the row, so a stalled
// lead stands out whichever columns are shown.
class FlagDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace trato
