// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignmembersview.h"

#include "addmembersdialog.h"

#include "marketing/campaignservice.h"
#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"
#include "util/background.h"
#include "util/dialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace trato {

CampaignMemberModel::CampaignMemberModel(Database &db, QObject *parent)
    : QSqlQueryModel(parent)
    , m_db(db)
{
}

void CampaignMemberModel::setCampaign(const QString &campaignId)
{
    m_campaign = campaignId;
    refresh();
}

void CampaignMemberModel::refresh()
{
    if (m_campaign.isEmpty()) {
        clear();
        return;
    }
    const BuiltQuery b = CampaignService(m_db).membersQuery(m_campaign);
    QSqlQuery q(m_db.connection());
    q.prepare(b.sql);
    for (int i = 0; i < b.params.size(); ++i)
        q.bindValue(i, b.params.at(i));
    q.exec();
    setQuery(std::move(q));
}

QString CampaignMemberModel::memberId(int row) const
{
    return QSqlQueryModel::data(index(row, Id)).toString();
}

QVariant CampaignMemberModel::data(const QModelIndex &idx, int role) const
{
    if (role == RawRole)
        return QSqlQueryModel::data(idx, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return QSqlQueryModel::data(idx, role);
    const QVariant raw = QSqlQueryModel::data(idx, Qt::DisplayRole);
    const Registry &reg = *m_db.registry();
    switch (idx.column()) {
    case Entity: {
        const trato::Entity *e = reg.entity(raw.toString());
        return e ? e->displayLabel() : raw;
    }
    case Name:
        return raw.toString().isEmpty() ? tr("(record removed)") : raw;
    case Status:
    case StatusDate: {
        const trato::Entity *m = reg.entity(QStringLiteral("campaign_member"));
        const Field *f = m ? m->field(idx.column() == Status ? QStringLiteral("status") : QStringLiteral("status_date")) : nullptr;
        return f ? Value::display(*f, raw) : raw;
    }
    default:
        return raw;
    }
}

QVariant CampaignMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Entity: return tr("Type");
    case Name: return tr("Name");
    case Email: return tr("Email");
    case Status: return tr("Status");
    case StatusDate: return tr("Status date");
    case Note: return tr("Note");
    default: return QSqlQueryModel::headerData(section, orientation, role);
    }
}

CampaignMembersView::CampaignMembersView(Database &db, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
    , m_model(new CampaignMemberModel(db, this))
    , m_table(new QTableView)
    , m_add(new QPushButton(tr("Add members…")))
    , m_status(new QToolButton)
    , m_remove(new QPushButton(tr("Remove")))
    , m_selection(new QLabel)
{
    setObjectName(QStringLiteral("campaignMembers"));
    setWindowTitle(tr("&Members"));
    setAccessibleName(tr("Campaign members"));

    m_add->setObjectName(QStringLiteral("addMembers"));
    m_add->setToolTip(tr("Add leads, contacts or accounts to this campaign"));
    m_status->setObjectName(QStringLiteral("setStatus"));
    m_status->setText(tr("Set status ▸"));
    m_status->setToolTip(tr("Set the status of the selected members"));
    m_status->setAccessibleName(tr("Set status"));
    m_status->setPopupMode(QToolButton::InstantPopup);
    m_status->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }")); // the text has its ▸
    auto *menu = new QMenu(m_status);
    const Entity *member = db.registry()->entity(QStringLiteral("campaign_member"));
    const Field *statusField = member ? member->field(QStringLiteral("status")) : nullptr;
    for (const QString &s : CampaignService::memberStatuses()) {
        QAction *a = menu->addAction(statusField ? statusField->optionLabel(s) : s);
        a->setObjectName(QStringLiteral("status_") + s);
        connect(a, &QAction::triggered, this, [this, s] { setStatusOfSelected(s); });
    }
    m_status->setMenu(menu);
    m_remove->setObjectName(QStringLiteral("removeMembers"));
    m_remove->setToolTip(tr("Remove the selected members from this campaign"));

    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setAccessibleName(tr("Members"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addWidget(m_status);
    bar->addWidget(m_remove);
    bar->addStretch(1);
    bar->addWidget(m_selection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &CampaignMembersView::addMembers);
    connect(m_remove, &QPushButton::clicked, this, &CampaignMembersView::removeSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString entity = m_model->data(m_model->index(index.row(), CampaignMemberModel::Entity), CampaignMemberModel::RawRole).toString();
        const QString id = m_model->data(m_model->index(index.row(), CampaignMemberModel::RecordId), CampaignMemberModel::RawRole).toString();
        if (!entity.isEmpty() && !id.isEmpty())
            Q_EMIT openRequested(entity, id);
    });
    // A refresh (after a status change, say) keeps the members that were selected selected.
    auto kept = std::make_shared<QStringList>();
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this, kept] { *kept = selectedMemberIds(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, kept] {
        for (int row = 0; row < m_model->rowCount() && !kept->isEmpty(); ++row)
            if (kept->removeOne(m_model->memberId(row)))
                m_table->selectionModel()->select(m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        kept->clear();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int c : {int(CampaignMemberModel::Id), int(CampaignMemberModel::RecordId)})
            m_table->setColumnHidden(c, true);
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount() - 1; ++c)
            m_table->setColumnWidth(c, qMin(qMax(m_table->columnWidth(c), 90), 320));
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CampaignMembersView::updateActions);
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (!m_campaign.isEmpty() && (entity == QLatin1String("campaign_member") || entity == QLatin1String("contact")
                                      || entity == QLatin1String("lead") || entity == QLatin1String("account")))
            m_model->refresh();
    }, Qt::QueuedConnection);
    updateActions();
}

