// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include "metadata/entity.h"
#include "metadata/value.h"
#include "store/recordevent.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace trato {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void HistoryModel::setEntries(const Entity &entity, const QList<HistoryEntry> &entries)
{
    const QLocale locale;
    QList<Row> rows;
    rows.reserve(entries.size());
    for (const HistoryEntry &h : entries) {
        Row row;
        row.atIso = h.at;
        const QDateTime at = QDateTime::fromString(h.at, Qt::ISODate);
        row.text[When] = at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : h.at;
        row.text[Who] = h.user.isEmpty() ? tr("outside Trato") : h.user;
        if (h.op == QLatin1String("insert")) {
            row.text[What] = tr("Record created");
        } else if (h.op == QLatin1String("bulk")) {
            row.text[What] = tr("Record created in bulk");
            row.text[To] = h.note;
        } else if (h.op == QLatin1String("event")) {
            row.text[What] = RecordEvent::label(h.field); // merged with / into, converted from lead
            row.text[To] = h.note;
        } else if (h.op == QLatin1String("purge")) {
            row.text[What] = tr("Deleted permanently");
        } else if (h.field == QLatin1String("deleted")) {
            row.text[What] = h.newValue.toLongLong() ? tr("Moved to the Trash") : tr("Restored from the Trash");
        } else if (const Field *f = entity.field(h.field)) {
            row.text[What] = f->displayLabel();
            row.text[From] = Value::display(*f, h.oldValue, locale);
            row.text[To] = Value::display(*f, h.newValue, locale);
        } else {
            // A custom field removed since: show its name and the raw values.
            row.text[What] = h.field;
            row.text[From] = h.oldValue.toString();
            row.text[To] = h.newValue.toString();
        }
        rows << row;
    }
    // Newest first. The store returns bulk creation first, then changes in order: reversing before
    // the stable sort keeps changes made within the same second newest first too.
    std::reverse(rows.begin(), rows.end());
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.atIso > b.atIso; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_rows.at(index.row()).text[index.column()];
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Who: return tr("Who");
    case What: return tr("What");
    case From: return tr("From");
    case To: return tr("To");
    default: return {};
    }
}

} // namespace trato
