// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatesdialog.h"

#include "mergedialog.h"

#include "metadata/registry.h"
#include "store/database.h"
#include "util/background.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <atomic>
#include <climits>

namespace trato {

DuplicatesDialog::DuplicatesDialog(Database &db, const QString &entity, const QString &region, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_entity(entity)
    , m_region(region)
    , m_summary(new QLabel)
    , m_progress(new QProgressBar)
    , m_tree(new QTreeWidget)
    , m_merge(new QPushButton(tr("&Merge…")))
    , m_open(new QPushButton(tr("&Open")))
    , m_cancelScan(new QPushButton(tr("&Stop")))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    const Entity *e = db.registry()->entity(entity);
    setWindowTitle(tr("Duplicate %1").arg(e ? e->displayPluralLabel().toLower() : entity));
    setAccessibleName(windowTitle());
    m_summary->setObjectName(QStringLiteral("duplicatesSummary"));
    m_summary->setWordWrap(true);
    m_progress->setAccessibleName(tr("Progress"));
    m_tree->setObjectName(QStringLiteral("duplicateGroups"));
    m_tree->setAccessibleName(tr("Groups of duplicates"));
    m_tree->setHeaderLabels({tr("Record"), tr("Why")});
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_merge->setToolTip(tr("Merge the records of the selected group"));
    m_open->setToolTip(tr("Open the selected record"));

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelScan, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(640, 480);

    connect(buttons, &QDialogButtonBox::rejected, this, &DuplicatesDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_tree->currentItem();
        if (item && item->parent())
            Q_EMIT openRequested(m_entity, item->data(0, Qt::UserRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, m_open, &QPushButton::click);
    connect(m_cancelScan, &QPushButton::clicked, this, [this] { m_cancel->store(true); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::updateButtons);
    updateButtons();
}

DuplicatesDialog::~DuplicatesDialog()
{
    m_cancel->store(true); // a running scan stops at its next progress call
}

void DuplicatesDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started)
        start();
}

void DuplicatesDialog::reject()
{
    m_cancel->store(true);
    QDialog::reject();
}

void DuplicatesDialog::start()
{
    m_started = true;
    m_scanning = true;
    m_cancel->store(false);
    m_tree->clear();
    m_summary->setText(tr("Looking for duplicates…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelScan->show();
    updateButtons();
    QPointer<DuplicatesDialog> self(this);
    auto cancel = m_cancel;
    const QString entity = m_entity;
    const QString region = m_region;
    runInBackground(
        m_db, this,
        [entity, region, cancel, self](Database &db) {
            DuplicateFinder finder(db, region);
            return finder.scan(
                entity,
                [cancel, self](qint64 done, qint64 total) {
                    QMetaObject::invokeMethod(QCoreApplication::instance(), [self, done, total] {
                        if (self) {
                            self->m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
                            self->m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
                        }
                    }, Qt::QueuedConnection);
                    return !cancel->load();
                },
                kMaxGroups);
        },
        [this](Result<DuplicateScan> result) {
            m_scanning = false;
            m_progress->hide();
            m_cancelScan->hide();
            if (!result)
                m_summary->setText(result.error().message);
            else
                showScan(result.value());
            updateButtons();
            Q_EMIT scanFinished();
        });
}

void DuplicatesDialog::showScan(const DuplicateScan &scan)
{
    m_tree->clear();
    if (scan.totalGroups == 0) {
        m_summary->setText(tr("No duplicates among %1 records.").arg(scan.scanned));
        return;
    }
    QString text = tr("Groups of duplicates: %1 (%2 of %3 records).").arg(scan.totalGroups).arg(scan.duplicates).arg(scan.scanned);
    if (scan.totalGroups > scan.groups.size())
        text += QLatin1Char(' ') + tr("The largest %1 are shown; merge them and search again for the rest.").arg(scan.groups.size());
    m_summary->setText(text);
    int number = 0;
    for (const auto &g : scan.groups) {
        ++number;
        auto *top = new QTreeWidgetItem(m_tree, {tr("Group %1 (%2 records)").arg(number).arg(g.ids.size()),
                                                 duplicateReasonText(g.reasons)});
        top->setData(0, Qt::UserRole + 1, g.ids);
        for (int i = 0; i < g.ids.size(); ++i) {
            auto *child = new QTreeWidgetItem(top, {g.titles.at(i), QString()});
            child->setData(0, Qt::UserRole, g.ids.at(i));
        }
    }
    m_tree->expandToDepth(0);
    m_tree->resizeColumnToContents(0);
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

QString DuplicatesDialog::summaryText() const
{
    return m_summary->text();
}

QStringList DuplicatesDialog::selectedGroupIds() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    if (item->parent())
        item = item->parent();
    return item->data(0, Qt::UserRole + 1).toStringList();
}

void DuplicatesDialog::mergeSelected()
{
    const QStringList ids = selectedGroupIds();
    if (ids.size() < 2)
        return;
    MergeDialog dialog(m_db, m_entity, ids, this);
    if (dialog.exec() == QDialog::Accepted)
        start();
}

void DuplicatesDialog::updateButtons()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    m_merge->setEnabled(!m_scanning && item);
    m_open->setEnabled(!m_scanning && item && item->parent());
}

} // namespace trato
