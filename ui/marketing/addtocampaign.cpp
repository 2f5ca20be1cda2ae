// SPDX-License-Identifier: GPL-3.0-or-later
#include "addtocampaign.h"

#include "addmembersdialog.h"

#include "marketing/campaignservice.h"
#include "metadata/registry.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "util/dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace trato {

ChooseCampaignDialog::ChooseCampaignDialog(Database &db, const QString &entity, const QString &recordId, QWidget *parent)
    : QDialog(parent)
    , m_campaigns(new QComboBox)
    , m_already(new QLabel)
{
    setObjectName(QStringLiteral("chooseCampaignDialog"));
    setWindowTitle(tr("Add to campaign"));
    m_campaigns->setAccessibleName(tr("Campaign"));
    m_campaigns->setMinimumContentsLength(30);
    const QStringList already = CampaignService(db).campaignsOf(entity, recordId).value();
    ListQuery q;
    q.entity = QStringLiteral("campaign");
    q.columns = {QStringLiteral("name"), QStringLiteral("status")};
    auto campaigns = RecordStore(db).list(q);
    const Entity *campaign = db.registry()->entity(QStringLiteral("campaign"));
    const Field *status = campaign ? campaign->field(QStringLiteral("status")) : nullptr;
    int inCampaigns = 0;
    if (campaigns) {
        for (const Record &r : campaigns.value()) {
            const QString s = r.value(QStringLiteral("status")).toString();
            if (s == QLatin1String("completed") || s == QLatin1String("cancelled"))
                continue;
            const QString id = r.value(QStringLiteral("id")).toString();
            if (already.contains(id)) {
                ++inCampaigns;
                continue;
            }
            m_campaigns->addItem(tr("%1 (%2)").arg(r.value(QStringLiteral("name")).toString(), status ? status->optionLabel(s) : s), id);
        }
    }
    m_already->setText(inCampaigns > 0 ? tr("Already in %n open campaign(s).", nullptr, inCampaigns) : QString());
    m_already->setVisible(inCampaigns > 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_campaigns->count() > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(m_campaigns->count() > 0 ? tr("Add to which campaign?") : tr("There is no open campaign to add to.")));
    layout->addWidget(m_campaigns);
    layout->addWidget(m_already);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ChooseCampaignDialog::campaignId() const
{
    return m_campaigns->currentData().toString();
}

AddToCampaignButton::AddToCampaignButton(Database &db, const QString &entity, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
    , m_entity(entity)
    , m_button(new QPushButton(tr("Add to campaign…")))
{
    setObjectName(QStringLiteral("addToCampaign"));
    m_button->setObjectName(QStringLiteral("addToCampaignButton"));
    m_button->setToolTip(tr("Make this record a member of a campaign"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &AddToCampaignButton::choose);
    setVisible(false);
}

void AddToCampaignButton::setRecordId(const QString &id)
{
    m_id = id;
    setVisible(!id.isEmpty());
}

void AddToCampaignButton::choose()
{
    if (m_id.isEmpty())
        return;
    ChooseCampaignDialog dialog(m_db, m_entity, m_id, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.campaignId().isEmpty())
        addTo(dialog.campaignId());
}

bool AddToCampaignButton::addTo(const QString &campaignId)
{
    auto r = CampaignService(m_db).addMembers(campaignId, m_entity, {m_id});
    if (!r) {
        Dialogs::error(this, tr("Add to campaign"), r.error().message);
        return false;
    }
    const QString name = RecordStore(m_db).displayName(QStringLiteral("campaign"), campaignId);
    if (r.value().added == 1)
        Q_EMIT message(tr("Added to %1.").arg(name));
    else
        Q_EMIT message(tr("Not added to %1: %2").arg(name, AddMembersDialog::describe(r.value(), false)));
    return r.value().added == 1;
}

} // namespace trato
