// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace trato {

// Picks one of the campaigns that are not finished (planned or active first) for "Add to
// campaign…". The list of campaigns is small: read directly.
class ChooseCampaignDialog : public QDialog
{
    Q_OBJECT
public:
    ChooseCampaignDialog(Database &db, const QString &entity, const QString &recordId, QWidget *parent = nullptr);
    QComboBox *campaignBox() const { return m_campaigns; }
    QString campaignId() const;

private:
    QComboBox *m_campaigns;
    QLabel *m_already;
};

// The "Add to campaign…" button of a lead, contact or account view.
class AddToCampaignButton : public RecordViewPart
{
    Q_OBJECT
public:
    AddToCampaignButton(Database &db, const QString &entity, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    QPushButton *button() const { return m_button; }
    // Adds the open record to a campaign; reports the outcome through message().
    bool addTo(const QString &campaignId);

private:
    void choose();

    Database &m_db;
    QString m_entity;
    QString m_id;
    QPushButton *m_button;
};

} // namespace trato
