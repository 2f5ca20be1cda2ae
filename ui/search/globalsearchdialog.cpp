// SPDX-License-Identifier: GPL-3.0-or-later
#include "globalsearchdialog.h"

#include "metadata/value.h"

#include "searchresultmodel.h"

#include "util/background.h"

#include "search/globalsearch.h"
#include "store/database.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace trato {

GlobalSearchDialog::GlobalSearchDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_edit(new QLineEdit)
    , m_view(new QTreeView)
    , m_status(new QLabel)
    , m_model(new SearchResultModel(*db.registry(), this))
{
    setObjectName(QStringLiteral("globalSearch"));
    setWindowTitle(tr("Search everything"));
    setAccessibleName(windowTitle());
    resize(620, 460);

    m_edit->setObjectName(QStringLiteral("globalSearchEdit"));
    m_edit->setPlaceholderText(tr("Search accounts, contacts, leads… (names, emails, phones, cities)"));
    m_edit->setAccessibleName(tr("Search text"));
    m_edit->setClearButtonEnabled(true);
    QFont bigger = m_edit->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    m_edit->setFont(bigger);
    m_edit->installEventFilter(this);

    m_view->setObjectName(QStringLiteral("globalSearchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->installEventFilter(this);

    m_status->setObjectName(QStringLiteral("globalSearchStatus"));
    m_status->setText(tr("Type to search. Accents don't matter; \"jose gar\" finds \"José García\"."));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(80); // light: results of superseded searches are dropped
    connect(&m_debounce, &QTimer::timeout, this, &GlobalSearchDialog::search);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_view, &QTreeView::activated, this, &GlobalSearchDialog::openIndex);
    connect(m_view, &QTreeView::doubleClicked, this, &GlobalSearchDialog::openIndex);
}

void GlobalSearchDialog::activate()
{
    show();
    raise();
    activateWindow();
    m_edit->setFocus();
    m_edit->selectAll();
}

void GlobalSearchDialog::search()
{
    const QString text = m_edit->text().trimmed();
    const quint64 generation = ++m_generation;
    if (text.isEmpty()) {
        m_searching = false;
        m_openWhenReady = false;
        m_model->clear();
        m_status->setText(tr("Type to search."));
        Q_EMIT searchFinished();
        return;
    }
    m_status->setText(tr("Searching…"));
    m_searching = true;
    // FTS over every entity: a one-letter prefix on a big database takes a while, so never here.
    runInBackground(
        m_db, this, [text](Database &db) { return GlobalSearch(db).search(text, 10); },
        [this, generation, text](Result<QList<SearchHit>> result) {
            if (generation != m_generation)
                return; // the user typed on; a newer search is coming
            m_searching = false;
            if (!result) {
                m_openWhenReady = false;
                m_model->clear();
                m_status->setText(tr("The search failed: %1").arg(result.error().message));
                Q_EMIT searchFinished();
                return;
            }
            m_model->setHits(result.value());
            m_view->expandAll();
            m_view->setColumnWidth(0, m_view->viewport()->width() * 11 / 20);
            const QModelIndex first = m_model->firstHit();
            if (first.isValid())
                m_view->setCurrentIndex(first);
            const int n = m_model->hitCount();
            m_status->setText(n == 0 ? tr("Nothing matches \"%1\".").arg(text)
                                     : tr("Matches: %1. Enter opens the selected one.").arg(Value::formatInteger(n)));
            Q_EMIT searchFinished();
            if (m_openWhenReady) {
                m_openWhenReady = false;
                if (first.isValid())
                    openIndex(first);
            }
        });
}

void GlobalSearchDialog::openIndex(const QModelIndex &index)
{
    QModelIndex hit = index.siblingAtColumn(0);
    if (!m_model->isHit(hit)) {
        // A group row: open its first record.
        hit = m_model->index(0, 0, hit);
        if (!hit.isValid())
            return;
    }
    const QString entity = hit.data(SearchResultModel::EntityRole).toString();
    const QString id = hit.data(SearchResultModel::IdRole).toString();
    hide();
    if (parentWidget())
        parentWidget()->window()->activateWindow(); // keyboard focus back to the window behind
    Q_EMIT openRequested(entity, id);
}

bool GlobalSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp: {
            // Arrows move through the results while typing continues in the box; group rows are
            // stepped over.
            const QModelIndex before = m_view->currentIndex();
            for (int i = 0; i < 3; ++i) {
                QKeyEvent copy(key->type(), key->key(), key->modifiers());
                QCoreApplication::sendEvent(m_view, &copy);
                if (m_model->isHit(m_view->currentIndex()))
                    break;
            }
            if (!m_model->isHit(m_view->currentIndex()) && m_model->isHit(before))
                m_view->setCurrentIndex(before);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_debounce.isActive() || m_searching) {
                // Typed and pressed Enter at once: open the best match once it arrives, not a stale one.
                m_openWhenReady = true;
                return true;
            }
            if (m_view->currentIndex().isValid())
                openIndex(m_view->currentIndex());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace trato
