// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recordstore.h"

#include <QAbstractTableModel>

namespace trato {

struct Entity;

// A record's history as a table: when (local time), who ("outside Trato" for writes made by other
// programs), which field (its label), from and to (shown as the list would show them). Newest
// first. The texts are made once when the entries are set.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, What, From, To, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(const Entity &entity, const QList<HistoryEntry> &entries);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString text[ColumnCount];
        QString atIso;
    };
    QList<Row> m_rows;
};

} // namespace trato
