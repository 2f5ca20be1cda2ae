// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlistmodel.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "listflags.h"
#include "../store/database.h"
#include "../store/sqlite.h"
#include "../util/background.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

namespace trato {

RecordListModel::RecordListModel(Database &db, const QString &entity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    m_query.entity = entity;
    if (const Entity *e = db.registry()->entity(entity)) {
        for (const Field *f : e->fieldsWith(Field::InList))
            m_visible << f->name;
        m_query.descending = e->defaultSortDescending;
    }
    connect(&db, &Database::recordsChanged, this, [this](const QString &changed) {
        if (changed == m_query.entity)
            refresh();
    });
    connect(db.registry(), &Registry::entityChanged, this, &RecordListModel::onEntityChanged);
    refresh();
}

void RecordListModel::onEntityChanged(const QString &entity)
{
    const Entity *e = m_db.registry()->entity(m_query.entity);
    if (!e)
        return;
    // A removed custom field disappears from the columns; a related entity's change may alter titles.
    m_visible.removeIf([e](const QString &f) { return !e->field(f); });
    m_query.conditions.removeIf([e](const Condition &c) { return !e->field(c.field); });
    if (entity == m_query.entity || !m_visible.isEmpty())
        refresh();
}

void RecordListModel::setSearchText(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    startSearch();
}

void RecordListModel::setDeletedFilter(ListQuery::Deleted deleted)
{
    m_query.deleted = deleted;
    refresh();
}

void RecordListModel::setWhere(const QList<QPair<QString, QVariant>> &where)
{
    m_query.where = where;
    refresh();
}

void RecordListModel::setConditions(const QList<Condition> &conditions)
{
    m_query.conditions = conditions;
    startSearch(); // a selective condition may scan much of a big table: never on the GUI thread
}

void RecordListModel::setSort(const QString &field, bool descending)
{
    m_query.sortField = field;
    m_query.descending = descending;
    startSearch();
}

void RecordListModel::setVisibleFields(const QStringList &fields)
{
    m_visible = fields;
    refresh();
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool RecordListModel::preparePager()
{
    const Entity *e = m_db.registry()->entity(m_query.entity);
    if (!e)
        return false;
    ListQuery q = m_query;
    q.columns = m_visible;
    // Fields the row flags read are fetched even when they are not shown.
    m_flags = ListFlags::forEntity(e->name);
    for (const ListFlag &flag : std::as_const(m_flags))
        for (const QString &need : flag.needs)
            if (!q.columns.contains(need) && e->field(need))
                q.columns << need;
    if (!q.sortField.isEmpty() && !e->field(q.sortField))
        q.sortField.clear();
    m_pager = ListPager::prepare(*m_db.registry(), *e, q);
    m_resultColumn.clear();
    for (int i = 0; i < m_pager.columns().size(); ++i)
        m_resultColumn.insert(m_pager.columns().at(i), i + 2); // after rid and id
    return true;
}

void RecordListModel::applyFirstPage(const ListPager::Page &page)
{
    if (!page.error.isEmpty())
        Q_EMIT queryFailed(page.error);
    // Views and testers react to modelReset by fetching more rows while the reset is still being
    // announced: hold fetching until it is over.
    m_fetchBlocked = true;
    beginResetModel();
    m_rows = page.rows;
    m_cursor = page.next;
    endResetModel();
    m_fetchBlocked = false;
    requestCount();
}

void RecordListModel::refresh()
{
    ++m_generation; // a search still being read is superseded
    m_loading = false;
    if (!preparePager())
        return;
    applyFirstPage(m_pager.read(m_db.connection(), {}, kPageSize));
}

void RecordListModel::startSearch()
{
    ++m_generation;
    m_loading = true;
    if (m_searchInFlight)
        return; // the running query's result will be dropped and this one started then
    if (!preparePager())
        return;
    m_searchInFlight = true;
    const quint64 generation = m_generation;
    const ListPager pager = m_pager;
    runInteractive(
        m_db, this, [pager](Database &db) { return pager.read(db.connection(), {}, kPageSize); },
        [this, generation](ListPager::Page page) {
            m_searchInFlight = false;
            if (!m_loading)
                return; // refreshed at once meanwhile
            if (generation != m_generation) {
                startSearch(); // the user typed on: read the newest text (once)
                return;
            }
            m_loading = false;
            applyFirstPage(page);
            Q_EMIT loaded();
        });
}

void RecordListModel::requestCount()
{
    const Entity *e = m_db.registry()->entity(m_query.entity);
    if (!e)
        return;
    if (m_countInFlight) {
        m_countPending = true; // counted when the running count is done
        return;
    }
    const BuiltQuery built = ListSql::count(*m_db.registry(), *e, m_query);
    const quint64 generation = ++m_countGeneration;
    m_countInFlight = true;
    // count(*) visits every row of a big table: never on the GUI thread.
    runInBackground(
        m_db, this,
        [built](Database &db) {
            // The total is a nicety next to the first rows: at idle priority the count of a million
            // rows does not compete with the GUI thread painting them.
            QThread::currentThread()->setPriority(QThread::IdlePriority);
            auto r = Sql::exec(db.connection(), built.sql, built.params);
            const qint64 total = r && r.value().next() ? r.value().value(0).toLongLong() : qint64(-1);
            QThread::currentThread()->setPriority(QThread::NormalPriority);
            return total;
        },
        [this, generation](qint64 total) {
            m_countInFlight = false;
            if (m_countPending) {
                m_countPending = false;
                requestCount(); // a newer query came meanwhile: count that one instead
                return;
            }
            if (generation != m_countGeneration)
                return;
            m_total = total;
            Q_EMIT totalCountChanged(total);
        });
}

QString RecordListModel::recordId(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return rawValue(row, 1).toString();
}

int RecordListModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (rawValue(row, 1).toString() == id)
            return row;
    return -1;
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetchBlocked && !m_loading && !m_cursor.atEnd && !m_rows.isEmpty();
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    // Listeners of rowsInserted (views, QAbstractItemModelTester) may ask for more rows while the
    // previous batch is still being announced: never nest fetches.
    if (!canFetchMore(parent))
        return;
    m_fetchBlocked = true;
    const ListPager::Page page = m_pager.read(m_db.connection(), m_cursor, kPageSize);
    m_cursor = page.next;
    if (!page.error.isEmpty())
        Q_EMIT queryFailed(page.error);
    if (!page.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
        m_rows << page.rows;
        endInsertRows();
    }
    m_fetchBlocked = false;
}

bool RecordListModel::canSort(int column) const
{
    const Entity *e = m_db.registry()->entity(m_query.entity);
    const Field *f = e ? e->field(fieldAt(column)) : nullptr;
    if (!f)
        return false;
    if (f->indexed && f->type != FieldType::Relation)
        return true;
    return m_total >= 0 && m_total <= kUnindexedSortLimit;
}

int RecordListModel::sortColumn() const
{
    const Entity *e = m_db.registry()->entity(m_query.entity);
    const QString f = m_query.sortField.isEmpty() && e ? e->defaultSort : m_query.sortField;
    return int(m_visible.indexOf(f));
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (!canSort(column))
        return;
    m_query.sortField = fieldAt(column);
    m_query.descending = order == Qt::DescendingOrder;
    refresh();
}

QVariant RecordListModel::rawValue(int row, int sqlColumn) const
{
    // The view's columns are a chosen subset of the SQL result's.
    return m_rows.value(row).value(sqlColumn);
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Entity *e = m_db.registry()->entity(m_query.entity);
    const Field *f = e ? e->field(fieldAt(index.column())) : nullptr;
    if (!f)
        return {};
    if (role == IdRole)
        return rawValue(index.row(), 1);
    if (role == FlagRole || role == Qt::ToolTipRole || (role == Qt::DisplayRole && !m_flags.isEmpty())) {
        const int row = index.row();
        for (const ListFlag &flag : m_flags) {
            const bool applies = flag.test([this, row](const QString &field) {
                const int c = m_resultColumn.value(field, -1);
                return c < 0 ? QVariant() : rawValue(row, c);
            });
            if (!applies)
                continue;
            if (role == FlagRole)
                return QCoreApplication::translate(flag.context, flag.label);
            if (f->name == flag.field && (flag.replacesValue || role == Qt::ToolTipRole))
                return QCoreApplication::translate(flag.context, role == Qt::ToolTipRole ? flag.toolTip : flag.label);
        }
        if (role == FlagRole)
            return {};
    }
    const int col = m_resultColumn.value(f->name, -1);
    if (col < 0)
        return {};
    const QVariant raw = rawValue(index.row(), col);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (f->type == FieldType::Relation)
            return rawValue(index.row(), m_resultColumn.value(f->name + QStringLiteral("__title"), col));
        return Value::display(*f, raw);
    case Qt::EditRole:
    case RawValueRole:
        return raw;
    case Qt::TextAlignmentRole:
        switch (f->type) {
        case FieldType::Integer:
        case FieldType::Decimal:
        case FieldType::Money:
        case FieldType::Quantity:
        case FieldType::Percent:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Entity *e = m_db.registry()->entity(m_query.entity);
    const Field *f = e ? e->field(fieldAt(section)) : nullptr;
    return f ? f->displayLabel() : QVariant();
}

} // namespace trato
