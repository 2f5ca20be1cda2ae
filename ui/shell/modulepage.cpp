// SPDX-License-Identifier: GPL-3.0-or-later
#include "modulepage.h"

#include "util/icons.h"

#include "metadata/registry.h"
#include "store/database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaMethod>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace trato {

ModulePage::ModulePage(Database &db, const QString &title, const QStringList &entities, RecordListView::Mode mode,
                       const QString &emptyText, const QList<QWidget *> &extraPages, const QList<QWidget *> &afterPages,
                       QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_entities(entities)
    , m_mode(mode)
    , m_extraPages(extraPages)
    , m_afterPages(afterPages)
{
    auto *heading = new QLabel(title);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    heading->setAccessibleName(title);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(12, 8, 12, 0);
    top->addWidget(heading);
    top->addSpacing(16);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);

    if (entities.isEmpty() && extraPages.isEmpty() && afterPages.isEmpty()) {
        top->addStretch(1);
        auto *empty = new QLabel(emptyText);
        empty->setObjectName(QStringLiteral("emptyState"));
        empty->setWordWrap(true);
        empty->setAlignment(Qt::AlignCenter);
        empty->setMargin(40);
        empty->setAccessibleName(emptyText);
        empty->setStyleSheet(QStringLiteral("color: palette(dark); font-size: 11pt;"));
        layout->addWidget(empty, 1);
        return;
    }

    m_stack = new QStackedWidget;
    for (QWidget *page : extraPages + afterPages) {
        // A module's own page opens records with a signal openRecord(entity, id) (the calendar,
        // telemarketing): it goes where a list's openElsewhere goes.
        const int signal = page->metaObject()->indexOfSignal("openRecord(QString,QString)");
        if (signal >= 0)
            connect(page, page->metaObject()->method(signal), this,
                    metaObject()->method(metaObject()->indexOfSignal("openElsewhere(QString,QString)")));
    }
    for (int i = 0; i < entities.size(); ++i)
        m_slots << new QWidget;
    // Stack order = tab order: own pages before, list slots, own pages after.
    for (QWidget *page : extraPages)
        m_stack->addWidget(page);
    for (QWidget *slot : std::as_const(m_slots))
        m_stack->addWidget(slot);
    for (QWidget *page : afterPages)
        m_stack->addWidget(page);

    if (mode == RecordListView::Mode::Trash) {
        auto *explain = new QLabel(tr("Deleted records stay here until you restore them or delete them permanently."));
        explain->setWordWrap(true);
        auto *pickLabel = new QLabel(tr("&Show:"));
        m_picker = new QComboBox;
        m_picker->setObjectName(QStringLiteral("trashEntityPicker"));
        m_picker->setAccessibleName(tr("Kind of deleted records to show"));
        pickLabel->setBuddy(m_picker);
        for (const QString &entity : entities) {
            const Entity *e = db.registry()->entity(entity);
            m_picker->addItem(Icons::entity(entity, e ? e->displayPluralLabel() : QString()), e ? e->displayPluralLabel() : entity, entity);
        }
        top->addWidget(pickLabel);
        top->addWidget(m_picker);
        top->addSpacing(12);
        top->addWidget(explain, 1);
        connect(m_picker, &QComboBox::currentIndexChanged, this, &ModulePage::setCurrentIndex);
    } else {
        m_tabs = new QTabBar;
        m_tabs->setObjectName(QStringLiteral("entityTabs"));
        m_tabs->setAccessibleName(tr("Lists of %1").arg(title));
        m_tabs->setDrawBase(false);
        m_tabs->setExpanding(false);
        // A page title is text, not a mnemonic: "Segments & scores" keeps its ampersand.
        auto pageLabel = [](const QWidget *page) { return page->windowTitle().replace(QLatin1Char('&'), QStringLiteral("&&")); };
        for (QWidget *page : extraPages)
            m_tabs->addTab(page->windowIcon(), pageLabel(page));
        for (const QString &entity : entities) {
            const Entity *e = db.registry()->entity(entity);
            m_tabs->addTab(Icons::entity(entity, e ? e->displayPluralLabel() : QString()), e ? e->displayPluralLabel() : entity);
        }
        for (QWidget *page : afterPages)
            m_tabs->addTab(page->windowIcon(), pageLabel(page));
        // One list needs no tabs: its name is the page's.
        m_tabs->setVisible(tabCount() > 1);
        top->addWidget(m_tabs, 0, Qt::AlignBottom);
        top->addStretch(1);
        connect(m_tabs, &QTabBar::currentChanged, this, &ModulePage::setCurrentIndex);
    }
    layout->addWidget(m_stack, 1);
}

