// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/listquery.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace trato {

class Database;
class RecordListModel;

// The views of a list, in its toolbar: a "View" combo (All, then the entity's segments), a Filter
// button that opens the filter editor (its menu saves the filter as a segment, updates or deletes
// the selected one) and the active filter with its record count. Segments come from SegmentStore;
// choosing one applies its conditions, sort and search text to the list.
class SegmentBar : public QWidget
{
    Q_OBJECT
public:
    SegmentBar(Database &db, const QString &entity, RecordListModel *model, QLineEdit *searchEdit, QWidget *parent = nullptr);

    QComboBox *viewBox() const { return m_view; }
    QToolButton *filterButton() const { return m_filter; }
    QLabel *activeLabel() const { return m_active; }
    QAction *saveAction() const { return m_save; }
    QAction *updateAction() const { return m_update; }
    QAction *deleteAction() const { return m_delete; }
    QString currentSegmentId() const;

    // What the buttons do, callable without their dialogs (tests, keyboard shortcuts).
    bool selectSegment(const QString &id);           // "" selects All
    void applyConditions(const QList<Condition> &conditions);
    bool saveAsSegment(const QString &name);          // the current filter, search and sort
    bool updateCurrentSegment();
    bool deleteCurrentSegment(bool askFirst = true);
    void openFilterDialog();

Q_SIGNALS:
    void message(const QString &text);

private:
    void reload();
    void updateLabel();
    void updateActions();

    Database &m_db;
    QString m_entity;
    RecordListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_view;
    QToolButton *m_filter;
    QLabel *m_active;
    QAction *m_save;
    QAction *m_update;
    QAction *m_delete;
    QList<Condition> m_segmentConditions; // of the selected segment, to tell a changed filter
    qint64 m_total = -1;
};

} // namespace trato
