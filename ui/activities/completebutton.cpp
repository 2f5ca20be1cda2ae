// SPDX-License-Identifier: GPL-3.0-or-later
#include "completebutton.h"

#include "activityactions.h"

#include "store/database.h"
#include "store/recordstore.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace trato {

CompleteButton::CompleteButton(Database &db, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
    , m_button(new QPushButton(tr("Complete…")))
{
    setObjectName(QStringLiteral("completeActivity"));
    m_button->setObjectName(QStringLiteral("completeActivityButton"));
    m_button->setToolTip(tr("Record the outcome and plan what comes next"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty() && ActivityActions::complete(m_db, m_id, this))
            Q_EMIT message(tr("Activity completed."));
        updateState();
    });
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("activity"))
            updateState();
    });
    setVisible(false);
}

void CompleteButton::setRecordId(const QString &id)
{
    m_id = id;
    updateState();
}

void CompleteButton::updateState()
{
    setVisible(!m_id.isEmpty());
    if (m_id.isEmpty())
        return;
    // One row by id: cheap on the GUI thread.
    auto r = RecordStore(m_db).get(QStringLiteral("activity"), m_id);
    const QString status = r ? r.value().value(QStringLiteral("status")).toString() : QString();
    m_button->setEnabled(r.ok() && (status == QLatin1String("planned") || status == QLatin1String("in_progress")));
}

} // namespace trato
