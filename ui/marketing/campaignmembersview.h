// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"

#include <QSqlQueryModel>

class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace trato {

// A campaign's members as a list: name, lead/contact/account, email, status (translated) and its
// date. A QSqlQueryModel on CampaignService::membersQuery (bound, fetched 256 rows at a time), so
// a campaign of 100,000 members opens as fast as one of ten.
class CampaignMemberModel : public QSqlQueryModel
{
    Q_OBJECT
public:
    enum Column { Id, Entity, RecordId, Name, Email, Status, StatusDate, Note };
    static constexpr int RawRole = Qt::UserRole + 1;

    CampaignMemberModel(Database &db, QObject *parent = nullptr);
    void setCampaign(const QString &campaignId);
    void refresh();
    QString memberId(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QString m_campaign;
};

// The Members tab of a campaign: the list, multi-select with "Set status ▸" and "Remove", and
// "Add members…" (AddMembersDialog). Every change goes through CampaignService.
class CampaignMembersView : public RecordViewPart
{
    Q_OBJECT
public:
    explicit CampaignMembersView(Database &db, QWidget *parent = nullptr);

    void setRecordId(const QString &id) override;
    QTableView *table() const { return m_table; }
    CampaignMemberModel *model() const { return m_model; }
    QStringList selectedMemberIds() const;

    // Status changes of more members than this run on a worker (20,000 take seconds).
    static constexpr int kForegroundLimit = 200;
    bool isBusy() const { return m_busy; }

    // The actions, public for the menu and for tests.
    void addMembers();
    bool setStatusOfSelected(const QString &status);
    bool removeSelected();

private:
    void updateActions();

    Database &m_db;
    QString m_campaign;
    CampaignMemberModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QToolButton *m_status;
    QPushButton *m_remove;
    QLabel *m_selection;
    bool m_busy = false;
};

} // namespace trato
