// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

#include "metadata/value.h"

#include "util/icons.h"

#include "metadata/registry.h"

#include <QFont>
#include <QLocale>

namespace trato {

// internalId: 0 for a group row, group index + 1 for a record row.

SearchResultModel::SearchResultModel(const Registry &registry, QObject *parent)
    : QAbstractItemModel(parent)
    , m_registry(registry)
{
}

void SearchResultModel::setHits(const QList<SearchHit> &hits)
{
    QList<Group> groups;
    for (const SearchHit &hit : hits) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &g) { return g.entity == hit.entity; });
        if (it == groups.end()) {
            const Entity *e = m_registry.entity(hit.entity);
            groups.append({hit.entity, e ? e->displayPluralLabel() : hit.entity, Icons::entity(hit.entity, e ? e->displayPluralLabel() : QString()), {}});
            it = groups.end() - 1;
        }
        it->hits.append(hit);
    }
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

int SearchResultModel::hitCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.hits.size());
    return n;
}

bool SearchResultModel::isHit(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() != 0;
}

QModelIndex SearchResultModel::firstHit() const
{
    if (m_groups.isEmpty() || m_groups.first().hits.isEmpty())
        return {};
    return index(0, 0, index(0, 0));
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SearchResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_groups.at(parent.row()).hits.size());
    return 0;
}

int SearchResultModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? g.label : Value::formatInteger(g.hits.size());
        case Qt::DecorationRole:
            return index.column() == 0 ? QVariant(g.icon) : QVariant();
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case EntityRole:
            return g.entity;
        default:
            return {};
        }
    }
    const Group &g = m_groups.at(int(index.internalId() - 1));
    const SearchHit &hit = g.hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? (hit.title.trimmed().isEmpty() ? tr("(no name)") : hit.title) : hit.detail;
    case Qt::ToolTipRole:
        return hit.detail.isEmpty() ? hit.title : tr("%1 — %2").arg(hit.title, hit.detail);
    case Qt::AccessibleTextRole:
        return tr("%1: %2 %3").arg(g.label, hit.title, hit.detail);
    case EntityRole:
        return hit.entity;
    case IdRole:
        return hit.id;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Group rows can be stepped over but not chosen.
    return index.internalId() == 0 ? Qt::ItemIsEnabled : (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
}

} // namespace trato
