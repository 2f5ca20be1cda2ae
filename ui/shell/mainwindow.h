// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace trato {

class Database;
class GlobalSearchDialog;
class HomeView;
class ModulePage;
class RecordListView;
class SyncController; // sync: gui
class SyncStatusWidget;

// Trato's main window: the module navigator on the left (Home, the business modules, Trash), the
// module pages in the middle, menus whose actions act on the list or record in front of the user,
// and a status bar with the database file and the current list's record count.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr int HomePage = 0;
    static constexpr int TrashPage = 7;

    explicit MainWindow(Database &db, QWidget *parent = nullptr);

    Database &database() const { return m_db; }
    int pageCount() const;
    int currentPage() const;
    void showPage(int index);
    // A module key ("marketing"), "trash", "home" or an entity name ("contact").
    bool showPageByName(const QString &name);
    QListWidget *navigator() const { return m_navigator; }
    HomeView *homeView() const { return m_home; }
    ModulePage *modulePage(int index) const;
    RecordListView *currentListView() const;
    GlobalSearchDialog *searchDialog();
    QString countText() const;

    // Shows the record in its module's list; false if the user kept unsaved changes elsewhere.
    bool openRecord(const QString &entity, const QString &id);
    // Asks about unsaved changes in every open record; true if the window may close.
    bool confirmClose();
    // File -> Back up now: a copy into the backup folder of Settings, made on a worker.
    void backupNow();
    // sync: gui — team sync (ui/sync): the controller, Sync now, the conflicts view.
    SyncController *syncController() const { return m_sync; }
    SyncStatusWidget *syncStatusWidget() const { return m_syncStatus; }
    void syncNow();
    void showConflicts();
    // Settings on its Team server page.
    void showTeamServerSettings();

Q_SIGNALS:
    void languageChangeRequested(const QString &language);
    void openDatabaseRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override; // sync: gui — the sync at start
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    // A module page's signal navigatorBadgeChanged(QString) (Customer service's queue counts):
    // the text beside the module's name in the navigator; empty: just the name.
    void updateNavigatorBadge(const QString &badge);

private:
    void buildPages();
    void buildMenus();
    void buildStatusBar();
    void onPageChanged(int index);
    void showCount(qint64 total);
    void showMessage(const QString &text);

    void newRecord();
    void saveRecord();
    void deleteSelection();
    void restoreSelection();
    void openDatabase();
    void showSettings(const QString &page = QString());
    void showAbout();
    void showGlobalSearch();
    void showColumns();
    void focusFilter();

    Database &m_db;
    QListWidget *m_navigator;
    QStackedWidget *m_pages;
    HomeView *m_home = nullptr;
    GlobalSearchDialog *m_search = nullptr;
    QLabel *m_dbLabel;
    QLabel *m_countLabel;
    QAction *m_backupAction = nullptr;
    SyncController *m_sync = nullptr; // sync: gui
    SyncStatusWidget *m_syncStatus = nullptr;
    bool m_shownOnce = false;
};

} // namespace trato
