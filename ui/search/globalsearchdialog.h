// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTreeView;

namespace trato {

class Database;
class SearchResultModel;

// Ctrl+K: one box that searches every entity's full-text index as you type (on a worker thread,
// accents ignored, words prefix-matched) and lists the matches grouped by entity. Enter opens the
// chosen record.
class GlobalSearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GlobalSearchDialog(Database &db, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_edit; }
    QTreeView *resultView() const { return m_view; }
    SearchResultModel *results() const { return m_model; }
    // Shows the dialog ready for typing, the previous text selected.
    void activate();

Q_SIGNALS:
    void openRequested(const QString &entity, const QString &id);
    void searchFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void openIndex(const QModelIndex &index);

    Database &m_db;
    QLineEdit *m_edit;
    QTreeView *m_view;
    QLabel *m_status;
    SearchResultModel *m_model;
    QTimer m_debounce;
    quint64 m_generation = 0;
    bool m_searching = false;
    bool m_openWhenReady = false;
};

} // namespace trato
