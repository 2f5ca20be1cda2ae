// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedialog.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace trato {

MergeDialog::MergeDialog(Database &db, const QString &entity, const QStringList &ids, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_entity(entity)
    , m_ids(ids)
    , m_error(new QLabel)
    , m_merge(new QPushButton(tr("&Merge")))
{
    setObjectName(QStringLiteral("mergeDialog"));
    const Entity *e = db.registry()->entity(entity);
    setWindowTitle(tr("Merge %1").arg(e ? e->displayPluralLabel().toLower() : entity));
    setAccessibleName(windowTitle());
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
                                          " border-radius: 4px; padding: 6px;"));
    m_error->hide();

    auto pv = MergeService(db).preview(entity, ids.value(0), ids.mid(1));
    auto *layout = new QVBoxLayout(this);
    if (!pv) {
        m_errorText = pv.error().message;
        m_error->setText(m_errorText);
        m_error->show();
        layout->addWidget(m_error);
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(close);
        return;
    }
    m_valid = true;
    m_records = pv.value().records;
    m_fields = pv.value().differingFields;

    auto *intro = new QLabel(tr("Choose the record to keep and, for each field that differs, whose value it keeps. "
                                "The other records go to the Trash; everything linked to them moves to the kept one."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    auto *grid = new QWidget;
    auto *area = new QScrollArea;
    area->setWidget(grid);
    area->setWidgetResizable(true);
    area->setAccessibleName(tr("Fields to merge"));
    layout->addWidget(area, 1);
    build();

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_merge, &QPushButton::clicked, this, [this] {
        if (mergeNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(qMin(1000, 320 + 220 * int(m_records.size())), qMin(600, 200 + 30 * int(m_fields.size())));
}

void MergeDialog::build()
{
    auto *area = findChild<QScrollArea *>();
    QWidget *grid = area->widget();
    auto *g = new QGridLayout(grid);
    g->setHorizontalSpacing(16);
    const Entity *e = m_db.registry()->entity(m_entity);
    const int resultColumn = int(m_records.size()) + 1;
    auto bold = [](QLabel *l) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        return l;
    };
    g->addWidget(bold(new QLabel(tr("Field"))), 0, 0);
    g->addWidget(bold(new QLabel(tr("Result"))), 0, resultColumn);
    m_keep = new QButtonGroup(this);
    g->addWidget(new QLabel(tr("Keep")), 1, 0);
    for (int i = 0; i < m_records.size(); ++i) {
        const Record &r = m_records.at(i);
        QStringList title;
        for (const auto &f : e->titleFields)
            title << r.value(f).toString();
        auto *head = bold(new QLabel(title.join(QLatin1Char(' ')).trimmed()));
        head->setToolTip(r.value(QStringLiteral("id")).toString());
        g->addWidget(head, 0, i + 1);
        auto *keep = new QRadioButton(tr("Keep this one"));
        keep->setObjectName(QStringLiteral("keep_") + QString::number(i));
        keep->setAccessibleName(tr("Keep %1").arg(head->text()));
        m_keep->addButton(keep, i);
        g->addWidget(keep, 1, i + 1);
    }
    m_keep->button(0)->setChecked(true);
    int row = 2;
    for (const QString &name : std::as_const(m_fields)) {
        const Field *f = e->field(name);
        g->addWidget(new QLabel(f->displayLabel()), row, 0);
        auto *group = new QButtonGroup(this);
        for (int i = 0; i < m_records.size(); ++i) {
            const QString text = valueText(name, i);
            auto *radio = new QRadioButton(text.isEmpty() ? tr("(empty)") : text);
            radio->setAccessibleName(tr("%1 from record %2").arg(f->displayLabel()).arg(i + 1));
            group->addButton(radio, i);
            g->addWidget(radio, row, i + 1);
        }
        int initial = 0; // the kept record's value, or the first filled one when it has none
        for (int i = 0; i < m_records.size() && valueText(name, initial).isEmpty(); ++i)
            if (!valueText(name, i).isEmpty())
                initial = i;
        group->button(initial)->setChecked(true);
        auto *result = new QLabel;
        result->setObjectName(QStringLiteral("result_") + name);
        g->addWidget(result, row, resultColumn);
        m_choices.insert(name, group);
        m_results.insert(name, result);
        connect(group, &QButtonGroup::idToggled, this, [this](int, bool on) {
            if (on)
                updateResults();
        });
        ++row;
    }
    if (m_fields.isEmpty())
        g->addWidget(new QLabel(tr("All fields have the same values.")), row++, 0, 1, resultColumn + 1);
    g->setRowStretch(row, 1);
    g->setColumnStretch(resultColumn, 1);
    connect(m_keep, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        // A new kept record: its own filled values win again.
        for (auto it = m_choices.begin(); it != m_choices.end(); ++it)
            if (!valueText(it.key(), id).isEmpty())
                it.value()->button(id)->setChecked(true);
        updateResults();
    });
    updateResults();
}

QString MergeDialog::valueText(const QString &field, int record) const
{
    const Entity *e = m_db.registry()->entity(m_entity);
    const Field *f = e ? e->field(field) : nullptr;
    const Record &r = m_records.at(record);
    if (!f)
        return r.value(field).toString();
    if (f->type == FieldType::Relation)
        return r.value(field + QStringLiteral("__title")).toString();
    return Value::display(*f, r.value(field));
}

void MergeDialog::updateResults()
{
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const QString text = valueText(it.key(), it.value()->checkedId());
        m_results.value(it.key())->setText(text.isEmpty() ? tr("(empty)") : text);
    }
}

void MergeDialog::setKept(const QString &id)
{
    const int i = int(m_ids.indexOf(id));
    if (i >= 0 && m_keep)
        m_keep->button(i)->setChecked(true);
}

void MergeDialog::take(const QString &field, const QString &id)
{
    const int i = int(m_ids.indexOf(id));
    if (QButtonGroup *g = m_choices.value(field); g && i >= 0)
        g->button(i)->setChecked(true);
}

QString MergeDialog::keptId() const
{
    return m_keep ? m_ids.value(m_keep->checkedId()) : QString();
}

QString MergeDialog::resultText(const QString &field) const
{
    QLabel *l = m_results.value(field);
    return l ? l->text() : QString();
}

bool MergeDialog::mergeNow()
{
    if (!m_valid)
        return false;
    const QString keep = keptId();
    QStringList others = m_ids;
    others.removeAll(keep);
    QMap<QString, QString> take;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const QString from = m_ids.value(it.value()->checkedId());
        if (from != keep)
            take.insert(it.key(), from);
    }
    auto r = MergeService(m_db).merge(m_entity, keep, others, take);
    if (!r) {
        m_errorText = r.error().message;
        m_error->setText(m_errorText);
        m_error->show();
        return false;
    }
    return true;
}

} // namespace trato
