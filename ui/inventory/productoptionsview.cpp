// SPDX-License-Identifier: GPL-3.0-or-later
#include "productoptionsview.h"

#include "configuredialog.h"

#include "inventory/configuration.h"
#include "metadata/value.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trato {

namespace {
enum Role { IdRole = Qt::UserRole, KindRole };
const QString kGroup = QStringLiteral("product_option_group");
const QString kOption = QStringLiteral("product_option");
} // namespace

ProductOptionsView::ProductOptionsView(Database &db, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
    , m_tree(new QTreeWidget)
    , m_pairs(new QListWidget)
    , m_addOption(new QPushButton(tr("Add option…")))
    , m_rename(new QPushButton(tr("Rename…")))
    , m_delete(new QPushButton(tr("Delete")))
    , m_required(new QPushButton(tr("Required / optional")))
    , m_removePair(new QPushButton(tr("Remove")))
{
    setObjectName(QStringLiteral("productOptions"));
    setWindowTitle(tr("Options"));
    m_tree->setObjectName(QStringLiteral("optionTree"));
    m_tree->setHeaderLabels({tr("Group / option"), tr("SKU code"), tr("Price change"), tr("Default"), tr("Required")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setRootIsDecorated(true);
    m_pairs->setObjectName(QStringLiteral("incompatibleList"));
    m_pairs->setMaximumHeight(110);
    auto *addGroup = new QPushButton(tr("Add group…"));
    auto *addPair = new QPushButton(tr("Add incompatible pair…"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {addGroup, m_addOption, m_rename, m_required, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *pairButtons = new QHBoxLayout;
    pairButtons->addWidget(addPair);
    pairButtons->addWidget(m_removePair);
    pairButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Options that cannot be chosen together:")));
    layout->addWidget(m_pairs);
    layout->addLayout(pairButtons);
    connect(addGroup, &QPushButton::clicked, this, &ProductOptionsView::addGroupClicked);
    connect(m_addOption, &QPushButton::clicked, this, &ProductOptionsView::addOptionClicked);
    connect(m_rename, &QPushButton::clicked, this, &ProductOptionsView::renameClicked);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_required, &QPushButton::clicked, this, [this] { toggleRequired(); });
    connect(addPair, &QPushButton::clicked, this, &ProductOptionsView::addPairClicked);
    connect(m_removePair, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_pairs->currentItem())
            if (report(RecordStore(m_db).remove(QStringLiteral("option_incompatibility"), item->data(IdRole).toString())))
                reload();
    });
    auto updateButtons = [this] {
        QTreeWidgetItem *item = m_tree->currentItem();
        m_addOption->setEnabled(m_tree->topLevelItemCount() > 0);
        m_rename->setEnabled(item);
        m_delete->setEnabled(item);
        m_required->setEnabled(item && item->data(0, KindRole).toString() == kGroup);
    };
    connect(m_tree, &QTreeWidget::currentItemChanged, this, updateButtons);
    connect(m_pairs, &QListWidget::currentItemChanged, this, [this] { m_removePair->setEnabled(m_pairs->currentItem()); });
    updateButtons();
    m_removePair->setEnabled(false);
}

void ProductOptionsView::setRecordId(const QString &id)
{
    m_id = id;
    setEnabled(!id.isEmpty());
    reload();
}

void ProductOptionsView::reload()
{
    m_tree->clear();
    m_pairs->clear();
    if (m_id.isEmpty())
        return;
    // A product's options: a few dozen rows by indexed lookups, fine on the GUI thread.
    auto loaded = Configuration::load(m_db, m_id);
    if (!loaded)
        return;
    const ProductOptions &o = loaded.value();
    for (const ProductOptionGroup &g : o.groups) {
        auto *group = new QTreeWidgetItem(m_tree, {g.name, QString(), QString(), QString(), g.required ? tr("Yes") : tr("No")});
        group->setData(0, IdRole, g.id);
        group->setData(0, KindRole, kGroup);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const ProductOption &op : g.options) {
            auto *item = new QTreeWidgetItem(group, {op.name, op.code, Value::formatCents(op.priceDelta), op.isDefault ? tr("Yes") : QString()});
            item->setData(0, IdRole, op.id);
            item->setData(0, KindRole, kOption);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_tree->expandAll();
    for (int c = 1; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    for (const OptionIncompatibility &i : o.incompatibilities) {
        const ProductOption *a = o.optionById(i.optionA);
        const ProductOption *b = o.optionById(i.optionB);
        if (!a || !b)
            continue; // an option in the Trash: the pair no longer matters
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(a->name, b->name), m_pairs);
        item->setData(IdRole, i.id);
    }
    m_addOption->setEnabled(!o.groups.isEmpty());
}

bool ProductOptionsView::report(const Status &status)
{
    if (!status)
        Q_EMIT message(status.error().message);
    return status.ok();
}

bool ProductOptionsView::addGroup(const QString &name, bool required)
{
    auto r = Configuration::addGroup(m_db, m_id, name, required);
    reload();
    return report(r ? Status() : Status(r.error()));
}

bool ProductOptionsView::addOption(const QString &group, const QString &name, const QString &code, qint64 priceDelta, bool isDefault)
{
    auto r = Configuration::addOption(m_db, m_id, group, name, code, priceDelta, isDefault);
    reload();
    return report(r ? Status() : Status(r.error()));
}

bool ProductOptionsView::addIncompatibility(const QString &optionA, const QString &optionB)
{
    auto r = Configuration::addIncompatibility(m_db, m_id, optionA, optionB);
    reload();
    return report(r ? Status() : Status(r.error()));
}

bool ProductOptionsView::renameSelected(const QString &name)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || name.trimmed().isEmpty())
        return false;
    const bool ok = report(RecordStore(m_db).update(item->data(0, KindRole).toString(), item->data(0, IdRole).toString(),
                                                    {{QStringLiteral("name"), name.trimmed()}}));
    reload();
    return ok;
}

bool ProductOptionsView::deleteSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return false;
    const bool ok = report(RecordStore(m_db).remove(item->data(0, KindRole).toString(), item->data(0, IdRole).toString()));
    reload();
    return ok;
}

bool ProductOptionsView::toggleRequired()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->data(0, KindRole).toString() != kGroup)
        return false;
    const bool required = item->text(4) == tr("Yes");
    const bool ok = report(RecordStore(m_db).update(kGroup, item->data(0, IdRole).toString(), {{QStringLiteral("required"), required ? 0 : 1}}));
    reload();
    return ok;
}

