// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordview.h"

#include "historymodel.h"
#include "recordform.h"
#include "relatedlists.h"

#include "dedupe/dedupeactions.h"

#include "metadata/registry.h"
#include "store/database.h"
#include "util/dialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace trato {

namespace {
QScrollArea *scrolling(QWidget *content, const QString &name)
{
    auto *area = new QScrollArea;
    area->setAccessibleName(name);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

RecordView::RecordView(Database &db, const QString &entity, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_entity(entity)
    , m_title(new QLabel)
    , m_state(new QLabel)
    , m_error(new QLabel)
    , m_save(new QPushButton(tr("Save")))
    , m_delete(new QPushButton(tr("Delete")))
    , m_restore(new QPushButton(tr("Restore")))
    , m_close(new QPushButton(tr("Close")))
    , m_tabs(new QTabWidget)
    , m_form(new RecordForm(db, entity))
    , m_related(new RelatedLists(db, entity))
    , m_history(new HistoryModel(this))
    , m_historyView(new QTableView)
{
    setObjectName(QStringLiteral("recordView_") + entity);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_state->setStyleSheet(QStringLiteral("color: #b45309; font-weight: bold;"));
    m_error->setObjectName(QStringLiteral("recordError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
                                          " border-radius: 4px; padding: 6px;"));
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();

    m_save->setToolTip(tr("Save the record (Ctrl+S)"));
    m_save->setAccessibleName(tr("Save record"));
    m_delete->setToolTip(tr("Move the record to the Trash (Del)"));
    m_delete->setAccessibleName(tr("Delete record"));
    m_restore->setToolTip(tr("Bring the record back from the Trash"));
    m_restore->setAccessibleName(tr("Restore record"));
    m_close->setToolTip(tr("Close the record (Esc)"));
    m_close->setAccessibleName(tr("Close record"));

    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setAccessibleName(tr("History"));
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setWordWrap(false);
    m_historyView->setAlternatingRowColors(true);

    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setAccessibleName(tr("Record sections"));
    m_tabs->addTab(scrolling(m_form, tr("Details")), tr("&Details"));
    m_tabs->addTab(scrolling(m_related, tr("Related records")), tr("&Related"));
    m_tabs->addTab(m_historyView, tr("&History"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_state);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    DedupeActions::installRecordActions(this, buttons, db); // "Convert lead…" on leads
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(header);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_save, &QPushButton::clicked, this, &RecordView::save);
    connect(m_delete, &QPushButton::clicked, this, &RecordView::deleteRecord);
    connect(m_restore, &QPushButton::clicked, this, &RecordView::restoreRecord);
    connect(m_close, &QPushButton::clicked, this, &RecordView::closeRequested);
    connect(m_form, &RecordForm::modified, this, &RecordView::updateHeader);
    connect(m_form, &RecordForm::openRequested, this, &RecordView::openRequested);
    connect(m_related, &RelatedLists::openRequested, this, &RecordView::openRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RecordView::refreshTab);
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        // A write elsewhere (another list, trato-cli through a refresh) keeps History current.
        if (entity == m_entity && m_tabs->currentWidget() == m_historyView)
            refreshTab(m_tabs->currentIndex());
    });
    updateTitle();
}

bool RecordView::isModified() const
{
    return m_form->isModified();
}

QString RecordView::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool RecordView::confirmDiscard()
{
    if (!isModified())
        return true;
    switch (Dialogs::askUnsaved(this, m_title->text())) {
    case Dialogs::Unsaved::Save:
        return save();
    case Dialogs::Unsaved::Discard:
        if (isNew())
            m_form->setRecord({});
        else
            load(m_id);
        return true;
    case Dialogs::Unsaved::Cancel:
        break;
    }
    return false;
}

bool RecordView::openRecord(const QString &id)
{
    if (id == m_id && !id.isEmpty())
        return true;
    if (!confirmDiscard())
        return false;
    load(id);
    return true;
}

bool RecordView::newRecord()
{
    if (!confirmDiscard())
        return false;
    m_id.clear();
    m_deleted = false;
    m_error->hide();
    m_form->setRecord({});
    m_form->setEnabled(true);
    m_tabs->setCurrentIndex(0);
    m_related->setRecordId(QString());
    m_history->clear();
    updateTitle();
    m_form->focusFirstEditor();
    Q_EMIT loaded(QString());
    return true;
}

void RecordView::reload()
{
    if (!m_id.isEmpty())
        load(m_id);
}

void RecordView::load(const QString &id)
{
    m_error->hide();
    auto record = RecordStore(m_db).get(m_entity, id);
    if (!record) {
        m_id.clear();
        m_form->setRecord({});
        showError(record.error().message);
        updateTitle();
        return;
    }
    m_id = id;
    m_deleted = record.value().value(QStringLiteral("deleted")).toLongLong() != 0;
    m_form->setRecord(record.value());
    m_form->setEnabled(!m_deleted);
    refreshTab(m_tabs->currentIndex());
    updateTitle();
    Q_EMIT loaded(m_id);
}

void RecordView::refreshTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    if (index == 1) {
        m_related->setRecordId(m_id);
    } else if (page == m_historyView) {
        const Entity *e = m_db.registry()->entity(m_entity);
        auto entries = m_id.isEmpty() || !e ? Result<QList<HistoryEntry>>(QList<HistoryEntry>())
                                            : RecordStore(m_db).history(m_entity, m_id);
        if (e && entries)
            m_history->setEntries(*e, entries.value());
        else
            m_history->clear();
        m_historyView->resizeColumnsToContents();
    }
}

