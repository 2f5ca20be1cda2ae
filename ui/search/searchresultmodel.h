// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/globalsearch.h"

#include <QAbstractItemModel>
#include <QIcon>

namespace trato {

class Registry;

// Global search results as a two-level tree: one group per entity ("Contacts", with its icon and
// how many matched), the matching records under it (title, detail). Groups keep the order in
// which the search returned them.
class SearchResultModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    static constexpr int EntityRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit SearchResultModel(const Registry &registry, QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    void clear() { setHits({}); }
    int hitCount() const;
    bool isHit(const QModelIndex &index) const;
    // The first record of the first group, or an invalid index.
    QModelIndex firstHit() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        QString entity;
        QString label;
        QIcon icon;
        QList<SearchHit> hits;
    };
    const Registry &m_registry;
    QList<Group> m_groups;
};

} // namespace trato