void ProductOptionsView::addGroupClicked()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add option group"), tr("Group name (for example Color):"), QLineEdit::Normal,
                                               QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        addGroup(name, true);
}

void ProductOptionsView::addOptionClicked()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add option"));
    auto *group = new QComboBox;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        group->addItem(m_tree->topLevelItem(i)->text(0));
    if (QTreeWidgetItem *current = m_tree->currentItem()) {
        QTreeWidgetItem *top = current->parent() ? current->parent() : current;
        group->setCurrentIndex(m_tree->indexOfTopLevelItem(top));
    }
    auto *name = new QLineEdit;
    auto *code = new QLineEdit;
    auto *delta = new QLineEdit(QStringLiteral("0"));
    auto *isDefault = new QCheckBox(tr("Default choice of the group"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Group:"), group);
    form->addRow(tr("Option name:"), name);
    form->addRow(tr("SKU code:"), code);
    form->addRow(tr("Price change:"), delta);
    form->addRow(QString(), isDefault);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    qint64 cents = 0;
    QString why;
    if (!Value::parseMoney(delta->text(), QLocale(), &cents, &why)) {
        Q_EMIT message(tr("Price change: %1").arg(why));
        return;
    }
    addOption(group->currentText(), name->text(), code->text(), cents, isDefault->isChecked());
}

void ProductOptionsView::addPairClicked()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Incompatible options"));
    auto *a = new QComboBox;
    auto *b = new QComboBox;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_tree->topLevelItem(i);
        for (int j = 0; j < g->childCount(); ++j) {
            const QString label = g->text(0) + QStringLiteral(": ") + g->child(j)->text(0);
            a->addItem(label, g->child(j)->data(0, IdRole));
            b->addItem(label, g->child(j)->data(0, IdRole));
        }
    }
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Option:"), a);
    form->addRow(tr("Cannot go with:"), b);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        addIncompatibility(a->currentData().toString(), b->currentData().toString());
}

void ProductOptionsView::renameClicked()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("New name:"), QLineEdit::Normal, item->text(0), &ok);
    if (ok)
        renameSelected(name);
}

ConfigureButton::ConfigureButton(Database &db, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
    , m_button(new QPushButton(tr("Configure…")))
{
    setObjectName(QStringLiteral("configureProduct"));
    m_button->setToolTip(tr("Try a choice of options: price, SKU and incompatibilities"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] {
        ConfigureDialog dialog(m_db, m_id, QString(), this);
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT message(tr("%1: %2 (%3)").arg(dialog.result().sku, dialog.result().text, Value::formatCents(dialog.result().price)));
    });
    setVisible(false);
}

void ConfigureButton::setRecordId(const QString &id)
{
    m_id = id;
    setVisible(!id.isEmpty());
}

void registerCatalogViews()
{
    using RecordViewExtensions::Place;
    RecordViewExtensions::add(QStringLiteral("product"), Place::Tab, [](Database &db) { return new ProductOptionsView(db); });
    RecordViewExtensions::add(QStringLiteral("product"), Place::Action, [](Database &db) { return new ConfigureButton(db); });
}

} // namespace trato