void ModulePage::showEvent(QShowEvent *event)
{
    // The first list is made when the page first shows: startup on Home opens no list at all.
    if (m_stack && m_views.isEmpty())
        setCurrentIndex(m_tabs ? m_tabs->currentIndex() : m_picker->currentIndex());
    QWidget::showEvent(event);
}

void ModulePage::setCurrentIndex(int tab)
{
    if (tab < 0 || tab >= tabCount())
        return;
    if (m_tabs && m_tabs->currentIndex() != tab)
        m_tabs->setCurrentIndex(tab);
    if (tab < m_extraPages.size()) {
        showOwnPage(m_extraPages.at(tab));
        return;
    }
    if (tab >= m_extraPages.size() + m_entities.size()) {
        showOwnPage(m_afterPages.at(tab - m_extraPages.size() - m_entities.size()));
        return;
    }
    const int index = tab - int(m_extraPages.size());
    const QString entity = m_entities.at(index);
    RecordListView *view = m_views.value(entity);
    if (!view) {
        view = new RecordListView(m_db, entity, m_mode);
        QWidget *slot = m_slots.at(index);
        m_stack->insertWidget(tab, view);
        m_stack->removeWidget(slot);
        slot->deleteLater();
        m_slots[index] = view;
        m_views.insert(entity, view);
        connect(view, &RecordListView::totalCountChanged, this, [this, view](qint64 total) {
            if (m_stack->currentWidget() == view)
                Q_EMIT countChanged(total);
        });
        connect(view, &RecordListView::openElsewhere, this, &ModulePage::openElsewhere);
        connect(view, &RecordListView::message, this, &ModulePage::message);
    }
    if (m_picker && m_picker->currentIndex() != index)
        m_picker->setCurrentIndex(index);
    m_stack->setCurrentWidget(view);
    setFocusProxy(view);
    Q_EMIT countChanged(view->totalCount());
}

void ModulePage::showOwnPage(QWidget *page)
{
    m_stack->setCurrentWidget(page);
    setFocusProxy(page);
    Q_EMIT countChanged(-1);
}

RecordListView *ModulePage::currentListView()
{
    if (!m_stack)
        return nullptr;
    if (m_views.isEmpty() && m_extraPages.isEmpty()) // the first tab is a list: make it
        setCurrentIndex(m_tabs ? m_tabs->currentIndex() : m_picker->currentIndex());
    return qobject_cast<RecordListView *>(m_stack->currentWidget());
}

bool ModulePage::showPage(const QString &objectName)
{
    for (int i = 0; i < m_extraPages.size(); ++i)
        if (m_extraPages.at(i)->objectName() == objectName) {
            setCurrentIndex(i);
            return true;
        }
    for (int i = 0; i < m_afterPages.size(); ++i)
        if (m_afterPages.at(i)->objectName() == objectName) {
            setCurrentIndex(int(m_extraPages.size() + m_entities.size()) + i);
            return true;
        }
    return false;
}

RecordListView *ModulePage::showEntity(const QString &entity)
{
    const int index = int(m_entities.indexOf(entity));
    if (index < 0)
        return nullptr;
    setCurrentIndex(index + int(m_extraPages.size()));
    return m_views.value(entity);
}

bool ModulePage::confirmClose()
{
    for (RecordListView *view : std::as_const(m_views))
        if (!view->confirmClose())
            return false;
    return true;
}

} // namespace trato
