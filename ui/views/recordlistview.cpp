// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlistview.h"

#include "flagdelegate.h"

#include "metadata/value.h"

#include "columnchooser.h"
#include "listviewextensions.h"
#include "segmentbar.h"

#include "forms/recordform.h"
#include "forms/recordview.h"
#include "importexport/importexportactions.h"
#include "dedupe/dedupeactions.h"
#include "util/dialogs.h"

#include "metadata/registry.h"
#include "models/recordlistmodel.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace trato {

namespace {
constexpr int kMaxRememberedSelection = 100;
constexpr int kMaxInitialColumnWidth = 280;
} // namespace

RecordListView::RecordListView(Database &db, const QString &entity, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_entity(entity)
    , m_mode(mode)
    , m_model(new RecordListModel(db, entity, this))
    , m_toolbar(new QToolBar)
    , m_filter(new QLineEdit)
    , m_columnsButton(new QToolButton)
    , m_columns(new ColumnChooser(db, entity, this))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_table(new QTableView)
{
    setObjectName(QStringLiteral("list_") + entity + (mode == Mode::Trash ? QStringLiteral("_trash") : QString()));
    if (mode == Mode::Trash)
        m_model->setDeletedFilter(ListQuery::OnlyDeleted);
    if (m_model->visibleFields() != m_columns->columns())
        m_model->setVisibleFields(m_columns->columns());

    buildToolbar();

    m_table->setObjectName(QStringLiteral("recordTable"));
    const Entity *e = db.registry()->entity(entity);
    const QString plural = e ? e->displayPluralLabel() : entity;
    m_table->setAccessibleName(mode == Mode::Trash ? tr("%1 in the Trash").arg(plural) : plural);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new FlagDelegate(m_table)); // rows a module flags (stalled: no next step)
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false); // sorting goes through canSort(): see onHeaderClicked
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->installEventFilter(this);

    m_splitter->addWidget(m_table);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    if (mode == Mode::Records)
        for (QWidget *bar : ListViewExtensions::createFilterBars(db, this))
            layout->addWidget(bar);
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_table);

    m_filterDebounce.setSingleShot(true);
    m_filterDebounce.setInterval(60); // light: the search runs on a worker and newer text supersedes it
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterDebounce.start(); });
    connect(&m_filterDebounce, &QTimer::timeout, this, [this] { m_model->setSearchText(m_filter->text().trimmed()); });
    connect(m_columns, &ColumnChooser::columnsChanged, this, [this](const QStringList &columns) {
        m_sizedColumns = false;
        m_model->setVisibleFields(columns);
    });
    connect(header, &QHeaderView::sectionClicked, this, &RecordListView::onHeaderClicked);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        m_columns->popup(header->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openCurrent(); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &RecordListView::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_restorePending = true;
        restoreSelection();
    });
    // The model announces a reset before its first page arrives (as rowsInserted): the selection
    // and column widths are restored from that page.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_restorePending)
            restoreSelection();
    });
    connect(m_model, &RecordListModel::totalCountChanged, this, &RecordListView::totalCountChanged);
    connect(m_model, &RecordListModel::loaded, this, [this] {
        const int key = std::exchange(m_keyAfterSearch, 0);
        if (key == 0 || !m_filter->hasFocus())
            return;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
        eventFilter(m_filter, &press);
    });
    connect(m_model, &RecordListModel::queryFailed, this, [this](const QString &why) {
        Q_EMIT message(tr("The list could not be read: %1").arg(why));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordListView::updateActions);
    m_restorePending = true;
    restoreSelection();
    updateActions();
}