void CampaignMembersView::setRecordId(const QString &id)
{
    m_campaign = id;
    setEnabled(!id.isEmpty());
    m_model->setCampaign(id);
}

QStringList CampaignMembersView::selectedMemberIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << m_model->memberId(i.row());
    return ids;
}

void CampaignMembersView::updateActions()
{
    const int n = int(m_table->selectionModel()->selectedRows().size());
    m_status->setEnabled(n > 0 && !m_busy);
    m_remove->setEnabled(n > 0 && !m_busy);
    m_add->setEnabled(!m_campaign.isEmpty() && !m_busy);
    m_selection->setText(n > 0 ? tr("%n selected", nullptr, n) : QString());
}

void CampaignMembersView::addMembers()
{
    if (m_campaign.isEmpty())
        return;
    AddMembersDialog dialog(m_db, m_campaign, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(dialog.summary());
}

bool CampaignMembersView::setStatusOfSelected(const QString &status)
{
    const QStringList ids = selectedMemberIds();
    if (ids.isEmpty())
        return false;
    if (ids.size() > kForegroundLimit) {
        m_busy = true;
        updateActions();
        m_selection->setText(tr("Changing %n member(s)…", nullptr, int(ids.size())));
        const QString campaign = m_campaign;
        runInBackground(m_db, this, [campaign, ids, status](Database &db) { return CampaignService(db).setStatus(campaign, ids, status); },
                        [this](Result<qint64> changed) {
                            m_busy = false;
                            updateActions();
                            if (!changed)
                                Dialogs::error(this, tr("Set status"), changed.error().message);
                            else
                                Q_EMIT message(tr("%n member(s) changed.", nullptr, int(changed.value())));
                        });
        return true;
    }
    auto changed = CampaignService(m_db).setStatus(m_campaign, ids, status);
    if (!changed) {
        Dialogs::error(this, tr("Set status"), changed.error().message);
        return false;
    }
    Q_EMIT message(tr("%n member(s) changed.", nullptr, int(changed.value())));
    return true;
}

bool CampaignMembersView::removeSelected()
{
    const QStringList ids = selectedMemberIds();
    if (ids.isEmpty())
        return false;
    if (!Dialogs::confirm(this, tr("Remove members"),
                          tr("Remove %n member(s) from this campaign? The leads, contacts and accounts stay.", nullptr, int(ids.size())),
                          tr("Remove")))
        return false;
    auto removed = CampaignService(m_db).removeMembers(m_campaign, ids);
    if (!removed) {
        Dialogs::error(this, tr("Remove members"), removed.error().message);
        return false;
    }
    Q_EMIT message(tr("%n member(s) removed.", nullptr, int(removed.value())));
    return true;
}

} // namespace trato
