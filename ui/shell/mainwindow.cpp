// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "metadata/value.h"

#include "aboutdialog.h"
#include "activities/activityactions.h"
#include "activities/activityviews.h"
#include "inventory/inventoryviews.h"
#include "sales/salesviews.h"
#include "support/slaviews.h"
#include "support/supportviews.h"
#include "analytics/analyticsviews.h"
#include "activities/reminderwindow.h"
#include "modulepage.h"
#include "views/moduleviewextensions.h"

#include "forms/recordview.h"
#include "importexport/importexportactions.h"
#include "models/recordlistmodel.h"
#include "marketing/marketingviews.h"
#include "search/globalsearchdialog.h"
#include "settings/settingsdialog.h"
#include "sync/conflictsdialog.h" // sync: gui
#include "sync/synccontroller.h"
#include "sync/syncstatuswidget.h"
#include "telephony/callerpopups.h"
#include "util/appsettings.h"
#include "util/background.h"
#include "util/dialogs.h"
#include "util/icons.h"
#include "views/homeview.h"
#include "views/recordlistview.h"

#include "metadata/registry.h"
#include "store/database.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMetaMethod>
#include <QLocale>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace trato {

namespace {
// What each module will hold, for the honest empty state of modules not built yet.
QString moduleFuture(Module m)
{
    switch (m) {
    case Module::Sales:
        return MainWindow::tr("opportunities and the sales pipeline, quotes, orders and invoices");
    case Module::Support:
        return MainWindow::tr("customer cases, service agreements and a knowledge base");
    case Module::Analytics:
        return MainWindow::tr("dashboards and reports across marketing, sales and customer service");
    case Module::Inventory:
        return MainWindow::tr("products, price lists, stock levels, suppliers and purchase orders");
    case Module::Activities:
        return MainWindow::tr("calls, meetings, tasks and the calendar");
    default:
        return MainWindow::tr("records of its kind");
    }
}
} // namespace

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_navigator(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_dbLabel(new QLabel)
    , m_countLabel(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Trato — %1").arg(QFileInfo(db.path()).fileName()));
    setWindowIcon(Icons::app());
    setAccessibleName(tr("Trato"));
    registerMarketingViews(); // before any list or record view is built
    registerActivityViews();
    registerInventoryViews();
    registerSalesViews();
    registerSupportViews();
    registerAnalyticsViews();
    ActivityActions::startRollupRefresh(m_db, this); // relationships cool down with time
    void startOverdueRefresh(Database &db, QObject *owner); // sales/documentactions.cpp
    startOverdueRefresh(m_db, this); // invoices fall overdue with time
    m_sync = new SyncController(m_db, this); // sync: gui — before the menus and status bar that use it
    // SLA warnings and breaches, every minute; their alert window opens tickets here.
    connect(startSlaMonitor(m_db, this), &SlaWatcher::openRecordRequested, this, &MainWindow::openRecord);
    buildPages();
    buildMenus();
    buildStatusBar();
    connect(new CallerPopups(m_db, this), &CallerPopups::openRecordRequested, this, &MainWindow::openRecord); // caller lookup

    auto *splitter = new QSplitter;
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    resize(1280, 800);

    connect(m_navigator, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
    m_navigator->setCurrentRow(HomePage);
    // Reminders (in-app window and tray notification), checked once the window is up.
    auto *reminders = new ReminderPresenter(m_db, this);
    connect(reminders, &ReminderPresenter::openRecordRequested, this, &MainWindow::openRecord);
    QTimer::singleShot(0, reminders, &ReminderPresenter::start);
    // Text boxes on X11 take Ctrl+K for "delete to end of line"; in Trato it opens global search.
    qApp->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (key->key() == Qt::Key_K && key->modifiers() == Qt::ControlModifier && widget && widget->window() == this) {
            event->ignore();
            return true; // not the text box's: the window's shortcut runs
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::buildPages()
{
    m_navigator->setObjectName(QStringLiteral("moduleNavigator"));
    m_navigator->setAccessibleName(tr("Modules"));
    m_navigator->setIconSize(QSize(24, 24));
    m_navigator->setSpacing(2);
    m_navigator->setFrameShape(QFrame::NoFrame);
    m_navigator->setStyleSheet(QStringLiteral(
        "#moduleNavigator { background: #f1f4f9; padding-top: 8px; font-size: 10.5pt; }"
        "#moduleNavigator::item { padding: 7px 10px; border-radius: 6px; margin: 0 6px; color: #1f2937; }"
        "#moduleNavigator::item:selected { background: #1f5fd6; color: white; }"
        "#moduleNavigator::item:hover:!selected { background: #e2e8f3; }"));

    m_home = new HomeView(m_db);
    connect(m_home, &HomeView::openEntityRequested, this, [this](const QString &entity) { showPageByName(entity); });
    connect(m_home, &HomeView::openRecordRequested, this, &MainWindow::openRecord);
    connect(m_home, &HomeView::message, this, &MainWindow::showMessage);
    auto *homeScroll = new QScrollArea;
    homeScroll->setWidget(m_home);
    homeScroll->setWidgetResizable(true);
    homeScroll->setFrameShape(QFrame::NoFrame);
    homeScroll->setAccessibleName(moduleLabel(Module::Home));

    int index = 0;
    auto addPage = [this, &index](const QIcon &icon, const QString &label, QWidget *page) {
        auto *item = new QListWidgetItem(icon, label, m_navigator);
        // Ctrl+1..8 are the page's position; the tooltip teaches them.
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(label).arg(++index));
        m_pages->addWidget(page);
    };
    addPage(Icons::module(Module::Home), moduleLabel(Module::Home), homeScroll);
    for (Module m : allModules()) {
        if (m == Module::Home)
            continue;
        QStringList entities;
        for (const Entity *e : m_db.registry()->entitiesOf(m))
            entities << e->name;
        QList<QWidget *> extraPages, afterPages;
        for (const auto &factory : ModuleViewExtensions::pages(m))
            extraPages << factory(m_db);
        for (const auto &factory : ModuleViewExtensions::pages(m, ModuleViewExtensions::Placement::AfterLists))
            afterPages << factory(m_db);
        auto *page = new ModulePage(m_db, moduleLabel(m), entities, RecordListView::Mode::Records,
                                    tr("%1 will hold %2.\n\nThis part of Trato is not built yet, so there is nothing "
                                       "to show here: no records are hidden from you.")
                                        .arg(moduleLabel(m), moduleFuture(m)),
                                    extraPages, afterPages);
        page->setObjectName(QStringLiteral("page_") + moduleName(m));
        addPage(Icons::module(m), moduleLabel(m), page);
        for (QWidget *extra : extraPages) {
            const int badge = extra->metaObject()->indexOfSignal("navigatorBadgeChanged(QString)");
            if (badge < 0)
                continue;
            extra->setProperty("navigatorRow", m_navigator->count() - 1);
            extra->setProperty("navigatorLabel", moduleLabel(m));
            connect(extra, extra->metaObject()->method(badge), this,
                    metaObject()->method(metaObject()->indexOfSlot("updateNavigatorBadge(QString)")));
        }
    }
    auto *trash = new ModulePage(m_db, tr("Trash"), m_db.registry()->entityNames(), RecordListView::Mode::Trash, QString());
    trash->setObjectName(QStringLiteral("page_trash"));
    addPage(Icons::trash(), tr("Trash"), trash);

    for (int i = 1; i < m_pages->count(); ++i) {
        auto *page = static_cast<ModulePage *>(m_pages->widget(i));
        connect(page, &ModulePage::countChanged, this, [this, page](qint64 total) {
            if (m_pages->currentWidget() == page)
                showCount(total);
        });
        connect(page, &ModulePage::openElsewhere, this, &MainWindow::openRecord);
        connect(page, &ModulePage::message, this, &MainWindow::showMessage);
    }
    const int width = m_navigator->sizeHintForColumn(0) + 40;
    m_navigator->setMinimumWidth(qMax(170, width));
    m_navigator->setMaximumWidth(qMax(240, width));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *a = file->addAction(tr("&New record"), QKeySequence::New, this, &MainWindow::newRecord);
    a->setObjectName(QStringLiteral("actionNew"));
    a = file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::saveRecord);
    a->setObjectName(QStringLiteral("actionSave"));
    file->addSeparator();
    a = file->addAction(tr("&Import…"), this, [this] {
        RecordListView *list = currentListView();
        ImportExportActions::showImportWizard(m_db, list ? list->entityName() : QString(), this);
    });
    a->setObjectName(QStringLiteral("actionImport"));
    a = file->addAction(tr("&Export…"), this, [this] {
        RecordListView *list = currentListView();
        ListQuery query;
        query.entity = QStringLiteral("contact");
        ImportExportActions::showExportDialog(m_db, list ? list->model()->listQuery() : query, this);
    });
    a->setObjectName(QStringLiteral("actionExport"));
    a = file->addAction(tr("Import &history…"), this, [this] { ImportExportActions::showImportHistory(m_db, this); });
    a->setObjectName(QStringLiteral("actionImportHistory"));
    file->addSeparator();
    m_backupAction = file->addAction(tr("&Back up now…"), this, &MainWindow::backupNow);
    m_backupAction->setObjectName(QStringLiteral("actionBackup"));
    a = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    a->setObjectName(QStringLiteral("actionOpenDatabase"));
    file->addSeparator();
    a = file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);
    a->setObjectName(QStringLiteral("actionQuit"));
    a->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    a = edit->addAction(tr("&Delete"), QKeySequence(Qt::Key_Delete), this, &MainWindow::deleteSelection);
    a->setObjectName(QStringLiteral("actionDelete"));
    a = edit->addAction(tr("&Restore from Trash"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, &MainWindow::restoreSelection);
    a->setObjectName(QStringLiteral("actionRestore"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    a = view->addAction(tr("&Global search…"), QKeySequence(Qt::CTRL | Qt::Key_K), this, &MainWindow::showGlobalSearch);
    a->setObjectName(QStringLiteral("actionGlobalSearch"));
    a = view->addAction(tr("&Filter list"), QKeySequence::Find, this, &MainWindow::focusFilter);
    a->setObjectName(QStringLiteral("actionFilter"));
    a = view->addAction(tr("&Columns…"), this, &MainWindow::showColumns);
    a->setObjectName(QStringLiteral("actionColumns"));
    view->addSeparator();
    QMenu *go = view->addMenu(tr("G&o to"));
    for (int i = 0; i < m_navigator->count(); ++i) {
        a = go->addAction(m_navigator->item(i)->icon(), m_navigator->item(i)->text(),
                          QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this, [this, i] { showPage(i); });
        a->setObjectName(QStringLiteral("actionGoTo%1").arg(i + 1));
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    a = tools->addAction(tr("&Settings…"), QKeySequence::Preferences, this, [this] { showSettings(); });
    a->setObjectName(QStringLiteral("actionSettings"));
    a->setMenuRole(QAction::PreferencesRole);
    // sync: gui
    tools->addSeparator();
    a = tools->addAction(tr("S&ync now"), QKeySequence(Qt::Key_F9), this, &MainWindow::syncNow);
    a->setObjectName(QStringLiteral("actionSyncNow"));
    a = tools->addAction(tr("Sync &conflicts…"), this, &MainWindow::showConflicts);
    a->setObjectName(QStringLiteral("actionSyncConflicts"));
    a = tools->addAction(tr("&Team server…"), this, &MainWindow::showTeamServerSettings);
    a->setObjectName(QStringLiteral("actionTeamServer"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    a = help->addAction(tr("&About Trato"), this, &MainWindow::showAbout);
    a->setObjectName(QStringLiteral("actionAbout"));
    a->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar()
{
    m_dbLabel->setObjectName(QStringLiteral("statusDatabase"));
    m_dbLabel->setText(tr("Database: %1").arg(QFileInfo(m_db.path()).fileName()));
    m_dbLabel->setToolTip(m_db.path());
    m_dbLabel->setAccessibleName(tr("Database file %1").arg(m_db.path()));
    m_countLabel->setObjectName(QStringLiteral("statusCount"));
    m_countLabel->setAccessibleName(tr("Records in the list"));
    // sync: gui — hidden until a team server is configured
    m_syncStatus = new SyncStatusWidget(m_sync);
    connect(m_syncStatus, &SyncStatusWidget::syncRequested, this, &MainWindow::syncNow);
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, this, &MainWindow::showConflicts);
    connect(m_syncStatus, &SyncStatusWidget::settingsRequested, this, &MainWindow::showTeamServerSettings);
    connect(m_sync, &SyncController::finished, this, [this](const SyncReport &report, const QString &error) {
        if (error.isEmpty() && !report.warning.isEmpty())
            showMessage(report.warning);
    });
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_dbLabel);
}

int MainWindow::pageCount() const
{
    return m_pages->count();
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_pages->count())
        m_navigator->setCurrentRow(index);
}

bool MainWindow::showPageByName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("trash")) {
        showPage(TrashPage);
        return true;
    }
    const QList<Module> modules = allModules();
    for (int i = 0; i < modules.size(); ++i) {
        if (moduleName(modules.at(i)) == key) {
            showPage(i);
            return true;
        }
    }
    if (const Entity *e = m_db.registry()->entity(key)) {
        const int index = int(modules.indexOf(e->module));
        // The tab first, then the page: only the wanted list gets built.
        if (ModulePage *page = modulePage(index))
            page->showEntity(e->name);
        showPage(index);
        return true;
    }
    return false;
}

ModulePage *MainWindow::modulePage(int index) const
{
    return qobject_cast<ModulePage *>(m_pages->widget(index));
}

RecordListView *MainWindow::currentListView() const
{
    ModulePage *page = modulePage(m_pages->currentIndex());
    return page ? page->currentListView() : nullptr;
}

void MainWindow::onPageChanged(int index)
{
    if (index < 0)
        return;
    m_pages->setCurrentIndex(index);
    RecordListView *list = currentListView();
    showCount(list ? list->totalCount() : -2);
}

void MainWindow::showCount(qint64 total)
{
    RecordListView *list = currentListView();
    if (!list || total == -2) {
        m_countLabel->clear();
        return;
    }
    const Entity *e = m_db.registry()->entity(list->entityName());
    const QString plural = e ? e->displayPluralLabel() : list->entityName();
    const QString count = total >= 0 ? Value::formatInteger(total) : tr("counting…");
    m_countLabel->setText(list->mode() == RecordListView::Mode::Trash ? tr("%1 in the Trash: %2").arg(plural, count)
                                                                    : tr("%1: %2").arg(plural, count));
}

QString MainWindow::countText() const
{
    return m_countLabel->text();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 6000);
}

bool MainWindow::openRecord(const QString &entity, const QString &id)
{
    const Entity *e = m_db.registry()->entity(entity);
    if (!e)
        return false;
    showPageByName(entity);
    ModulePage *page = modulePage(currentPage());
    RecordListView *list = page ? page->showEntity(entity) : nullptr;
    return list && list->openRecord(id);
}

bool MainWindow::confirmClose()
{
    for (int i = 0; i < m_pages->count(); ++i)
        if (ModulePage *page = modulePage(i); page && !page->confirmClose())
            return false;
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    AppSettings::setWindowGeometry(saveGeometry());
    m_sync->syncBeforeExit(); // sync: gui — returns at once when no team server is configured
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shownOnce) { // sync: gui
        m_shownOnce = true;
        m_sync->syncAtStart();
    }
}

void MainWindow::syncNow()
{
    if (!m_sync->configured()) {
        showTeamServerSettings();
        return;
    }
    m_sync->syncNow(SyncController::Trigger::Manual);
}

void MainWindow::showConflicts()
{
    ConflictsDialog dialog(m_db, this);
    connect(&dialog, &ConflictsDialog::openRecordRequested, this, [this, &dialog](const QString &entity, const QString &id) {
        if (openRecord(entity, id))
            dialog.accept();
    });
    connect(&dialog, &ConflictsDialog::resolved, m_sync, &SyncController::refreshStatus);
    dialog.exec();
}

void MainWindow::showTeamServerSettings()
{
    showSettings(QStringLiteral("teamServerPage"));
}

void MainWindow::newRecord()
{
    RecordListView *list = currentListView();
    if (!list || list->mode() != RecordListView::Mode::Records) {
        showMessage(tr("Go to a list (Marketing, for example) to create a record there."));
        return;
    }
    list->newRecord();
}

void MainWindow::saveRecord()
{
    RecordListView *list = currentListView();
    if (!list || !list->hasOpenRecord()) {
        showMessage(tr("There is no open record to save."));
        return;
    }
    list->recordView()->save();
}

void MainWindow::deleteSelection()
{
    if (RecordListView *list = currentListView())
        list->deleteSelected();
}

void MainWindow::restoreSelection()
{
    if (RecordListView *list = currentListView())
        list->restoreSelected();
}

void MainWindow::showColumns()
{
    if (RecordListView *list = currentListView())
        list->showColumnMenu();
}

void MainWindow::focusFilter()
{
    if (RecordListView *list = currentListView())
        list->focusFilter();
}

GlobalSearchDialog *MainWindow::searchDialog()
{
    if (!m_search) {
        m_search = new GlobalSearchDialog(m_db, this);
        connect(m_search, &GlobalSearchDialog::openRequested, this, &MainWindow::openRecord);
    }
    return m_search;
}

void MainWindow::showGlobalSearch()
{
    searchDialog()->activate();
}

void MainWindow::backupNow()
{
    const QString folder = AppSettings::backupFolder();
    m_backupAction->setEnabled(false);
    showMessage(tr("Backing up to %1…").arg(folder));
    // VACUUM INTO reads every page of the file: a worker's job.
    runInBackground(
        m_db, this, [folder](Database &db) { return db.backupToFolder(folder); },
        [this](Result<QString> result) {
            m_backupAction->setEnabled(true);
            if (!result) {
                Dialogs::error(this, tr("Back up"), result.error().message);
                return;
            }
            showMessage(tr("Backed up to %1.").arg(result.value()));
            QMessageBox box(QMessageBox::Information, tr("Back up"), tr("The database was copied to:\n%1").arg(result.value()),
                            QMessageBox::Ok, this);
            box.setAccessibleName(tr("Back up"));
            box.exec();
        });
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_db.path()).absolutePath(),
                                                      tr("Trato databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty() || !confirmClose())
        return;
    Q_EMIT openDatabaseRequested(path);
}

void MainWindow::showSettings(const QString &page)
{
    SettingsDialog dialog(m_db, this);
    for (int i = 0; i < dialog.tabs()->count(); ++i) // sync: gui — open on a given page
        if (!page.isEmpty() && dialog.tabs()->widget(i)->objectName() == page)
            dialog.tabs()->setCurrentIndex(i);
    QString language;
    bool changed = false;
    connect(&dialog, &SettingsDialog::languageChanged, this, [&](const QString &l) {
        language = l;
        changed = true;
    });
    dialog.exec();
    if (!changed)
        return;
    // The window is rebuilt in the new language: open records with changes are asked about first.
    if (confirmClose())
        Q_EMIT languageChangeRequested(language);
    else
        showMessage(tr("The new language will be used from the next start."));
}

void MainWindow::showAbout()
{
    AboutDialog about(m_db, this);
    about.exec();
}

void MainWindow::updateNavigatorBadge(const QString &badge)
{
    QObject *page = sender();
    if (!page)
        return;
    QListWidgetItem *item = m_navigator->item(page->property("navigatorRow").toInt());
    const QString label = page->property("navigatorLabel").toString();
    if (item && !label.isEmpty())
        item->setText(badge.isEmpty() ? label : tr("%1 (%2)").arg(label, badge));
}

} // namespace trato
