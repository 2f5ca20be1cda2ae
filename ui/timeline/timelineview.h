// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"
#include "timeline/timeline.h"

#include <QHash>
#include <QTimer>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace trato {

// The Timeline tab of an account, contact or lead: every activity, note, change and event about
// the record in one list, newest first. Filter buttons (All, Activities, Notes, Changes), a search
// box, an "Add a note" box; an activity opens on click and an open one can be completed here.
// Pages are read on a worker (Timeline::page) and more are read when asked for; the tab refreshes
// after any write.
class TimelineView : public RecordViewPart
{
    Q_OBJECT
public:
    TimelineView(Database &db, const QString &entity, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;

    // For tests and the filter buttons: "" (all), "activity", "note", "change".
    void setFilter(const QString &filter);
    QToolButton *filterButton(const QString &filter) const { return m_filters.value(filter); }
    QLineEdit *searchBox() const { return m_search; }
    QPlainTextEdit *noteEditor() const { return m_note; }
    QPushButton *addNoteButton() const { return m_addNote; }
    QPushButton *moreButton() const { return m_more; }
    const QList<TimelineEntry> &entries() const { return m_entries; }
    bool isLoading() const { return m_loading; }
    // The entry widget of an entry (its buttons are named open, complete, edit, delete).
    QWidget *entryWidget(int index) const { return m_entryWidgets.value(index); }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void load(bool append);
    void showPage(const TimelinePage &page, bool append);
    void addNote();
    void editNote(const QString &noteId, const QString &text);
    void deleteNote(const QString &noteId);
    QWidget *makeEntry(const TimelineEntry &entry);
    QStringList kindsFor(const QString &filter) const;

    Database &m_db;
    QString m_entity;
    QString m_id;
    QString m_filter;
    QHash<QString, QToolButton *> m_filters;
    QButtonGroup *m_group;
    QLineEdit *m_search;
    QPlainTextEdit *m_note;
    QPushButton *m_addNote;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QLabel *m_empty;
    QPushButton *m_more;
    QList<TimelineEntry> m_entries;
    QList<QWidget *> m_entryWidgets;
    QString m_next;
    QTimer m_refresh;
    QTimer m_searchDelay;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_stale = false; // changed while hidden: read again when shown
};

} // namespace trato
