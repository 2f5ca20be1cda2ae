// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/recordlistview.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTabBar;

namespace trato {

class Database;

// One page of the main window's navigator: a module's entity lists (tabs when there are several),
// or the Trash (a picker of the entity whose deleted records to show), or an honest empty state
// for modules that have no entities yet. Lists are created when first shown.
class ModulePage : public QWidget
{
    Q_OBJECT
public:
    // entities and pages empty: the page shows emptyText instead of lists. extraPages (a module's
    // own views, ModuleViewExtensions) come first and afterPages last, as tabs titled by their
    // windowTitle().
    ModulePage(Database &db, const QString &title, const QStringList &entities, RecordListView::Mode mode,
               const QString &emptyText, const QList<QWidget *> &extraPages = {},
               const QList<QWidget *> &afterPages = {}, QWidget *parent = nullptr);

    QStringList entities() const { return m_entities; }
    RecordListView::Mode mode() const { return m_mode; }
    // The list on screen (created if needed); null for an empty module or while one of the
    // module's own pages is shown.
    RecordListView *currentListView();
    // Switches to one of the module's own pages by object name; false if there is none.
    bool showPage(const QString &objectName);
    QList<QWidget *> extraPages() const { return m_extraPages + m_afterPages; }
    // Switches to an entity's list, creating it if needed.
    RecordListView *showEntity(const QString &entity);
    // Existing lists only.
    QList<RecordListView *> listViews() const { return m_views.values(); }
    bool confirmClose();

Q_SIGNALS:
    void countChanged(qint64 total);  // of the current list; -1 while unknown
    void openElsewhere(const QString &entity, const QString &id);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setCurrentIndex(int index);  // tab index: extra pages first, then entities, then after pages
    int tabCount() const { return int(m_extraPages.size() + m_entities.size() + m_afterPages.size()); }
    void showOwnPage(QWidget *page);

    Database &m_db;
    QStringList m_entities;
    RecordListView::Mode m_mode;
    QTabBar *m_tabs = nullptr;
    QComboBox *m_picker = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHash<QString, RecordListView *> m_views;
    QList<QWidget *> m_slots; // placeholders replaced by lists on first show
    QList<QWidget *> m_extraPages;
    QList<QWidget *> m_afterPages;
};

} // namespace trato