void RecordListView::buildToolbar()
{
    const Entity *e = m_db.registry()->entity(m_entity);
    const QString label = e ? e->displayLabel().toLower() : m_entity;
    const QString plural = e ? e->displayPluralLabel().toLower() : m_entity;
    const bool writable = !(e && e->insertOnly); // insert-only entities (stock movements): no New, Delete or Import
    m_toolbar->setObjectName(QStringLiteral("listToolbar"));
    m_toolbar->setAccessibleName(tr("List actions"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setIconSize(QSize(16, 16));
    if (m_mode == Mode::Records && writable) {
        m_new = m_toolbar->addAction(tr("New"), this, &RecordListView::newRecord);
        m_new->setToolTip(tr("New %1 (Ctrl+N)").arg(label));
    }
    m_open = m_toolbar->addAction(tr("Open"), this, &RecordListView::openCurrent);
    m_open->setToolTip(tr("Open the selected %1 (Enter)").arg(label));
    if (m_mode == Mode::Records) {
        if (writable) {
            m_delete = m_toolbar->addAction(tr("Delete"), this, &RecordListView::deleteSelected);
            m_delete->setToolTip(tr("Move the selected %1 to the Trash (Del)").arg(plural));
        }
    } else {
        m_restore = m_toolbar->addAction(tr("Restore"), this, &RecordListView::restoreSelected);
        m_restore->setToolTip(tr("Bring the selected %1 back").arg(plural));
        m_purge = m_toolbar->addAction(tr("Delete permanently"), this, &RecordListView::purgeSelected);
        m_purge->setToolTip(tr("Delete the selected %1 for good (Del)").arg(plural));
    }
    for (QAction *a : m_toolbar->actions())
        if (QWidget *w = m_toolbar->widgetForAction(a))
            w->setAccessibleName(a->toolTip());
    m_toolbar->addSeparator();

    m_filter->setObjectName(QStringLiteral("quickFilter"));
    m_filter->setPlaceholderText(tr("Filter %1… (Ctrl+F)").arg(plural));
    m_filter->setAccessibleName(tr("Filter %1").arg(plural));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(360);
    m_filter->setMinimumWidth(180);
    m_filter->installEventFilter(this);
    m_toolbar->addWidget(m_filter);
    if (m_mode == Mode::Records) {
        m_segments = new SegmentBar(m_db, m_entity, m_model, m_filter);
        connect(m_segments, &SegmentBar::message, this, &RecordListView::message);
        m_toolbar->addWidget(m_segments);
    }

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    if (m_mode == Mode::Records)
        ListViewExtensions::appendToolbarActions(m_toolbar, m_db, this); // Print (analytics: printing)
    // Less frequent actions share one menu, so the search box never moves into the toolbar's overflow.
    if (m_mode == Mode::Records && writable) {
        auto *more = new QMenu(this);
        more->setObjectName(QStringLiteral("moreActions"));
        more->setToolTipsVisible(true);
        more->addAction(tr("Import…"), this, [this] { ImportExportActions::showImportWizard(m_db, m_entity, this); })
            ->setToolTip(tr("Import %1 from a CSV or vCard file").arg(plural));
        more->addAction(tr("Export…"), this, [this] { ImportExportActions::showExportDialog(m_db, m_model->listQuery(), this); })
            ->setToolTip(tr("Export these %1 to a CSV or vCard file").arg(plural));
        more->addSeparator();
        DedupeActions::installListActions(this, more, m_db); // Find duplicates…; Merge…, Convert lead… in the context menu
        auto *moreButton = new QToolButton(m_toolbar);
        moreButton->setObjectName(QStringLiteral("moreButton"));
        moreButton->setText(tr("More"));
        moreButton->setToolTip(tr("Import, export, find duplicates"));
        moreButton->setAccessibleName(tr("More actions"));
        moreButton->setMenu(more);
        moreButton->setPopupMode(QToolButton::InstantPopup);
        m_toolbar->addWidget(moreButton);
    }
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setToolTip(tr("Choose the columns of this list"));
    m_columnsButton->setAccessibleName(tr("Choose columns"));
    m_columnsButton->setMenu(m_columns);
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_toolbar->addWidget(m_columnsButton);
}

RecordView *RecordListView::recordView()
{
    if (!m_record) {
        m_record = new RecordView(m_db, m_entity);
        m_record->hide();
        m_splitter->addWidget(m_record);
        m_splitter->setStretchFactor(0, 3);
        m_splitter->setStretchFactor(1, 2);
        connect(m_record, &RecordView::closeRequested, this, &RecordListView::closeRecord);
        connect(m_record, &RecordView::message, this, &RecordListView::message);
        connect(m_record, &RecordView::openRequested, this, [this](const QString &entity, const QString &id) {
            if (entity == m_entity && m_mode == Mode::Records)
                openRecord(id);
            else
                Q_EMIT openElsewhere(entity, id);
        });
        connect(m_record, &RecordView::saved, this, &RecordListView::selectRecord);
        // A record that leaves this list (deleted here, restored from the Trash) closes its panel.
        connect(m_record, &RecordView::deleted, this, [this] {
            if (m_mode == Mode::Records)
                m_record->hide();
        });
        connect(m_record, &RecordView::restored, this, [this] {
            if (m_mode == Mode::Trash)
                m_record->hide();
        });
    }
    return m_record;
}

void RecordListView::showPanel()
{
    if (m_record->isVisible())
        return;
    m_record->show();
    if (!m_panelSized) {
        // The list keeps the larger part; later the user's own splitter sizes stay.
        const int total = m_splitter->width();
        const int panel = qBound(440, total * 9 / 20, 640);
        if (total > panel + 200) {
            m_splitter->setSizes({total - panel, panel});
            m_panelSized = true;
        }
    }
}

bool RecordListView::hasOpenRecord() const
{
    return m_record && m_record->isVisible();
}

qint64 RecordListView::totalCount() const
{
    return m_model->totalCount();
}

QStringList RecordListView::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_model->recordId(index.row());
    ids.removeAll(QString());
    return ids;
}

void RecordListView::newRecord()
{
    if (m_mode != Mode::Records || !m_new)
        return;
    RecordView *view = recordView();
    if (!view->newRecord())
        return;
    showPanel();
    view->form()->focusFirstEditor();
}

bool RecordListView::openRecord(const QString &id)
{
    RecordView *view = recordView();
    if (!view->openRecord(id))
        return false;
    showPanel();
    selectRecord(id);
    return true;
}

bool RecordListView::selectRecord(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    // Through the selection model: QTableView::selectRow() needs a laid-out header.
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void RecordListView::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const QString id = current.isValid() ? m_model->recordId(current.row()) : QString();
    if (id.isEmpty())
        return;
    if (openRecord(id))
        m_record->setFocus();
}

void RecordListView::closeRecord()
{
    if (!m_record || !m_record->confirmDiscard())
        return;
    m_record->hide();
    m_table->setFocus();
}

bool RecordListView::confirmClose()
{
    return !m_record || !m_record->isVisible() || m_record->confirmDiscard();
}

void RecordListView::deleteSelected()
{
    if (m_mode == Mode::Trash) {
        purgeSelected();
        return;
    }
    if (!m_delete)
        return; // insert-only entity
    if (hasOpenRecord() && m_record->isAncestorOf(QApplication::focusWidget())) {
        m_record->deleteRecord();
        return;
    }
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString what = describe(ids);
    if (!Dialogs::confirm(this, tr("Delete"), tr("Move %1 to the Trash? You can restore from there.").arg(what), tr("Move to Trash")))
        return;
    if (applyToSelection(RecordStore::TrashAction::MoveToTrash, ids, tr("Delete")))
        Q_EMIT message(tr("Moved %1 to the Trash.").arg(what));
}

void RecordListView::restoreSelected()
{
    if (hasOpenRecord() && m_record->isDeleted() && (m_mode == Mode::Records || m_record->isAncestorOf(QApplication::focusWidget()))) {
        m_record->restoreRecord();
        return;
    }
    if (m_mode != Mode::Trash)
        return;
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString what = describe(ids);
    if (applyToSelection(RecordStore::TrashAction::Restore, ids, tr("Restore")))
        Q_EMIT message(tr("Restored %1 from the Trash.").arg(what));
}

void RecordListView::purgeSelected()
{
    if (m_mode != Mode::Trash)
        return;
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString what = describe(ids);
    if (!Dialogs::confirm(this, tr("Delete permanently"),
                          tr("Delete %1 permanently? This cannot be undone.").arg(what), tr("Delete permanently")))
        return;
    if (applyToSelection(RecordStore::TrashAction::Purge, ids, tr("Delete permanently")))
        Q_EMIT message(tr("Deleted %1 permanently.").arg(what));
}

QString RecordListView::describe(const QStringList &ids) const
{
    if (ids.size() == 1)
        return RecordStore(m_db).displayName(m_entity, ids.first());
    const Entity *e = m_db.registry()->entity(m_entity);
    return tr("%1 %2").arg(Value::formatInteger(ids.size()), e ? e->displayPluralLabel().toLower() : m_entity);
}

bool RecordListView::applyToSelection(RecordStore::TrashAction action, const QStringList &ids, const QString &title)
{
    // One transaction for the whole selection: all records change, or none and the user is told why.
    const Status s = RecordStore(m_db).trash(action, m_entity, ids);
    if (!s) {
        Dialogs::error(this, title, s.error().message);
        return false;
    }
    if (m_record && ids.contains(m_record->recordId()))
        m_record->hide();
    return true;
}

void RecordListView::showColumnMenu()
{
    m_columnsButton->showMenu();
}

void RecordListView::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void RecordListView::onHeaderClicked(int section)
{
    if (!m_model->canSort(section)) {
        const Entity *e = m_db.registry()->entity(m_entity);
        const Field *f = e ? e->field(m_model->fieldAt(section)) : nullptr;
        Q_EMIT message(tr("This list is too long to sort by %1 quickly; sort by another column or filter it first.")
                           .arg(f ? f->displayLabel() : m_model->fieldAt(section)));
        updateSortIndicator();
        return;
    }
    const Qt::SortOrder order = section == m_model->sortColumn() && m_model->sortOrder() == Qt::AscendingOrder
        ? Qt::DescendingOrder : Qt::AscendingOrder;
    m_model->sort(section, order);
    updateSortIndicator();
}

void RecordListView::updateSortIndicator()
{
    const int column = m_model->sortColumn();
    m_table->horizontalHeader()->setSortIndicator(column, m_model->sortOrder());
}

void RecordListView::rememberSelection()
{
    m_savedSelection = selectedIds().mid(0, kMaxRememberedSelection);
    const QModelIndex current = m_table->currentIndex();
    m_savedCurrent = current.isValid() ? m_model->recordId(current.row()) : QString();
}

void RecordListView::restoreSelection()
{
    updateSortIndicator();
    if (m_model->rowCount() == 0) {
        // An empty list (or the Trash) still shows whole column titles.
        if (!m_sizedColumns)
            m_table->resizeColumnsToContents();
        return; // the first page comes as rowsInserted
    }
    m_restorePending = false;
    if (!m_sizedColumns && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        QHeaderView *header = m_table->horizontalHeader();
        for (int i = 0; i < header->count(); ++i)
            header->resizeSection(i, qMin(header->sectionSize(i) + 16, kMaxInitialColumnWidth));
        m_sizedColumns = true;
    }
    if (m_savedSelection.isEmpty() && m_savedCurrent.isEmpty())
        return;
    QItemSelection selection;
    for (const QString &id : std::as_const(m_savedSelection)) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const int current = m_savedCurrent.isEmpty() ? -1 : m_model->rowOfId(m_savedCurrent);
    if (current >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    updateActions();
}

void RecordListView::updateActions()
{
    const bool any = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_open->setEnabled(any);
    if (m_delete)
        m_delete->setEnabled(any);
    if (m_restore)
        m_restore->setEnabled(any);
    if (m_purge)
        m_purge->setEnabled(any);
}

bool RecordListView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_table) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F2:
            openCurrent();
            return true;
        case Qt::Key_Delete:
            deleteSelected();
            return true;
        default:
            break;
        }
    } else if (watched == m_filter) {
        // From the filter, Down goes to the list and Enter opens the first match.
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_filterDebounce.isActive()) {
                m_filterDebounce.stop();
                m_model->setSearchText(m_filter->text().trimmed());
            }
            if (m_model->isLoading()) {
                m_keyAfterSearch = key->key(); // acted on when the search's first page is in
                return true;
            }
            if (m_model->rowCount() > 0) {
                if (!m_table->currentIndex().isValid())
                    m_table->setCurrentIndex(m_model->index(0, 0));
                m_table->selectionModel()->select(m_table->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                m_table->setFocus();
                if (key->key() != Qt::Key_Down)
                    openCurrent();
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trato
