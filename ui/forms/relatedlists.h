// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;
class QVBoxLayout;

namespace trato {

class Database;
class RecordListModel;

// The Related tab of a record view: for each relation field that points at this entity (an
// account's contacts, its child accounts), a small list of the records that point at the open one.
// Double-click or Enter opens them. Lists are built when first shown and page like any list.
class RelatedLists : public QWidget
{
    Q_OBJECT
public:
    RelatedLists(Database &db, const QString &entity, QWidget *parent = nullptr);

    void setRecordId(const QString &id);
    QList<QTableView *> tables() const { return m_tables; }

Q_SIGNALS:
    void openRequested(const QString &entity, const QString &id);

private:
    void rebuild();

    Database &m_db;
    QString m_entity;
    QString m_id;
    QVBoxLayout *m_layout;
    QWidget *m_body = nullptr;
    QList<QTableView *> m_tables;
};

} // namespace trato
