// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recordstore.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolBar;
class QToolButton;

namespace trato {

class ColumnChooser;
class Database;
class RecordListModel;
class RecordView;
class SegmentBar;

// The list of one entity's records, for any entity: toolbar (New, Open, Delete or Restore and
// Delete permanently in the Trash), a quick filter, a column menu, and a table bound to a
// RecordListModel that sorts, filters and pages in SQLite. The open record shows in a panel beside
// the list. Nothing here composes SQL.
class RecordListView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Records, Trash };

    RecordListView(Database &db, const QString &entity, Mode mode, QWidget *parent = nullptr);

    QString entityName() const { return m_entity; }
    Mode mode() const { return m_mode; }
    RecordListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    ColumnChooser *columnChooser() const { return m_columns; }
    // View combo, filter editor and saved segments (Records mode only, else null).
    SegmentBar *segmentBar() const { return m_segments; }
    // The record panel; created on first use.
    RecordView *recordView();
    bool hasOpenRecord() const;
    qint64 totalCount() const;
    QStringList selectedIds() const;

    void newRecord();
    bool openRecord(const QString &id);
    // Selects (and scrolls to) a record among the rows fetched so far.
    bool selectRecord(const QString &id);
    void openCurrent();
    // Edit -> Delete: the open record when the panel has focus, else the selected rows.
    void deleteSelected();
    void restoreSelected();
    void purgeSelected();
    void showColumnMenu();
    void focusFilter();
    void closeRecord();
    // Before the window closes or the list goes away: unsaved changes of the open record.
    bool confirmClose();

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void openElsewhere(const QString &entity, const QString &id);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString describe(const QStringList &ids) const;
    bool applyToSelection(RecordStore::TrashAction action, const QStringList &ids, const QString &title);
    void buildToolbar();
    void showPanel();
    void updateActions();
    void rememberSelection();
    void restoreSelection();
    void onHeaderClicked(int section);
    void updateSortIndicator();
    QString entityLabel(qint64 count) const;

    Database &m_db;
    QString m_entity;
    Mode m_mode;
    RecordListModel *m_model;
    QToolBar *m_toolbar;
    QLineEdit *m_filter;
    QToolButton *m_columnsButton;
    ColumnChooser *m_columns;
    QSplitter *m_splitter;
    QTableView *m_table;
    RecordView *m_record = nullptr;
    SegmentBar *m_segments = nullptr;
    int m_keyAfterSearch = 0; // Enter or Down pressed while a typed search was still being read
    QTimer m_filterDebounce;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_purge = nullptr;
    QStringList m_savedSelection;
    QString m_savedCurrent;
    bool m_sizedColumns = false;
    bool m_restorePending = false;
    bool m_panelSized = false;
};

} // namespace trato
