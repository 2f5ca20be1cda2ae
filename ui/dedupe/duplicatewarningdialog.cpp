// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatewarningdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trato {

DuplicateWarningDialog::DuplicateWarningDialog(const QString &entityLabel, const QList<DuplicateCandidate> &candidates,
                                               QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget)
    , m_open(new QPushButton(tr("&Open")))
    , m_save(new QPushButton(tr("&Save anyway")))
{
    setObjectName(QStringLiteral("duplicateWarning"));
    setWindowTitle(tr("Possible duplicate"));
    setAccessibleName(windowTitle());
    auto *text = new QLabel(candidates.size() == 1
                                ? tr("This %1 looks like one that already exists:").arg(entityLabel)
                                : tr("This %1 looks like %2 that already exist:").arg(entityLabel).arg(candidates.size()));
    text->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("duplicateCandidates"));
    m_list->setAccessibleName(tr("Existing records"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Why")});
    m_list->header()->setStretchLastSection(true);
    for (const auto &c : candidates) {
        auto *item = new QTreeWidgetItem(m_list, {c.title, duplicateReasonText(c.reasons)});
        item->setData(0, Qt::UserRole, c.id);
    }
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(0, qMax(m_list->columnWidth(0) + 24, 220));
    m_list->setCurrentItem(m_list->topLevelItem(0));

    m_open->setToolTip(tr("Open the selected record instead of saving this one"));
    m_save->setToolTip(tr("Save this record as well"));
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_open->setAutoDefault(false);
    m_save->setAutoDefault(false);
    cancel->setDefault(true); // Enter does not save a duplicate by accident

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 260);

    connect(m_open, &QPushButton::clicked, this, [this] {
        m_choice = Open;
        accept();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_choice = SaveAnyway;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_open, &QPushButton::click);
}

QString DuplicateWarningDialog::chosenId() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace trato
