// SPDX-License-Identifier: GPL-3.0-or-later
#include "coolingfilter.h"

#include "metadata/registry.h"
#include "models/recordlistmodel.h"
#include "store/database.h"
#include "views/recordlistview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace trato {

namespace {
const QString kLast = QStringLiteral("last_activity_at");
const QString kDoNotCall = QStringLiteral("do_not_call");

bool isOurs(const Condition &c)
{
    return (c.field == kLast && c.op == Condition::MoreThanDaysAgo) || (c.field == kDoNotCall && c.op == Condition::NotEquals);
}
} // namespace

CoolingFilter::CoolingFilter(Database &db, RecordListView *list, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_toggle(new QCheckBox(tr("Not reached in")))
    , m_days(new QSpinBox)
{
    setObjectName(QStringLiteral("coolingFilter"));
    setAccessibleName(tr("Cooling down"));
    const Entity *e = db.registry()->entity(list->entityName());
    m_hasDoNotCall = e && e->field(kDoNotCall);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(6);
    m_toggle->setObjectName(QStringLiteral("coolingToggle"));
    m_toggle->setToolTip(tr("Show only records whose last activity is older than this"));
    m_days->setObjectName(QStringLiteral("coolingDays"));
    m_days->setRange(1, 3650);
    m_days->setValue(30);
    m_days->setAccessibleName(tr("Days"));
    layout->addWidget(m_toggle);
    layout->addWidget(m_days);
    layout->addWidget(new QLabel(tr("days")));
    layout->addStretch(1);
    connect(m_toggle, &QCheckBox::toggled, this, &CoolingFilter::apply);
    connect(m_days, &QSpinBox::valueChanged, this, [this] {
        if (m_toggle->isChecked())
            apply();
    });
}

void CoolingFilter::apply()
{
    QList<Condition> conditions = m_list->model()->conditions();
    conditions.removeIf(isOurs);
    if (m_toggle->isChecked()) {
        conditions.append({kLast, Condition::MoreThanDaysAgo, m_days->value()});
        if (m_hasDoNotCall)
            conditions.append({kDoNotCall, Condition::NotEquals, 1});
    }
    m_list->model()->setConditions(conditions);
}

} // namespace trato
