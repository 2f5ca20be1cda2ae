// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/reporttable.h"

#include <QAbstractTableModel>

namespace trato {

// A ReportTable in a view (Inventario's reports, the support KPIs, the report builder's preview):
// its rows with numbers right-aligned, group headers and subtotals in bold, then the totals row in
// bold. Qt::UserRole gives the record a row is about as "entity:id" (empty when none).
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setTable(ReportTable table);
    const ReportTable &table() const { return m_table; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ReportTable m_table;
};

} // namespace trato
