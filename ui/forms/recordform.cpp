// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordform.h"

#include "fieldeditor.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace trato {

RecordForm::RecordForm(Database &db, const QString &entity, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_entity(entity)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setAlignment(Qt::AlignTop);
    connect(db.registry(), &Registry::entityChanged, this, &RecordForm::onEntityChanged);
    rebuild();
}

void RecordForm::onEntityChanged(const QString &entity)
{
    if (entity != m_entity)
        return;
    // Keep what the user typed in fields that still exist.
    QHash<QString, QVariant> typed;
    for (FieldEditor *e : std::as_const(m_order)) {
        if (!e->isDirty())
            continue;
        auto v = e->value();
        if (v)
            typed.insert(e->fieldName(), v.value());
    }
    rebuild();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        if (FieldEditor *e = m_editors.value(it.key()))
            e->setEditedValue(it.value());
}

void RecordForm::rebuild()
{
    delete m_body;
    m_editors.clear();
    m_order.clear();
    m_body = new QWidget(this);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_body);
    // One form layout for all rows, so the labels of Trato's own fields line up with the others.
    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(4, 4, 4, 4);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    const Entity *e = m_db.registry()->entity(m_entity);
    if (!e)
        return;
    // Section headings from the metadata; fields a user added after a section get "Other details".
    auto addCaption = [this, form](const QString &text) {
        auto *caption = new QLabel(text, m_body);
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
        caption->setContentsMargins(0, 12, 0, 2);
        form->addRow(caption);
    };
    bool systemSection = false;
    QString section;
    for (const Field *f : e->fieldsWith(Field::InForm)) {
        if (f->system && !systemSection) {
            systemSection = true;
            addCaption(tr("Record information"));
        } else if (!f->system && f->section != section) {
            section = f->section;
            addCaption(section.isEmpty() ? tr("Other details") : f->displaySection());
        }
        FieldEditor *editor = FieldEditor::create(m_db, m_entity, *f, m_body);
        m_editors.insert(f->name, editor);
        m_order << editor;
        auto *label = new QLabel(f->required ? tr("%1 *").arg(f->displayLabel()) : f->displayLabel(), m_body);
        if (f->required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            label->setToolTip(tr("Required"));
        }
        label->setBuddy(editor);
        form->addRow(label, editor);
        connect(editor, &FieldEditor::edited, this, &RecordForm::modified);
        connect(editor, &FieldEditor::openRequested, this, &RecordForm::openRequested);
    }
    // Keyboard order follows the form top to bottom.
    for (int i = 1; i < m_order.size(); ++i)
        setTabOrder(m_order.at(i - 1), m_order.at(i));
    setRecord(m_record);
}

void RecordForm::setRecord(const Record &record)
{
    m_record = record;
    const bool creating = record.value(QStringLiteral("id")).toString().isEmpty();
    const Entity *e = m_db.registry()->entity(m_entity);
    for (FieldEditor *editor : std::as_const(m_order)) {
        QVariant v = record.value(editor->fieldName());
        if (creating && e) {
            const Field *f = e->field(editor->fieldName());
            if (f && !f->defaultValue.isEmpty())
                v = f->defaultValue;
            if (f && f->name == QLatin1String("owner") && !e->ownerOptional)
                v = m_db.user();
        }
        editor->setValue(v);
    }
}

bool RecordForm::isModified() const
{
    for (FieldEditor *e : m_order)
        if (e->isDirty())
            return true;
    return false;
}

Result<QVariantMap> RecordForm::changes(bool creating)
{
    QVariantMap values;
    for (FieldEditor *e : std::as_const(m_order)) {
        e->setError(QString());
        if (e->field().readOnly)
            continue;
        if (!creating && !e->isDirty())
            continue;
        auto v = e->value();
        if (!v) {
            e->setError(v.error().message);
            e->setFocus();
            return v.error();
        }
        if (e->field().required && (v.value().isNull() || v.value().toString().trimmed().isEmpty())) {
            const QString message = tr("%1 is required.").arg(e->field().displayLabel());
            e->setError(message);
            e->setFocus();
            return Error::badInput(message);
        }
        if (creating) {
            if (!v.value().isNull())
                values.insert(e->fieldName(), v.value());
        } else if (Value::plain(e->field(), v.value()) != Value::plain(e->field(), e->originalValue())) {
            values.insert(e->fieldName(), v.value());
        }
    }
    return values;
}

void RecordForm::markError(const QString &message)
{
    // Store messages begin with the field's name ("last_name is required.", "email: ...").
    for (FieldEditor *e : std::as_const(m_order)) {
        const QString name = e->fieldName();
        if (message.startsWith(name + QLatin1Char(':')) || message.startsWith(name + QLatin1Char(' '))) {
            e->setError(message);
            e->setFocus();
            return;
        }
    }
}

void RecordForm::focusFirstEditor()
{
    for (FieldEditor *e : std::as_const(m_order)) {
        if (!e->field().readOnly) {
            e->setFocus();
            return;
        }
    }
}

} // namespace trato
