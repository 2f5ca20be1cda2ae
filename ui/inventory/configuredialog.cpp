// SPDX-License-Identifier: GPL-3.0-or-later
#include "configuredialog.h"

#include "metadata/value.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace trato {

ConfigureDialog::ConfigureDialog(Database &db, const QString &product, const QString &initialJson, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_price(new QLabel)
    , m_sku(new QLabel)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("configureDialog"));
    auto loaded = Configuration::load(db, product);
    if (loaded)
        m_options = loaded.value();
    setWindowTitle(tr("Configure %1").arg(m_options.productName));
    QMap<QString, QString> initial; // group id -> option id
    if (!initialJson.isEmpty())
        if (auto c = Configuration::fromJson(db, initialJson); c)
            for (const ProductOption &o : c.value().chosen)
                initial.insert(o.groupId, o.id);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const ProductOptionGroup &g : m_options.groups) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("option_") + g.name);
        combo->setMinimumWidth(260);
        // An optional group with a default always has a choice (Configuration applies the default),
        // so "(none)" is offered only for optional groups without one.
        bool hasDefault = false;
        for (const ProductOption &o : g.options)
            hasDefault = hasDefault || o.isDefault;
        if (!g.required && !hasDefault)
            combo->addItem(tr("(none)"), QString());
        else if (g.required && !hasDefault)
            combo->addItem(tr("Choose…"), QString());
        int select = 0;
        for (const ProductOption &o : g.options) {
            const QString delta = o.priceDelta == 0 ? QString()
                                                    : QStringLiteral("  (%1%2)").arg(o.priceDelta > 0 ? QStringLiteral("+") : QString(),
                                                                                     Value::formatCents(o.priceDelta));
            combo->addItem(o.name + delta, o.id);
            if (initial.value(g.id) == o.id || (initial.isEmpty() && o.isDefault))
                select = combo->count() - 1;
        }
        combo->setCurrentIndex(select);
        connect(combo, &QComboBox::currentIndexChanged, this, &ConfigureDialog::recompute);
        form->addRow(g.required ? tr("%1:").arg(g.name) : tr("%1 (optional):").arg(g.name), combo);
        m_combos << combo;
    }
    m_price->setObjectName(QStringLiteral("configuredPrice"));
    m_sku->setObjectName(QStringLiteral("configuredSku"));
    m_sku->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Price:"), m_price);
    form->addRow(tr("SKU:"), m_sku);
    m_problem->setObjectName(QStringLiteral("configureProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *layout = new QVBoxLayout(this);
    if (!loaded)
        layout->addWidget(new QLabel(loaded.error().message));
    else if (m_options.groups.isEmpty())
        layout->addWidget(new QLabel(tr("%1 has no options yet: add option groups on its Options tab.").arg(m_options.productName)));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recompute();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

QComboBox *ConfigureDialog::comboFor(const QString &groupName) const
{
    for (int i = 0; i < m_options.groups.size(); ++i)
        if (m_options.groups.at(i).name == groupName)
            return m_combos.at(i);
    return nullptr;
}

QString ConfigureDialog::problem() const
{
    return m_problem->text();
}

void ConfigureDialog::recompute()
{
    QMap<QString, QString> choices;
    for (int i = 0; i < m_combos.size(); ++i) {
        const QString option = m_combos.at(i)->currentData().toString();
        if (!option.isEmpty())
            choices.insert(m_options.groups.at(i).id, option);
    }
    auto r = Configuration::validate(m_options, choices);
    m_valid = r.ok() && !m_options.groups.isEmpty();
    if (r) {
        m_result = r.value();
        m_price->setText(Value::formatCents(m_result.price));
        m_sku->setText(m_result.sku);
        m_problem->clear();
    } else {
        m_result = {};
        m_price->setText(QStringLiteral("—"));
        m_sku->setText(QStringLiteral("—"));
        m_problem->setText(r.error().message);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

QString ConfigureDialog::configure(Database &db, const QString &product, const QString &initialJson, QWidget *parent)
{
    ConfigureDialog dialog(db, product, initialJson, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.configuration();
}

} // namespace trato