bool RecordView::save()
{
    if (m_deleted) {
        showError(tr("This record is in the Trash. Restore it before changing it."));
        return false;
    }
    const bool creating = isNew();
    auto changes = m_form->changes(creating);
    if (!changes) {
        showError(changes.error().message);
        return false;
    }
    // Likely duplicates: Open / Save anyway / Cancel (see DedupeActions).
    QString openId;
    if (!DedupeActions::confirmSave(this, m_db, m_entity, m_id, changes.value(), &openId)) {
        if (!openId.isEmpty())
            Q_EMIT openRequested(m_entity, openId);
        return false;
    }
    RecordStore store(m_db);
    if (creating) {
        auto id = store.create(m_entity, changes.value());
        if (!id) {
            showError(id.error().message);
            m_form->markError(id.error().message);
            return false;
        }
        m_id = id.value();
    } else if (!changes.value().isEmpty()) {
        const Status s = store.update(m_entity, m_id, changes.value());
        if (!s) {
            showError(s.error().message);
            m_form->markError(s.error().message);
            return false;
        }
    }
    load(m_id);
    Q_EMIT message(creating ? tr("Created %1.").arg(m_title->text()) : tr("Saved %1.").arg(m_title->text()));
    Q_EMIT saved(m_id);
    return true;
}

bool RecordView::deleteRecord()
{
    if (isNew() || m_deleted)
        return false;
    const Entity *e = m_db.registry()->entity(m_entity);
    const QString what = e ? e->displayLabel().toLower() : m_entity;
    if (!Dialogs::confirm(this, tr("Delete %1").arg(what),
                          tr("Move %1 to the Trash? You can restore it from there.").arg(m_title->text()),
                          tr("Move to Trash")))
        return false;
    const Status s = RecordStore(m_db).remove(m_entity, m_id);
    if (!s) {
        showError(s.error().message);
        return false;
    }
    const QString id = m_id;
    const QString title = m_title->text();
    load(id);
    Q_EMIT message(tr("Moved %1 to the Trash.").arg(title));
    Q_EMIT deleted(id);
    return true;
}

bool RecordView::restoreRecord()
{
    if (isNew() || !m_deleted)
        return false;
    const Status s = RecordStore(m_db).restore(m_entity, m_id);
    if (!s) {
        showError(s.error().message);
        return false;
    }
    const QString id = m_id;
    load(id);
    Q_EMIT message(tr("Restored %1.").arg(m_title->text()));
    Q_EMIT restored(id);
    return true;
}

void RecordView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RecordView::updateTitle()
{
    const Entity *e = m_db.registry()->entity(m_entity);
    QString title;
    if (isNew()) {
        title = tr("New %1").arg(e ? e->displayLabel().toLower() : m_entity);
    } else {
        title = RecordStore(m_db).displayName(m_entity, m_id);
        if (title.trimmed().isEmpty())
            title = tr("(no name)");
    }
    m_title->setText(title);
    m_title->setAccessibleName(title);
    updateHeader();
}

void RecordView::updateHeader()
{
    m_state->setText(m_deleted ? tr("In the Trash") : (isModified() ? tr("Unsaved changes") : QString()));
    m_save->setEnabled(!m_deleted);
    m_delete->setVisible(!isNew() && !m_deleted);
    m_restore->setVisible(m_deleted);
}

void RecordView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace trato
