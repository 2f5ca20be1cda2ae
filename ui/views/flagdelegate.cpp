// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagdelegate.h"

#include "models/recordlistmodel.h"

#include <QPainter>

namespace trato {

namespace {
const QColor kFlagColor(0xb9, 0x1c, 0x1c);
}

void FlagDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString flag = index.data(RecordListModel::FlagRole).toString();
    if (!flag.isEmpty() && option->text == flag) {
        option->palette.setColor(QPalette::Text, kFlagColor);
        option->font.setBold(true);
    }
}

void FlagDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() != 0 || index.data(RecordListModel::FlagRole).toString().isEmpty())
        return;
    painter->save();
    painter->fillRect(QRect(option.rect.left(), option.rect.top() + 1, 3, option.rect.height() - 2), kFlagColor);
    painter->restore();
}

} // namespace trato
