// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recordstore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace trato {

class Database;
class HistoryModel;
class RecordForm;
class RelatedLists;

// One record, shown and edited: the form generated from metadata (Details), the records that
// point at it (Related) and its change history (History). Saving goes through RecordStore, which
// validates; on an error the message shows above the form and the user's input stays. Asks before
// dropping unsaved changes.
class RecordView : public QWidget
{
    Q_OBJECT
public:
    RecordView(Database &db, const QString &entity, QWidget *parent = nullptr);

    QString entityName() const { return m_entity; }
    QString recordId() const { return m_id; }
    bool isNew() const { return m_id.isEmpty(); }
    bool isDeleted() const { return m_deleted; }
    bool isModified() const;

    // Both ask about unsaved changes first and return false if the user cancelled.
    bool openRecord(const QString &id);
    bool newRecord();
    // Asks Save / Discard / Cancel when there are unsaved changes; true if it is fine to go on.
    bool confirmDiscard();

    bool save();
    bool deleteRecord();  // to the Trash, after confirmation
    bool restoreRecord();
    void reload(); // re-reads the open record (after a service changed it)

    RecordForm *form() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *historyView() const { return m_historyView; }
    RelatedLists *relatedLists() const { return m_related; }
    QString errorText() const;

Q_SIGNALS:
    void saved(const QString &id);
    void deleted(const QString &id);
    void restored(const QString &id);
    void closeRequested();
    void openRequested(const QString &entity, const QString &id);
    void message(const QString &text);
    void loaded(const QString &id); // a record (or an empty new one) is shown

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void load(const QString &id);
    void showError(const QString &message);
    void updateTitle();  // after loading: the record's name (one query)
    void updateHeader(); // on every edit: state and buttons only
    void refreshTab(int index);

    Database &m_db;
    QString m_entity;
    QString m_id;
    bool m_deleted = false;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_delete;
    QPushButton *m_restore;
    QPushButton *m_close;
    QTabWidget *m_tabs;
    RecordForm *m_form;
    RelatedLists *m_related;
    HistoryModel *m_history;
    QTableView *m_historyView;
};

} // namespace trato
