// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterdialog.h"

#include "metadata/registry.h"
#include "search/filter.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace trato {

FilterDialog::FilterDialog(Database &db, const QString &entity, const QList<Condition> &conditions, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_entity(entity)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add condition")))
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("filterDialog"));
    const Entity *e = db.registry()->entity(entity);
    const QString plural = e ? e->displayPluralLabel().toLower() : entity;
    setWindowTitle(tr("Filter %1").arg(plural));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(tr("Show the %1 that meet all of these conditions:").arg(plural));
    m_rowsLayout->setSpacing(6);
    m_add->setObjectName(QStringLiteral("addCondition"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.last().field->setFocus();
    });
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FilterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FilterDialog::reject);

    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(addLine);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    RecordStore store(db);
    for (const Condition &c : conditions) {
        QString value = e ? Filter::valueText(*e, c) : c.value.toString();
        const Field *f = e ? e->field(c.field) : nullptr;
        // Picklists and relations show what people recognise; both parse back.
        if (f && f->type == FieldType::Picklist && !value.isEmpty())
            value = f->optionLabel(value);
        else if (f && f->type == FieldType::Relation && !value.isEmpty())
            value = store.displayName(f->relationTarget, value);
        addRow(c.field, c.op, value);
    }
    if (conditions.isEmpty())
        addRow();
    resize(qMax(sizeHint().width(), 640), sizeHint().height());
}

void FilterDialog::addRow(const QString &fieldName, Condition::Op op, const QString &value)
{
    const Entity *e = m_db.registry()->entity(m_entity);
    if (!e)
        return;
    Row row;
    row.widget = new QWidget;
    row.field = new QComboBox;
    row.op = new QComboBox;
    row.value = new QLineEdit;
    row.remove = new QPushButton(tr("Remove"));
    row.remove->setAutoDefault(false);
    const int n = int(m_rows.size()) + 1;
    row.field->setAccessibleName(tr("Field of condition %1").arg(n));
    row.op->setAccessibleName(tr("Operator of condition %1").arg(n));
    row.value->setAccessibleName(tr("Value of condition %1").arg(n));
    row.remove->setAccessibleName(tr("Remove condition %1").arg(n));

    QList<const Field *> fields;
    for (const Field &f : e->fields)
        if (f.name != QLatin1String("deleted") && f.name != QLatin1String("id"))
            fields << &f;
    std::sort(fields.begin(), fields.end(), [](const Field *a, const Field *b) {
        return a->displayLabel().localeAwareCompare(b->displayLabel()) < 0;
    });
    for (const Field *f : fields)
        row.field->addItem(f->displayLabel(), f->name);
    const int at = row.field->findData(fieldName.isEmpty() ? e->defaultSort : fieldName);
    row.field->setCurrentIndex(qMax(0, at));
    row.value->setText(value);
    row.value->setMinimumWidth(180);

    auto *line = new QHBoxLayout(row.widget);
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(row.field, 2);
    line->addWidget(row.op, 2);
    line->addWidget(row.value, 3);
    line->addWidget(row.remove);
    m_rowsLayout->addWidget(row.widget);
    m_rows << row;
    fillOperators(row, op);

    QWidget *widget = row.widget;
    connect(row.field, &QComboBox::currentIndexChanged, this, [this, widget] {
        for (const Row &r : std::as_const(m_rows))
            if (r.widget == widget)
                fillOperators(r, Condition::Op(r.op->currentData().toInt()));
    });
    connect(row.op, &QComboBox::currentIndexChanged, this, [this, widget] {
        for (const Row &r : std::as_const(m_rows)) {
            if (r.widget != widget)
                continue;
            const auto op = Condition::Op(r.op->currentData().toInt());
            r.value->setEnabled(Filter::takesValue(op));
            r.value->setPlaceholderText(Filter::takesDays(op) ? tr("number of days") : QString());
        }
    });
    connect(row.remove, &QPushButton::clicked, this, [this, widget] { removeRow(widget); });
}

void FilterDialog::fillOperators(const Row &row, Condition::Op preferred)
{
    const Entity *e = m_db.registry()->entity(m_entity);
    const Field *f = e ? e->field(row.field->currentData().toString()) : nullptr;
    if (!f)
        return;
    const QSignalBlocker block(row.op);
    row.op->clear();
    for (Condition::Op op : Filter::operatorsFor(*f))
        row.op->addItem(Filter::opLabel(op), int(op));
    const int at = row.op->findData(int(preferred));
    row.op->setCurrentIndex(qMax(0, at));
    const auto op = Condition::Op(row.op->currentData().toInt());
    row.value->setEnabled(Filter::takesValue(op));
    row.value->setPlaceholderText(Filter::takesDays(op) ? tr("number of days") : QString());
    // Picklists complete their labels.
    QStringList options;
    for (const PicklistOption &o : f->options)
        options << f->optionLabel(o.value);
    if (options.isEmpty()) {
        row.value->setCompleter(nullptr);
    } else {
        auto *completer = new QCompleter(options, row.value);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        row.value->setCompleter(completer);
    }
}

void FilterDialog::removeRow(QWidget *rowWidget)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == rowWidget) {
            m_rows.removeAt(i);
            rowWidget->deleteLater();
            return;
        }
    }
}

QComboBox *FilterDialog::fieldBox(int row) const
{
    return m_rows.value(row).field;
}

QComboBox *FilterDialog::operatorBox(int row) const
{
    return m_rows.value(row).op;
}

QLineEdit *FilterDialog::valueEdit(int row) const
{
    return m_rows.value(row).value;
}

QPushButton *FilterDialog::removeButton(int row) const
{
    return m_rows.value(row).remove;
}

void FilterDialog::accept()
{
    const Entity *e = m_db.registry()->entity(m_entity);
    if (!e)
        return;
    RecordStore store(m_db);
    QList<Condition> out;
    for (const Row &row : std::as_const(m_rows)) {
        row.value->setStyleSheet(QString());
        const auto op = Condition::Op(row.op->currentData().toInt());
        auto c = Filter::make(*e, row.field->currentData().toString(), op, row.value->text(), QLocale(), &store);
        if (!c) {
            m_error->setText(c.error().message);
            m_error->show();
            row.value->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
            row.value->setToolTip(c.error().message);
            row.value->setFocus();
            return;
        }
        out << c.value();
    }
    m_error->hide();
    m_result = out;
    QDialog::accept();
}

} // namespace trato
