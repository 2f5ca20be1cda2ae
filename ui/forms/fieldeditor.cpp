// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldeditor.h"

#include "optionaldatetimeedit.h"
#include "relationeditor.h"
#include "tagseditor.h"

#include "metadata/value.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QToolButton>

namespace trato {

namespace {

// Text, email, phone and web address: a line edit whose validator keeps out characters that can
// never be valid; the full check is Value::parse on save.
class TextEditor : public FieldEditor
{
public:
    explicit TextEditor(const Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(new QLineEdit)
    {
        QString pattern;
        switch (field.type) {
        case FieldType::Email:
            pattern = QStringLiteral("\\S*");
            m_edit->setPlaceholderText(FieldEditor::tr("name@example.com"));
            break;
        case FieldType::Phone:
            pattern = QStringLiteral("[0-9+() ./\\-xXext]*");
            break;
        case FieldType::Url:
            pattern = QStringLiteral("\\S*");
            m_edit->setPlaceholderText(FieldEditor::tr("www.example.com"));
            break;
        default:
            break;
        }
        if (!pattern.isEmpty())
            m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), m_edit));
        setEditor(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, [this] { markEdited(); });
    }

protected:
    void load(const QVariant &stored) override { m_edit->setText(stored.toString()); }
    Result<QVariant> parsed() const override
    {
        auto v = Value::parse(field(), m_edit->text().trimmed());
        return v ? v : Result<QVariant>(fieldError(v.error()));
    }

private:
    QLineEdit *m_edit;
};

class LongTextEditor : public FieldEditor
{
public:
    explicit LongTextEditor(const Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(new QPlainTextEdit)
    {
        m_edit->setTabChangesFocus(true); // keyboard users leave the box with Tab
        m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
        setEditor(m_edit);
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { markEdited(); });
    }

protected:
    void load(const QVariant &stored) override { m_edit->setPlainText(stored.toString()); }
    Result<QVariant> parsed() const override
    {
        const QString text = m_edit->toPlainText();
        return text.trimmed().isEmpty() ? QVariant() : QVariant(text);
    }

private:
    QPlainTextEdit *m_edit;
};

// Integer, decimal, money and percent: typed in the locale's format ("1.234,50" in Spain), parsed
// by Value::parse so money never passes through a double.
class NumberEditor : public FieldEditor
{
public:
    explicit NumberEditor(const Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(new QLineEdit)
    {
        m_edit->setAlignment(Qt::AlignRight);
        const QLocale locale;
        if (field.type == FieldType::Money)
            m_edit->setPlaceholderText(Value::display(field, QVariant(qlonglong(0)), locale));
        m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22);
        setEditor(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, [this] { markEdited(); });
    }

protected:
    void load(const QVariant &stored) override { m_edit->setText(Value::display(field(), stored)); }
    Result<QVariant> parsed() const override
    {
        auto v = Value::parse(field(), m_edit->text().trimmed());
        return v ? v : Result<QVariant>(fieldError(v.error()));
    }

private:
    QLineEdit *m_edit;
};

class DateEditor : public FieldEditor
{
public:
    explicit DateEditor(const Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(new OptionalDateTimeEdit(field.type == FieldType::DateTime))
        , m_clear(new QToolButton)
    {
        m_clear->setText(FieldEditor::tr("Clear"));
        m_clear->setToolTip(FieldEditor::tr("No date"));
        m_clear->setAccessibleName(FieldEditor::tr("Clear %1").arg(field.displayLabel()));
        setEditor(m_edit);
        layout()->addWidget(m_clear);
        static_cast<QHBoxLayout *>(layout())->addStretch(1);
        connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] { markEdited(); });
        connect(m_clear, &QToolButton::clicked, this, [this] { m_edit->setEmpty(); });
    }

protected:
    void load(const QVariant &stored) override
    {
        const QString text = stored.toString();
        if (field().type == FieldType::Date)
            m_edit->setValue(QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0)));
        else
            m_edit->setValue(QDateTime::fromString(text, Qt::ISODate).toLocalTime());
    }
    Result<QVariant> parsed() const override
    {
        const QDateTime dt = m_edit->value();
        if (!dt.isValid())
            return QVariant();
        auto v = Value::normalize(field(), field().type == FieldType::Date ? QVariant(dt.date()) : QVariant(dt));
        return v ? v : Result<QVariant>(fieldError(v.error()));
    }

private:
    OptionalDateTimeEdit *m_edit;
    QToolButton *m_clear;
};

