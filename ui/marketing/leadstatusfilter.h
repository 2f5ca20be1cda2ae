// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace trato {

class Database;
class RecordListView;

// The lead list's status quick filter: a segmented row All / New / Contacted / Qualified /
// Converted / Disqualified, each with its count. A click narrows the list (RecordListModel::
// setWhere); the counts follow the list's search and are counted on a worker after every change.
class LeadStatusFilter : public QWidget
{
    Q_OBJECT
public:
    LeadStatusFilter(Database &db, RecordListView *list, QWidget *parent = nullptr);

    QToolButton *button(const QString &status) const { return m_buttons.value(status); } // "" = All
    QString currentStatus() const { return m_current; }
    void setStatus(const QString &status);
    bool countsReady() const { return m_ready; }

Q_SIGNALS:
    void countsUpdated();

private:
    void recount();

    Database &m_db;
    RecordListView *m_list;
    QButtonGroup *m_group;
    QHash<QString, QToolButton *> m_buttons;
    QHash<QString, QString> m_labels;
    QString m_current;
    QTimer m_debounce;
    quint64 m_generation = 0;
    bool m_ready = false;
};

} // namespace trato
