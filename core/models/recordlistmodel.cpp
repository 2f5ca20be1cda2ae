// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlistmodel.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/sqlite.h"
#include "../util/background.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

namespace trato {

RecordListModel::RecordListModel(Database &db, const QString &entity, QObject *parent)
    : QSqlQueryModel(parent)
    , m_db(db)
{
    m_query.entity = entity;
    if (const Entity *e = db.registry()->entity(entity)) {
        for (const Field *f : e->fieldsWith(Field::InList))
            m_visible << f->name;
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
    if (entity == m_query.entity || !m_visible.isEmpty())
        refresh();
}

void RecordListModel::setSearchText(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    refresh();
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

void RecordListModel::setVisibleFields(const QStringList &fields)
{
    m_visible = fields;
    refresh();
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

void RecordListModel::refresh()
{
    const Entity *e = m_db.registry()->entity(m_query.entity);
    if (!e)
        return;
    ListQuery q = m_query;
    q.columns = m_visible;
    if (!q.sortField.isEmpty() && !e->field(q.sortField))
        q.sortField.clear();
    q.plan = ListSql::choosePlan(m_db.connection(), *e, q);
    const BuiltQuery built = ListSql::select(*m_db.registry(), *e, q);
    m_resultColumn.clear();
    for (int i = 0; i < built.columns.size(); ++i)
        m_resultColumn.insert(built.columns.at(i), i + 2); // after rid and id

    QSqlQuery query(m_db.connection());
    query.prepare(built.sql);
    for (int i = 0; i < built.params.size(); ++i)
        query.bindValue(i, built.params.at(i));
    if (!query.exec())
        Q_EMIT queryFailed(query.lastError().text());
    // setQuery() resets the model; views and testers react to modelReset by fetching more rows
    // while the reset is still being announced, so hold fetching until it is over, then fetch
    // the first page.
    m_fetchBlocked = true;
    setQuery(std::move(query));
    m_fetchBlocked = false;
    if (rowCount() == 0 && canFetchMore())
        fetchMore();
    requestCount();
}

void RecordListModel::requestCount()
{
    const Entity *e = m_db.registry()->entity(m_query.entity);
    if (!e)
        return;
    const BuiltQuery built = ListSql::count(*m_db.registry(), *e, m_query);
    const quint64 generation = ++m_generation;
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
            if (generation != m_generation)
                return; // a newer query is on its way
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
    return !m_fetchBlocked && QSqlQueryModel::canFetchMore(parent);
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    // Listeners of rowsInserted (views, QAbstractItemModelTester) may ask for more rows while the
    // previous batch is still being announced: never nest fetches.
    if (m_fetchBlocked)
        return;
    m_fetchBlocked = true;
    QSqlQueryModel::fetchMore(parent);
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
    // The view's columns are a chosen subset of the SQL result's, so index() (which checks
    // columnCount()) cannot address them; createIndex() goes straight to QSqlQueryModel's cache.
    // (record(row) is no way out: it calls data() back for every column.)
    return QSqlQueryModel::data(createIndex(row, sqlColumn), Qt::DisplayRole);
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
        return QSqlQueryModel::headerData(section, orientation, role);
    const Entity *e = m_db.registry()->entity(m_query.entity);
    const Field *f = e ? e->field(fieldAt(section)) : nullptr;
    return f ? f->displayLabel() : QVariant();
}

} // namespace trato
