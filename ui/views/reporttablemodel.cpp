// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttablemodel.h"

#include <QFont>

namespace trato {

void ReportTableModel::setTable(ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size()) + (m_table.totals.isEmpty() ? 0 : 1);
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.columnCount();
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool totals = index.row() >= m_table.rows.size();
    switch (role) {
    case Qt::DisplayRole:
        return totals ? m_table.totals.value(index.column()) : m_table.rows.at(index.row()).value(index.column());
    case Qt::TextAlignmentRole:
        return int((m_table.isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totals || m_table.rowKind(index.row()) != ReportTable::Data) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::UserRole: // the record the row is about: "entity:id"
        return totals || m_table.rowIds.value(index.row()).isEmpty()
                   ? QString()
                   : m_table.rowEntities.value(index.row()) + QLatin1Char(':') + m_table.rowIds.at(index.row());
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_table.headers.value(section);
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return int((m_table.isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

} // namespace trato