class BoolEditor : public FieldEditor
{
public:
    explicit BoolEditor(const Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_box(new QCheckBox)
    {
        setEditor(m_box);
        connect(m_box, &QCheckBox::toggled, this, [this] { markEdited(); });
    }

protected:
    void load(const QVariant &stored) override { m_box->setChecked(stored.toLongLong() != 0); }
    Result<QVariant> parsed() const override { return QVariant(m_box->isChecked() ? 1 : 0); }

private:
    QCheckBox *m_box;
};

class PicklistEditor : public FieldEditor
{
public:
    explicit PicklistEditor(const Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_combo(new QComboBox)
    {
        if (!field.required)
            m_combo->addItem(FieldEditor::tr("(none)"), QVariant());
        for (const auto &o : field.options)
            m_combo->addItem(field.optionLabel(o.value), o.value);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        setEditor(m_combo);
        static_cast<QHBoxLayout *>(layout())->addStretch(1);
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { markEdited(); });
    }

protected:
    void load(const QVariant &stored) override
    {
        int index = stored.isNull() ? 0 : m_combo->findData(stored.toString());
        if (index < 0) {
            // A value no longer among the options (edited outside Trato): keep and show it.
            m_combo->addItem(stored.toString(), stored.toString());
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(index);
    }
    Result<QVariant> parsed() const override
    {
        const QVariant v = m_combo->currentData();
        return v.toString().isEmpty() ? QVariant() : v;
    }

private:
    QComboBox *m_combo;
};

// A checkable list: Space toggles the current option.
class MultiPicklistEditor : public FieldEditor
{
public:
    explicit MultiPicklistEditor(const Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_list(new QListWidget)
    {
        for (const auto &o : field.options) {
            auto *item = new QListWidgetItem(field.optionLabel(o.value), m_list);
            item->setData(Qt::UserRole, o.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
        const int rows = qBound(2, int(field.options.size()), 6);
        m_list->setFixedHeight(m_list->sizeHintForRow(0) * rows + 2 * m_list->frameWidth() + 2);
        setEditor(m_list);
        connect(m_list, &QListWidget::itemChanged, this, [this] { markEdited(); });
    }

protected:
    void load(const QVariant &stored) override
    {
        const QStringList keys = stored.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    Result<QVariant> parsed() const override
    {
        QStringList keys;
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->checkState() == Qt::Checked)
                keys << m_list->item(i)->data(Qt::UserRole).toString();
        return keys.isEmpty() ? QVariant() : QVariant(keys.join(QLatin1Char(';')));
    }

private:
    QListWidget *m_list;
};

// Fields Trato sets (created, modified, created by): shown, selectable, never written back.
class ReadOnlyEditor : public FieldEditor
{
public:
    explicit ReadOnlyEditor(const Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(new QLineEdit)
    {
        m_edit->setReadOnly(true);
        m_edit->setFrame(false);
        m_edit->setBackgroundRole(QPalette::Window);
        setEditor(m_edit);
    }

protected:
    void load(const QVariant &stored) override { m_edit->setText(Value::display(field(), stored)); }
    Result<QVariant> parsed() const override { return originalValue(); }

private:
    QLineEdit *m_edit;
};

} // namespace

FieldEditor::FieldEditor(const Field &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    // Editors keep their own height; spare room in the form goes below the last row.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

FieldEditor *FieldEditor::create(Database &db, const Field &field, QWidget *parent)
{
    return create(db, QString(), field, parent);
}

FieldEditor *FieldEditor::create(Database &db, const QString &entity, const Field &field, QWidget *parent)
{
    if (field.readOnly)
        return new ReadOnlyEditor(field, parent);
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Url:
        return new TextEditor(field, parent);
    case FieldType::LongText:
        return new LongTextEditor(field, parent);
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Money:
    case FieldType::Quantity:
    case FieldType::Percent:
        return new NumberEditor(field, parent);
    case FieldType::Date:
    case FieldType::DateTime:
        return new DateEditor(field, parent);
    case FieldType::Bool:
        return new BoolEditor(field, parent);
    case FieldType::Picklist:
        return new PicklistEditor(field, parent);
    case FieldType::MultiPicklist:
        return new MultiPicklistEditor(field, parent);
    case FieldType::Relation:
        return new RelationEditor(db, field, parent);
    case FieldType::Tags:
        return new TagsEditor(db, entity, field, parent);
    }
    return new TextEditor(field, parent);
}

void FieldEditor::setEditor(QWidget *editor)
{
    m_editor = editor;
    editor->setObjectName(QStringLiteral("editor_") + m_field.name);
    editor->setAccessibleName(m_field.displayLabel());
    if (m_field.required)
        editor->setAccessibleDescription(tr("Required"));
    layout()->addWidget(editor);
    setFocusProxy(editor);
}

void FieldEditor::setValue(const QVariant &stored)
{
    m_loading = true;
    m_original = stored;
    load(stored);
    m_dirty = false;
    m_loading = false;
    setError(QString());
}

void FieldEditor::setEditedValue(const QVariant &stored)
{
    m_loading = true;
    load(stored);
    m_loading = false;
    m_dirty = true;
}

Result<QVariant> FieldEditor::value() const
{
    if (!m_dirty)
        return m_original;
    return parsed();
}

void FieldEditor::markEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    if (property("invalid").toBool())
        setError(QString()); // the user is fixing it
    Q_EMIT edited();
}

void FieldEditor::setError(const QString &message)
{
    if (!m_editor)
        return;
    const bool invalid = !message.isEmpty();
    setProperty("invalid", invalid);
    m_editor->setToolTip(message);
    // A red frame that does not depend on the style's colours.
    m_editor->setStyleSheet(invalid ? QStringLiteral("border: 2px solid #d32f2f; border-radius: 3px;") : QString());
}

Error FieldEditor::fieldError(const Error &error) const
{
    // Core messages start with the field's name ("annual_revenue: ..."); people read its label.
    QString message = error.message;
    const QString prefix = m_field.name + QStringLiteral(": ");
    if (message.startsWith(prefix))
        message = m_field.displayLabel() + QStringLiteral(": ") + message.mid(prefix.size());
    return Error{error.kind, message};
}

} // namespace trato
