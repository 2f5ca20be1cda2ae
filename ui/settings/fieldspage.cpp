// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldspage.h"

#include "customfielddialog.h"

#include "util/dialogs.h"
#include "util/icons.h"

#include "metadata/registry.h"
#include "store/customfields.h"
#include "store/database.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trato {

namespace {
enum Column { LabelColumn, NameColumn, TypeColumn, WhereColumn, ColumnCount };
}

FieldsPage::FieldsPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_entity(new QComboBox)
    , m_fields(new QTreeWidget)
    , m_add(new QPushButton(tr("&Add field…")))
    , m_remove(new QPushButton(tr("&Remove field")))
{
    setObjectName(QStringLiteral("fieldsPage"));
    m_entity->setObjectName(QStringLiteral("fieldsEntity"));
    m_entity->setAccessibleName(tr("Record type"));
    for (const Entity *e : db.registry()->entities())
        m_entity->addItem(Icons::entity(e->name), e->displayPluralLabel(), e->name);
    auto *entityLabel = new QLabel(tr("Fields &of:"));
    entityLabel->setBuddy(m_entity);

    m_fields->setObjectName(QStringLiteral("fieldsList"));
    m_fields->setAccessibleName(tr("Fields"));
    m_fields->setColumnCount(ColumnCount);
    m_fields->setHeaderLabels({tr("Label"), tr("Name"), tr("Type"), tr("Shown in")});
    m_fields->setRootIsDecorated(false);
    m_fields->setUniformRowHeights(true);
    m_fields->setAlternatingRowColors(true);
    m_fields->header()->setStretchLastSection(true);

    m_add->setObjectName(QStringLiteral("addFieldButton"));
    m_add->setAccessibleName(tr("Add field"));
    m_remove->setObjectName(QStringLiteral("removeFieldButton"));
    m_remove->setAccessibleName(tr("Remove field"));
    m_remove->setToolTip(tr("Only fields you added can be removed."));

    auto *note = new QLabel(tr("Fields you add appear at once in forms, lists, search, import and export. "
                               "Built-in fields cannot be removed."));
    note->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(entityLabel);
    top->addWidget(m_entity, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_fields, 1);
    layout->addLayout(buttons);
    layout->addWidget(note);

    connect(m_entity, &QComboBox::currentIndexChanged, this, &FieldsPage::showFields);
    connect(m_fields, &QTreeWidget::currentItemChanged, this, &FieldsPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &FieldsPage::onAdd);
    connect(m_remove, &QPushButton::clicked, this, &FieldsPage::onRemove);
    connect(db.registry(), &Registry::entityChanged, this, [this](const QString &entity) {
        if (entity == currentEntity())
            showFields();
    });
    showFields();
}

QString FieldsPage::currentEntity() const
{
    return m_entity->currentData().toString();
}

void FieldsPage::showFields()
{
    m_fields->clear();
    const Entity *e = m_db.registry()->entity(currentEntity());
    if (!e)
        return;
    for (const Field &f : e->fields) {
        if (f.name == QLatin1String("deleted"))
            continue;
        QStringList where;
        if (f.has(Field::InForm))
            where << tr("form");
        if (f.has(Field::InList))
            where << tr("list");
        if (f.has(Field::InSearch))
            where << tr("search");
        if (f.has(Field::InImport))
            where << tr("import");
        QString label = f.displayLabel();
        if (f.required)
            label += QStringLiteral(" *");
        auto *item = new QTreeWidgetItem(m_fields, {label, f.name, CustomFieldDialog::typeLabel(f.type), where.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, f.name);
        item->setData(0, Qt::UserRole + 1, f.custom);
        if (f.custom) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setToolTip(0, tr("Added by you"));
        } else if (f.system) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(0, tr("Kept by Trato"));
        }
    }
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_fields->resizeColumnToContents(c);
    updateButtons();
}

void FieldsPage::updateButtons()
{
    QTreeWidgetItem *item = m_fields->currentItem();
    m_remove->setEnabled(item && item->data(0, Qt::UserRole + 1).toBool());
}

bool FieldsPage::addField(const QString &entity, const Field &field)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = CustomFields::add(m_db, entity, field);
    QApplication::restoreOverrideCursor();
    if (!s) {
        Dialogs::error(this, tr("Add field"), s.error().message);
        return false;
    }
    const QString name = field.name.isEmpty() ? CustomFields::nameFromLabel(field.label) : field.name;
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i)
        if (m_fields->topLevelItem(i)->data(0, Qt::UserRole).toString() == name)
            m_fields->setCurrentItem(m_fields->topLevelItem(i));
    return true;
}

bool FieldsPage::removeField(const QString &entity, const QString &fieldName)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = CustomFields::remove(m_db, entity, fieldName);
    QApplication::restoreOverrideCursor();
    if (!s) {
        Dialogs::error(this, tr("Remove field"), s.error().message);
        return false;
    }
    return true;
}

void FieldsPage::onAdd()
{
    const QString entity = currentEntity();
    CustomFieldDialog dialog(m_db, entity, this);
    if (dialog.exec() == QDialog::Accepted)
        addField(entity, dialog.field());
}

void FieldsPage::onRemove()
{
    QTreeWidgetItem *item = m_fields->currentItem();
    if (!item || !item->data(0, Qt::UserRole + 1).toBool())
        return;
    const QString name = item->data(0, Qt::UserRole).toString();
    if (!Dialogs::confirm(this, tr("Remove field"),
                          tr("Remove the field \"%1\" and the values stored in it from every record? "
                             "This cannot be undone.").arg(item->text(0)),
                          tr("Remove field")))
        return;
    removeField(currentEntity(), name);
}

} // namespace trato
