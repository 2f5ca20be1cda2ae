// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dedupe/duplicatefinder.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace trato {

class Database;

// "Find duplicates…": scans the entity on a worker (DuplicateFinder::scan, with progress and
// Cancel), then lists the groups (largest first, at most kMaxGroups) with why their records were
// grouped; "Merge…" opens the merge dialog for the selected group, "Open" the selected record.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxGroups = 2000;

    DuplicatesDialog(Database &db, const QString &entity, const QString &region, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    void start();                      // runs the scan (called on show)
    bool isScanning() const { return m_scanning; }
    QTreeWidget *groups() const { return m_tree; }
    QPushButton *mergeButton() const { return m_merge; }
    QString summaryText() const;
    QStringList selectedGroupIds() const;
    // Opens the merge dialog for the selected group; rescans after a merge.
    void mergeSelected();

Q_SIGNALS:
    void openRequested(const QString &entity, const QString &id);
    void scanFinished();

protected:
    void showEvent(QShowEvent *event) override;
    void reject() override;

private:
    void showScan(const DuplicateScan &scan);
    void updateButtons();

    Database &m_db;
    QString m_entity;
    QString m_region;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTreeWidget *m_tree;
    QPushButton *m_merge;
    QPushButton *m_open;
    QPushButton *m_cancelScan;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_scanning = false;
    bool m_started = false;
};

} // namespace trato
