// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadstatusfilter.h"

#include "marketing/customerfigures.h"
#include "metadata/registry.h"
#include "metadata/value.h"
#include "models/recordlistmodel.h"
#include "store/database.h"
#include "util/background.h"
#include "views/recordlistview.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

namespace trato {

namespace {
const QString kField = QStringLiteral("status");
}

LeadStatusFilter::LeadStatusFilter(Database &db, RecordListView *list, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(list)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("leadStatusFilter"));
    setAccessibleName(tr("Lead status"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(0);
    m_group->setExclusive(true);
    QList<QPair<QString, QString>> items = {{QString(), tr("All")}};
    const Entity *lead = db.registry()->entity(list->entityName());
    if (const Field *f = lead ? lead->field(kField) : nullptr)
        for (const auto &o : f->options)
            items.append({o.value, f->optionLabel(o.value)});
    for (const auto &[status, label] : items) {
        auto *b = new QToolButton;
        b->setObjectName(QStringLiteral("status_") + (status.isEmpty() ? QStringLiteral("all") : status));
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setText(label);
        b->setAccessibleName(label);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setMinimumWidth(70);
        m_group->addButton(b);
        layout->addWidget(b);
        m_buttons.insert(status, b);
        m_labels.insert(status, label);
        connect(b, &QToolButton::clicked, this, [this, status] { setStatus(status); });
    }
    layout->addStretch(1);
    m_buttons.value(QString())->setChecked(true);

    // Recount after the list changes (search typed, records written): resets come in bursts.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &LeadStatusFilter::recount);
    connect(list->model(), &QAbstractItemModel::modelReset, this, [this] { m_debounce.start(); });
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (entity == m_list->entityName())
            m_debounce.start();
    }, Qt::QueuedConnection);
    recount();
}

void LeadStatusFilter::setStatus(const QString &status)
{
    m_current = status;
    if (QToolButton *b = m_buttons.value(status))
        b->setChecked(true);
    QList<QPair<QString, QVariant>> where = m_list->model()->listQuery().where;
    for (int i = int(where.size()) - 1; i >= 0; --i)
        if (where.at(i).first == kField)
            where.removeAt(i);
    if (!status.isEmpty())
        where.append({kField, status});
    m_list->model()->setWhere(where);
}

void LeadStatusFilter::recount()
{
    m_ready = false;
    const quint64 generation = ++m_generation;
    const ListQuery base = m_list->model()->listQuery();
    runInBackground(m_db, this, [base](Database &db) { return CustomerFigures::countsByOption(db, base, kField); },
                    [this, generation](Result<QList<QPair<QString, qint64>>> counts) {
                        if (generation != m_generation)
                            return;
                        m_ready = true;
                        if (counts) {
                            for (const auto &[status, n] : counts.value())
                                if (QToolButton *b = m_buttons.value(status))
                                    b->setText(tr("%1 (%2)").arg(m_labels.value(status), Value::formatInteger(n)));
                        }
                        Q_EMIT countsUpdated();
                    });
}

} // namespace trato
