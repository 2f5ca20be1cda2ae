// SPDX-License-Identifier: GPL-3.0-or-later
#include "customfielddialog.h"

#include "metadata/registry.h"
#include "store/customfields.h"
#include "store/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace trato {

namespace {
bool isTextual(FieldType t)
{
    return t == FieldType::Text || t == FieldType::LongText || t == FieldType::Email || t == FieldType::Phone
        || t == FieldType::Url;
}
bool isPicklist(FieldType t)
{
    return t == FieldType::Picklist || t == FieldType::MultiPicklist;
}
} // namespace

QString CustomFieldDialog::typeLabel(FieldType type)
{
    switch (type) {
    case FieldType::Text: return tr("Text");
    case FieldType::LongText: return tr("Long text");
    case FieldType::Email: return tr("Email");
    case FieldType::Phone: return tr("Phone");
    case FieldType::Url: return tr("Web address");
    case FieldType::Integer: return tr("Whole number");
    case FieldType::Decimal: return tr("Decimal number");
    case FieldType::Money: return tr("Money");
    case FieldType::Quantity: return tr("Quantity");
    case FieldType::Percent: return tr("Percent");
    case FieldType::Date: return tr("Date");
    case FieldType::DateTime: return tr("Date and time");
    case FieldType::Bool: return tr("Yes/No");
    case FieldType::Picklist: return tr("Picklist");
    case FieldType::MultiPicklist: return tr("Multi-select picklist");
    case FieldType::Tags: return tr("Tags");
    case FieldType::Relation: return tr("Link to a record");
    }
    return fieldTypeName(type);
}

CustomFieldDialog::CustomFieldDialog(Database &db, const QString &entity, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_entity(entity)
    , m_label(new QLineEdit)
    , m_name(new QLineEdit)
    , m_type(new QComboBox)
    , m_required(new QCheckBox(tr("A value is required")))
    , m_optionsLabel(new QLabel(tr("&Values:")))
    , m_options(new QPlainTextEdit)
    , m_targetLabel(new QLabel(tr("Links &to:")))
    , m_target(new QComboBox)
    , m_inList(new QCheckBox(tr("Show as a column in lists")))
    , m_inSearch(new QCheckBox(tr("Include in search")))
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("customFieldDialog"));
    const Entity *e = db.registry()->entity(entity);
    setWindowTitle(tr("New field for %1").arg(e ? e->displayPluralLabel().toLower() : entity));
    setAccessibleName(windowTitle());

    m_label->setObjectName(QStringLiteral("fieldLabel"));
    m_label->setAccessibleName(tr("Field label"));
    m_label->setPlaceholderText(tr("e.g. Customer code"));
    m_name->setObjectName(QStringLiteral("fieldName"));
    m_name->setAccessibleName(tr("Field name"));
    m_name->setToolTip(tr("The name used by trato-cli and in CSV files: lower-case letters, digits and _."));
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z][a-z0-9_]{0,39}")), m_name));
    m_type->setObjectName(QStringLiteral("fieldType"));
    m_type->setAccessibleName(tr("Field type"));
    for (FieldType t : allFieldTypes())
        m_type->addItem(typeLabel(t), int(t));
    m_required->setObjectName(QStringLiteral("fieldRequired"));
    m_required->setAccessibleName(m_required->text());
    m_options->setObjectName(QStringLiteral("fieldOptions"));
    m_options->setAccessibleName(tr("Picklist values, one per line"));
    m_options->setPlaceholderText(tr("One value per line"));
    m_options->setTabChangesFocus(true);
    m_options->setFixedHeight(m_options->fontMetrics().lineSpacing() * 5 + 12);
    m_optionsLabel->setBuddy(m_options);
    m_target->setObjectName(QStringLiteral("fieldTarget"));
    m_target->setAccessibleName(tr("Linked record type"));
    for (const Entity *t : db.registry()->entities())
        m_target->addItem(t->displayLabel(), t->name);
    m_targetLabel->setBuddy(m_target);
    m_inList->setObjectName(QStringLiteral("fieldInList"));
    m_inList->setAccessibleName(m_inList->text());
    m_inList->setChecked(true);
    m_inSearch->setObjectName(QStringLiteral("fieldInSearch"));
    m_inSearch->setAccessibleName(m_inSearch->text());
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    auto *labelLabel = new QLabel(tr("&Label:"));
    labelLabel->setBuddy(m_label);
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    auto *typeLabelWidget = new QLabel(tr("&Type:"));
    typeLabelWidget->setBuddy(m_type);
    form->addRow(labelLabel, m_label);
    form->addRow(nameLabel, m_name);
    form->addRow(typeLabelWidget, m_type);
    form->addRow(m_optionsLabel, m_options);
    form->addRow(m_targetLabel, m_target);
    form->addRow(QString(), m_required);
    form->addRow(QString(), m_inList);
    form->addRow(QString(), m_inSearch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add field"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Add field"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &CustomFieldDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomFieldDialog::reject);
    connect(m_label, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_nameEdited)
            m_name->setText(CustomFields::nameFromLabel(text));
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_type, &QComboBox::currentIndexChanged, this, &CustomFieldDialog::updateForType);
    updateForType();
}

void CustomFieldDialog::updateForType()
{
    const auto type = FieldType(m_type->currentData().toInt());
    m_optionsLabel->setVisible(isPicklist(type));
    m_options->setVisible(isPicklist(type));
    m_targetLabel->setVisible(type == FieldType::Relation);
    m_target->setVisible(type == FieldType::Relation);
    m_inSearch->setEnabled(isTextual(type));
    if (!isTextual(type))
        m_inSearch->setChecked(false);
    m_required->setEnabled(type != FieldType::Bool);
    if (type == FieldType::Bool)
        m_required->setChecked(false);
}

Field CustomFieldDialog::field() const
{
    Field f;
    f.label = m_label->text().trimmed();
    f.name = m_name->text().trimmed();
    f.type = FieldType(m_type->currentData().toInt());
    f.translatable = false;
    f.custom = true;
    f.required = m_required->isChecked();
    f.show = Field::InForm | Field::InImport;
    if (m_inList->isChecked())
        f.show |= Field::InList;
    if (m_inSearch->isChecked() && isTextual(f.type))
        f.show |= Field::InSearch;
    if (isPicklist(f.type)) {
        for (const QString &line : m_options->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString label = line.trimmed();
            QString key = CustomFields::nameFromLabel(label);
            if (key.isEmpty())
                key = label;
            if (!label.isEmpty())
                f.options.append({key, label, {}});
        }
    }
    if (f.type == FieldType::Relation)
        f.relationTarget = m_target->currentData().toString();
    return f;
}

void CustomFieldDialog::accept()
{
    const Field f = field();
    QString problem;
    if (f.label.isEmpty())
        problem = tr("Give the field a label.");
    else if (f.name.isEmpty())
        problem = tr("Give the field a name made of letters, digits and _.");
    else if (isPicklist(f.type) && f.options.isEmpty())
        problem = tr("A picklist needs at least one value.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace trato
