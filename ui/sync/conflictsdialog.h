// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncengine.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace trato {

class Database;

// Team → Conflicts…: every conflict kept for review (SyncConflicts::list) with the record, the
// field's label, both values (what everybody has now, and the value that lost), who and when for
// each, and why in words. Keep and Restore resolve the selected conflict with one click; Open record
// shows it in its list. "Show resolved" lists the resolved ones too.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { RecordColumn, FieldColumn, NowColumn, NowByColumn, KeptColumn, KeptByColumn, ReasonColumn, ResolutionColumn, ColumnCount };

    explicit ConflictsDialog(Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QCheckBox *showResolvedBox() const { return m_showResolved; }
    const QList<SyncConflict> &conflicts() const { return m_conflicts; }
    bool isLoading() const { return m_loading; }
    void reload();
    // Resolves the selected row.
    void keepSelected();
    void restoreSelected();
    void openSelected();

    static QString reasonText(const QString &reason);
    // "ana · 23/11/26 10:42" from a user and an HLC stamp.
    static QString whoAndWhen(const QString &user, const QString &hlc);

Q_SIGNALS:
    void openRecordRequested(const QString &entity, const QString &id);
    // A conflict was kept or restored (the status bar recounts).
    void resolved();

private:
    void fill();
    void updateButtons();
    int selectedRow() const;
    QString valueText(const SyncConflict &c, const QString &json) const;

    Database &m_db;
    QTableWidget *m_table;
    QCheckBox *m_showResolved;
    QLabel *m_summary;
    QPushButton *m_keep, *m_restore, *m_open;
    QList<SyncConflict> m_conflicts;
    bool m_loading = false;
};

} // namespace trato
