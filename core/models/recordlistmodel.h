// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listflags.h"
#include "listpager.h"

#include <QAbstractTableModel>
#include <QHash>

namespace trato {

class Database;

// The list of one entity's records, for list views at any scale.
//
// Not a QSqlTableModel: its setFilter() takes raw SQL and its select() cannot bind parameters, while
// this model runs ListSql's bound statements (through ListPager: exact search matches first).
// Sorting and filtering happen in SQLite (indexed columns, FTS5), never in a proxy over fetched
// rows; rows come kPageSize at a time as the view scrolls, so a million-row table shows its first
// page as fast as a thousand-row one. rowCount() only counts fetched rows: the real total is
// counted on a worker thread and reported by totalCountChanged(). Editing goes through RecordStore
// (validation, one transaction, change capture), not through this model.
//
// Search as you type: setSearchText() (and setConditions(), setSort()) read the first page on the
// interactive worker (its own connection) and swap it in when it arrives; a newer query supersedes
// an older one, whose result is dropped, never shown. Other changes (header sort, columns, writes,
// the Trash filter) refresh at once.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    // The label of a ListFlag that applies to the row (every cell), else empty (see listflags.h).
    static constexpr int FlagRole = Qt::UserRole + 3;
    // Tables above this size sort only on indexed columns, so a click never scans a big table.
    static constexpr qint64 kUnindexedSortLimit = 100000;
    static constexpr int kPageSize = 256;

    RecordListModel(Database &db, const QString &entity, QObject *parent = nullptr);

    QString entityName() const { return m_query.entity; }
    const ListQuery &listQuery() const { return m_query; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_query.search; }
    void setDeletedFilter(ListQuery::Deleted deleted);
    void setWhere(const QList<QPair<QString, QVariant>> &where);
    // Filter conditions (a segment's or the filter editor's), ANDed with the search. Read on the
    // worker like a typed search: loaded() says when the first page is in.
    void setConditions(const QList<Condition> &conditions);
    QList<Condition> conditions() const { return m_query.conditions; }
    // Sort by a field ("" = the entity's default), without the column having to be visible.
    void setSort(const QString &field, bool descending);
    // A search typed ahead is still being read.
    bool isLoading() const { return m_loading; }
    void setVisibleFields(const QStringList &fields);
    QStringList visibleFields() const { return m_visible; }
    QString fieldAt(int column) const { return m_visible.value(column); }

    QString recordId(int row) const;
    int rowOfId(const QString &id) const; // among fetched rows, -1 if not fetched
    qint64 totalCount() const { return m_total; }
    bool canSort(int column) const;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void queryFailed(const QString &message);
    // The first page of the current query is in (after a search typed ahead).
    void loaded();

private:
    bool preparePager();
    void applyFirstPage(const ListPager::Page &page);
    void startSearch();
    void requestCount();
    QVariant rawValue(int row, int sqlColumn) const;
    void onEntityChanged(const QString &entity);

    Database &m_db;
    ListQuery m_query;
    QStringList m_visible;
    QHash<QString, int> m_resultColumn; // field (or FIELD__title) -> column in the SQL result
    QList<ListFlag> m_flags;            // row marks of this entity (listflags.h)
    ListPager m_pager;
    ListPager::Cursor m_cursor;
    QList<QVariantList> m_rows;
    qint64 m_total = -1;
    quint64 m_generation = 0;       // bumped by every new query: stale results are dropped
    quint64 m_countGeneration = 0;
    bool m_loading = false;         // a search page is being read
    bool m_searchInFlight = false;  // one interactive query at a time; the newest runs next
    bool m_countInFlight = false;
    bool m_countPending = false;
    bool m_fetchBlocked = false;    // while resetting or fetching: no nested fetchMore()
};

} // namespace trato
